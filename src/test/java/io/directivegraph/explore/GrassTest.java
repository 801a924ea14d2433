package io.directivegraph.explore;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.directivegraph.domain.DocumentIds;
import io.directivegraph.task.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraSS style read the way Neo4j Browser 5 reads it (selector, then
 * {@code key: value;} pairs; quotes removed; a value may not hold a colon).
 */
class GrassTest {

	/** Browser's parser: rules by selector, in file order (later rules override). */
	static Map<String, Map<String, String>> parse(String grass) {
		Map<String, Map<String, String>> rules = new LinkedHashMap<>();
		StringBuilder selector = new StringBuilder();
		StringBuilder body = new StringBuilder();
		boolean inRule = false;
		boolean quoted = false;
		for (char c : grass.toCharArray()) {
			if (c == '"' || c == '\'') {
				quoted = !quoted;
				continue;
			}
			if (!quoted && c == '{') {
				inRule = true;
				continue;
			}
			if (!quoted && c == '}') {
				Map<String, String> props = new LinkedHashMap<>();
				for (String declaration : body.toString().split(";")) {
					String[] kv = declaration.split(":");
					if (kv.length == 2) {
						props.put(kv[0].strip(), kv[1].strip());
					}
					else {
						assertThat(declaration.isBlank()).as("a declaration Browser can read: " + declaration).isTrue();
					}
				}
				rules.put(selector.toString(), props);
				selector.setLength(0);
				body.setLength(0);
				inRule = false;
				continue;
			}
			if (inRule) {
				body.append(c);
			}
			else if (!Character.isWhitespace(c)) {
				selector.append(c);
			}
		}
		return rules;
	}

	private final Map<String, Map<String, String>> rules = parse(BrowserGuide.style());

	@Test
	void documentsAreColouredByKindWithTheirNumberAsCaption() {
		assertThat(this.rules.get("node.Document")).containsEntry("caption", "{number}{name}");
		java.util.List<String> kinds = kinds();
		assertThat(kinds).contains("RESOLUTION", "PROGRAM", "MASTER_PLAN");
		for (String kind : kinds) {
			String label = DocumentIds.label(kind);
			assertThat(this.rules).as(label).containsKey("node." + label);
			assertThat(this.rules.get("node." + label)).containsKey("color");
		}
		long colours = kinds.stream()
			.map((k) -> this.rules.get("node." + DocumentIds.label(k)).get("color"))
			.distinct()
			.count();
		assertThat(colours).isEqualTo(kinds.size());
	}

	/**
	 * The kinds the extractor knows ({@code extract/kinds.tsv}), as the API names them.
	 */
	private static java.util.List<String> kinds() {
		try (java.io.InputStream in = GrassTest.class.getResourceAsStream("/extract/kinds.tsv")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter((l) -> !l.isBlank() && !l.startsWith("#"))
				.map((l) -> l.split("\t")[0])
				.distinct()
				.toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void tasksAreColouredByStatusAfterTheTaskRule() {
		java.util.List<String> selectors = java.util.List.copyOf(this.rules.keySet());
		for (TaskStatus status : TaskStatus.values()) {
			String selector = "node." + TaskStatusLabels.label(status);
			assertThat(this.rules).containsKey(selector);
			assertThat(selectors.indexOf(selector)).as("overrides node.Task")
				.isGreaterThan(selectors.indexOf("node.Task"));
		}
		assertThat(this.rules.get("node.Overdue").get("color"))
			.isNotEqualTo(this.rules.get("node.DoneOnTime").get("color"));
	}

	@Test
	void agenciesAndQuartersAreDistinctAndRelationshipsCaptioned() {
		assertThat(this.rules.get("node.Agency")).containsEntry("caption", "{name}");
		assertThat(this.rules.get("node.Quarter")).containsEntry("caption", "{id}");
		assertThat(this.rules.get("node.Agency").get("color"))
			.isNotEqualTo(this.rules.get("node.Quarter").get("color"));
		assertThat(this.rules.get("relationship")).containsEntry("caption", "<type>");
	}

	@Test
	void theStatusLabelsOfTheWriteAreTheStatusesOfTheRule() {
		String cypher = io.directivegraph.neo4j.CypherFiles.load("explore/task-status-labels-of");
		for (String label : TaskStatusLabels.LABELS) {
			assertThat(cypher).contains(":" + label);
		}
	}

}
