package io.directivegraph.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Properties;

import io.directivegraph.domain.Secrets;

/**
 * The credentials writes are checked against: configured ones, else those generated into
 * the credentials file on first start.
 *
 * @param file where generated credentials live (null when all were configured)
 * @param user HTTP Basic user
 * @param password its password
 * @param token bearer token
 * @param tokenUser who a token request is recorded as
 */
record WriteCredentials(Path file, String user, String password, String token, String tokenUser) {

	static WriteCredentials of(WriteProperties properties) {
		if (!blank(properties.password()) && !blank(properties.token())) {
			return new WriteCredentials(null, properties.user(), properties.password(), properties.token(),
					properties.tokenUser());
		}
		Path file = properties.credentialsFile().toAbsolutePath();
		try {
			Properties stored = Files.exists(file) ? read(file) : create(file);
			if (stored.getProperty("password", "").isBlank() && stored.getProperty("token", "").isBlank()) {
				// Empty (a start stopped while an older version wrote it): made anew.
				stored = create(file);
			}
			String password = blank(properties.password()) ? stored.getProperty("password", "") : properties.password();
			String token = blank(properties.token()) ? stored.getProperty("token", "") : properties.token();
			if (password.isBlank() || token.isBlank()) {
				throw new IOException("no password= or token= line in " + file
						+ ": delete the file to have new ones generated, or set app.api.password and app.api.token");
			}
			return new WriteCredentials(file, properties.user(), password, token, properties.tokenUser());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the API credentials file " + file, ex);
		}
	}

	/** Who the {@code Authorization} header names, or null when it does not match. */
	String who(String authorization) {
		if (authorization == null) {
			return null;
		}
		String value = authorization.strip();
		if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return same(value.substring(7).strip(), this.token) ? this.tokenUser : null;
		}
		if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
			String decoded;
			try {
				decoded = new String(Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return null;
			}
			boolean user = same(decoded.substring(0, colon), this.user);
			boolean password = same(decoded.substring(colon + 1), this.password);
			return (user && password) ? this.user : null;
		}
		return null;
	}

	// Constant time, so the answer's timing does not tell how much of a guess was right.
	private static boolean same(String given, String expected) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Properties create(Path file) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("password", Secrets.generate());
		properties.setProperty("token", Secrets.generate());
		Secrets.write(file, "# Credentials for writes through the directive-graph API, generated on first start.\n"
				+ "# HTTP Basic: the user of app.api.user (default editor) with this password;\n"
				+ "# or the header Authorization: Bearer <token>. Keep this file private.\n" + "password="
				+ properties.getProperty("password") + "\n" + "token=" + properties.getProperty("token") + "\n");
		return properties;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	@Override
	public String toString() {
		return "WriteCredentials[file=" + this.file + ", user=" + this.user + "]";
	}

}
