package io.directivegraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Cli cli = new Cli(Object.class, new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void helpListsTheVerbsAndExitCodes() {
		assertThat(this.cli.run("--help")).isEqualTo(Cli.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("serve", "Exit codes: 0 ok, 1 failure, 2 usage");
	}

	@Test
	void anUnknownVerbIsAUsageError() {
		assertThat(this.cli.run("frobnicate")).isEqualTo(Cli.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown verb 'frobnicate'", "usage:");
	}

}
