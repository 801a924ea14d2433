package io.directivegraph.extract.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Stage 1a: bytes to text. Reads UTF-8 (with or without BOM), UTF-16 (with BOM, or
 * detected from the zero bytes of Latin-range text) and Windows-1258 (the legacy
 * Vietnamese code page); refuses binary data and anything it cannot decode rather than
 * guessing.
 */
public final class TextDecoder {

	private static final Charset WINDOWS_1258 = windows1258();

	private TextDecoder() {
	}

	/** The decoded text and the encoding it was read as. */
	public record Decoded(String text, String encoding) {
	}

	public static Decoded decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 (BOM)");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE (BOM)");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE (BOM)");
		}
		Charset utf16 = utf16WithoutBom(bytes);
		if (utf16 != null) {
			return new Decoded(strict(bytes, 0, utf16, utf16.name()), utf16.name());
		}
		if (looksBinary(bytes)) {
			throw new UndecodableTextException("binary data, not text (NUL or control bytes)");
		}
		try {
			return new Decoded(decodeStrict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
		}
		catch (CharacterCodingException ex) {
			if (WINDOWS_1258 != null && plausibleWindows1258(bytes)) {
				return new Decoded(java.text.Normalizer.normalize(decodeLenient(bytes, WINDOWS_1258),
						java.text.Normalizer.Form.NFC), "windows-1258");
			}
			throw new UndecodableTextException(
					"not valid UTF-8, UTF-16 or Windows-1258 text; convert it to UTF-8 and try again");
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset, String name) {
		try {
			return decodeStrict(bytes, offset, charset);
		}
		catch (CharacterCodingException ex) {
			throw new UndecodableTextException("declared " + name + " but not valid " + name);
		}
	}

	private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
		CharBuffer chars = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
		return chars.toString();
	}

	private static String decodeLenient(byte[] bytes, Charset charset) {
		return new String(bytes, charset);
	}

	/**
	 * UTF-16 without BOM: Vietnamese text has many ASCII characters, so every other byte
	 * is zero.
	 */
	private static Charset utf16WithoutBom(byte[] bytes) {
		int sample = Math.min(bytes.length, 4096) & ~1;
		if (sample < 4) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < sample; i += 2) {
			if (bytes[i] == 0) {
				evenZeros++;
			}
			if (bytes[i + 1] == 0) {
				oddZeros++;
			}
		}
		int pairs = sample / 2;
		if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static boolean looksBinary(byte[] bytes) {
		int sample = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control > sample / 100 + 1;
	}

	/**
	 * Windows-1258 writes Vietnamese with combining tone marks (0xCC, 0xEC, 0xD2, 0xDE,
	 * 0xF2) and the letters Ă/Â/Đ/Ê/Ô/Ơ/Ư; text in another 8-bit code page rarely has
	 * them after ASCII letters.
	 */
	private static boolean plausibleWindows1258(byte[] bytes) {
		int vietnamese = 0;
		int high = 0;
		for (byte value : bytes) {
			int b = value & 0xFF;
			if (b >= 0x80) {
				high++;
				switch (b) {
					case 0xCC, 0xEC, 0xD2, 0xDE, 0xF2, 0xC3, 0xE3, 0xD0, 0xF0, 0xD5, 0xF5, 0xDD, 0xFD, 0xE2, 0xEA, 0xF4,
							0xC2, 0xCA, 0xD4 ->
						vietnamese++;
					default -> {
					}
				}
			}
		}
		return high > 0 && vietnamese * 2 >= high;
	}

	private static Charset windows1258() {
		try {
			return Charset.forName("windows-1258");
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
