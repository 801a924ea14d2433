package io.directivegraph.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WriteCredentialsTest {

	@TempDir
	Path dir;

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void firstStartGeneratesAnOwnerOnlyFileThatLaterStartsReuse() throws Exception {
		Path file = this.dir.resolve("sub/api-credentials.properties");
		WriteProperties properties = new WriteProperties(null, null, null, null, file);
		WriteCredentials first = WriteCredentials.of(properties);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(first.password()).hasSizeGreaterThan(20).isNotEqualTo(first.token());
		WriteCredentials second = WriteCredentials.of(properties);
		assertThat(second.password()).isEqualTo(first.password());
		assertThat(second.token()).isEqualTo(first.token());
		assertThat(Files.readString(file)).contains("password=" + first.password());
	}

	@Test
	void twoInstallsNeverShareGeneratedCredentials() {
		WriteCredentials one = WriteCredentials
			.of(new WriteProperties(null, null, null, null, this.dir.resolve("a.properties")));
		WriteCredentials two = WriteCredentials
			.of(new WriteProperties(null, null, null, null, this.dir.resolve("b.properties")));
		assertThat(one.password()).isNotEqualTo(two.password());
		assertThat(one.token()).isNotEqualTo(two.token());
	}

	@Test
	void configuredCredentialsNeedNoFile() {
		WriteCredentials credentials = WriteCredentials
			.of(new WriteProperties("anh", "secret", "tok", "robot", this.dir.resolve("none.properties")));
		assertThat(credentials.file()).isNull();
		assertThat(this.dir.resolve("none.properties")).doesNotExist();
		assertThat(credentials.who(basic("anh", "secret"))).isEqualTo("anh");
		assertThat(credentials.who("Bearer tok")).isEqualTo("robot");
		assertThat(credentials.who("bearer   tok ")).isEqualTo("robot");
	}

	@Test
	void wrongOrMalformedCredentialsNameNobody() {
		WriteCredentials credentials = WriteCredentials
			.of(new WriteProperties("anh", "secret", "tok", null, this.dir.resolve("x.properties")));
		assertThat(credentials.who(null)).isNull();
		assertThat(credentials.who(basic("anh", "wrong"))).isNull();
		assertThat(credentials.who(basic("other", "secret"))).isNull();
		assertThat(credentials.who("Basic !!!not-base64")).isNull();
		assertThat(credentials.who("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()))).isNull();
		assertThat(credentials.who("Bearer tok2")).isNull();
		assertThat(credentials.who("Digest abc")).isNull();
	}

}
