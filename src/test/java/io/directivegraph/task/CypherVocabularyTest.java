package io.directivegraph.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher files write the task vocabulary as literals (a status rule reads better with
 * 'OVERDUE' than with a parameter): every upper-case literal they use is a name of one of
 * the closed sets Java owns, so renaming a status or a mode in Java without the Cypher
 * fails here.
 */
class CypherVocabularyTest {

	private static final Pattern LITERAL = Pattern.compile("'([A-Z][A-Z_]+)'");

	private static final Pattern FULFILMENT = Pattern.compile("fulfilment\\s*(?:=|WHEN)\\s*'([A-Z_]+)'");

	@Test
	void everyUpperCaseLiteralInTheCypherFilesIsANameJavaKnows() throws IOException {
		Set<String> known = new TreeSet<>();
		Stream.of(TaskStatus.values()).forEach((s) -> known.add(s.name()));
		Stream.of(ManualStatus.values()).forEach((s) -> known.add(s.name()));
		Stream.of(FulfilmentMode.values()).forEach((s) -> known.add(s.name()));
		Stream.of(io.directivegraph.lineage.LineageProblem.values()).forEach((s) -> known.add(s.name()));
		Stream.of(io.directivegraph.extract.structure.IssueDates.Basis.values()).forEach((s) -> known.add(s.name()));
		// A lineage node's kind for a task; a source's relation to what it states.
		known.addAll(Set.of("TASK", "STATES"));
		List<String> unknown = new ArrayList<>();
		for (Path file : cypherFiles()) {
			Matcher m = LITERAL.matcher(Files.readString(file));
			while (m.find()) {
				if (!known.contains(m.group(1))) {
					unknown.add(file + ": " + m.group(1));
				}
			}
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void theCypherFilesCompareFulfilmentWithTheModesOnly() throws IOException {
		Set<String> modes = new TreeSet<>();
		for (Path file : cypherFiles()) {
			Matcher m = FULFILMENT.matcher(Files.readString(file));
			while (m.find()) {
				modes.add(m.group(1));
			}
		}
		assertThat(modes).isNotEmpty()
			.allSatisfy((mode) -> assertThat(FulfilmentMode.valueOf(mode).name()).isEqualTo(mode));
	}

	private static List<Path> cypherFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
			return files.filter((f) -> f.toString().endsWith(".cypher")).sorted().toList();
		}
	}

}
