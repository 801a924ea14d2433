package io.directivegraph.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may write through the API ({@code app.api.*}): an HTTP Basic user and password, and
 * a bearer token. Left unset, both are generated on first start into
 * {@code credentials-file}; there is no default that works on another install.
 *
 * @param user the HTTP Basic user name (recorded as who made a change)
 * @param password its password; unset = generated
 * @param token a bearer token; unset = generated
 * @param tokenUser the name recorded for changes made with the token
 * @param credentialsFile where generated credentials are kept, readable by its owner only
 */
@ConfigurationProperties("app.api")
public record WriteProperties(String user, String password, String token, String tokenUser, Path credentialsFile) {

	public WriteProperties {
		user = (user == null || user.isBlank()) ? "editor" : user.strip();
		tokenUser = (tokenUser == null || tokenUser.isBlank()) ? "api-token" : tokenUser.strip();
		credentialsFile = (credentialsFile != null) ? credentialsFile : Path.of("data", "api-credentials.properties");
	}

}
