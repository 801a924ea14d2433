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
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown verb 'frobnicate'", "Usage:");
	}

	@Test
	void aMistypedVerbIsAnsweredWithTheVerbMeant() {
		assertThat(this.cli.run("ingset", "x")).isEqualTo(Cli.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("did you mean", "ingest");
	}

	@Test
	void ingestLoadsOrRemovesNeverBothAndRemovingNeedsAName() {
		assertThat(this.cli.run("ingest", "--remove", "--app.x=y")).isEqualTo(Cli.USAGE);
		assertThat(this.cli.run("ingest", "import/documents", "--remove", "a.txt")).isEqualTo(Cli.USAGE);
		assertThat(this.cli.run("ingest")).isEqualTo(Cli.USAGE);
		assertThat(this.out.toString(StandardCharsets.UTF_8) + this.err.toString(StandardCharsets.UTF_8))
			.contains("--remove");
	}

	@Test
	void eachVerbHasItsOwnHelp() {
		assertThat(this.cli.run("ingest", "--help")).isEqualTo(Cli.OK);
		assertThat(this.cli.run("help", "extract")).isEqualTo(Cli.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Usage: directive-graph ingest", "PATH...",
				"Usage: directive-graph extract", "FILE...");
	}

	@Test
	void aVerbWithoutItsArgumentsIsAUsageErrorNamingThem() {
		assertThat(this.cli.run("extract")).isEqualTo(Cli.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("FILE");
	}

	@Test
	void aMissingFileIsAFailureOfThatFileOnly() {
		assertThat(this.cli.run("extract", "no-such-file.txt")).isEqualTo(Cli.FAILURE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no-such-file.txt: no such file");
	}

	@Test
	void theCompletionScriptCompletesTheVerbs() {
		assertThat(this.cli.run("generate-completion")).isEqualTo(Cli.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("complete -F", "ingest", "extract", "export",
				"serve");
	}

}
