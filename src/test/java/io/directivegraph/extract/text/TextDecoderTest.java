package io.directivegraph.extract.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextDecoderTest {

	private static final String TEXT = "Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị về Đảng bộ tỉnh";

	@ParameterizedTest
	@ValueSource(strings = { "UTF-8", "UTF-16LE", "UTF-16BE" })
	void readsUnicodeEncodingsWithoutBom(String charset) {
		assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName(charset))).text()).isEqualTo(TEXT);
	}

	@Test
	void dropsTheUtf8ByteOrderMark() {
		byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		TextDecoder.Decoded decoded = TextDecoder.decode(withBom);
		assertThat(decoded.text()).isEqualTo(TEXT);
		assertThat(decoded.encoding()).isEqualTo("UTF-8 (BOM)");
	}

	@Test
	void readsWindows1258AsNfc() {
		byte[] bytes = windows1258(TEXT);
		TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
		assertThat(decoded.encoding()).isEqualTo("windows-1258");
		assertThat(decoded.text()).isEqualTo(TEXT);
	}

	/**
	 * Windows-1258 has base letters with vowel marks (ê, ơ, ư) and combining tone marks,
	 * not precomposed toned vowels.
	 */
	private static byte[] windows1258(String text) {
		java.nio.charset.CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			String s = String.valueOf(c);
			if (!encoder.canEncode(s)) {
				String nfd = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
				StringBuilder shape = new StringBuilder();
				StringBuilder tones = new StringBuilder();
				for (char m : nfd.toCharArray()) {
					boolean tone = m == '\u0300' || m == '\u0301' || m == '\u0303' || m == '\u0309' || m == '\u0323';
					(tone ? tones : shape).append(m);
				}
				s = java.text.Normalizer.normalize(shape, java.text.Normalizer.Form.NFC) + tones;
			}
			out.append(s);
		}
		return out.toString().getBytes(Charset.forName("windows-1258"));
	}

	@Test
	void refusesBinaryData() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatExceptionOfType(UndecodableTextException.class).isThrownBy(() -> TextDecoder.decode(png))
			.withMessageContaining("binary");
	}

}
