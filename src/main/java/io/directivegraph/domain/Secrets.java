package io.directivegraph.domain;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one way the project keeps a secret on disk (the Neo4j password, the write
 * credentials): generated from a secure random source, written whole or not at all (a
 * temporary file, owner-only from its first byte, moved into place), so a start stopped
 * at any moment never leaves a half-written or readable-by-others file.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** 24 random bytes, URL-safe Base64 without padding (32 characters). */
	public static String generate() {
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** Writes the file whole, readable by its owner only, replacing any previous one. */
	public static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.deleteIfExists(temporary);
		try {
			Files.createFile(temporary,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(temporary);
		}
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			writer.write(content);
		}
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
