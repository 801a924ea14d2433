package io.directivegraph.extract.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of the project, in lower-case hex: what identifies a source's content
 * (unchanged files are not ingested again, a kept copy is checked against the graph) and
 * a schema script's checksum.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The hex digest of the bytes. */
	public static String hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	/** The hex digest of the text's UTF-8 bytes. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

}
