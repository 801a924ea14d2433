package io.directivegraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.directivegraph.extract.agency.Gazetteer;

/**
 * Precision and recall of the extractor against the hand-annotated fixtures
 * ({@code fixtures/expected/*.json}, see ANNOTATION.md), per category. Only extracted
 * items on annotated lines count. Items match on identity (kind and number, folded name,
 * relation triple, task line) within a small line tolerance, each expected item at most
 * once.
 */
public final class ExtractionQuality {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/expected");

	static final Path SEEDS = Path.of("import/documents");

	/** Counts of one category: true positives, extracted, expected. */
	public record Score(int matched, int extracted, int expected) {

		double precision() {
			return (this.extracted == 0) ? 1.0 : (double) this.matched / this.extracted;
		}

		double recall() {
			return (this.expected == 0) ? 1.0 : (double) this.matched / this.expected;
		}

		Score plus(Score other) {
			return new Score(this.matched + other.matched, this.extracted + other.extracted,
					this.expected + other.expected);
		}

		@Override
		public String toString() {
			return String.format("P %.3f R %.3f (%d/%d extracted, %d expected)", precision(), recall(), this.matched,
					this.extracted, this.expected);
		}

	}

	private final JsonMapper json = JsonMapper.builder().build();

	private final Extractor extractor = Extractor.defaults();

	/** Scores per seed file, then per category. */
	public Map<String, Map<String, Score>> score() throws IOException {
		Map<String, Map<String, Score>> bySeed = new LinkedHashMap<>();
		try (var files = Files.list(FIXTURES)) {
			for (Path fixture : files.sorted().toList()) {
				JsonNode expected = this.json.readTree(fixture.toFile());
				String seed = expected.get("file").asString();
				Extraction actual = this.extractor.extract(seed, Files.readAllBytes(SEEDS.resolve(seed)));
				bySeed.put(seed, score(expected, this.json.valueToTree(actual)));
			}
		}
		return bySeed;
	}

	private Map<String, Score> score(JsonNode expected, JsonNode actual) {
		List<int[]> ranges = new ArrayList<>();
		expected.get("annotated").forEach((r) -> ranges.add(new int[] { r.get(0).asInt(), r.get(1).asInt() }));
		List<JsonNode> expRefs = all(expected, "references");
		List<JsonNode> actRefs = inRanges(all(actual, "references"), ranges);
		Map<String, Score> scores = new LinkedHashMap<>();
		scores.put("citations",
				match(numbered(expRefs), numbered(actRefs), 1, (e, a) -> same(e, a, "number") && same(e, a, "kind")));
		scores.put("citation dates", match(dated(numbered(expRefs)), dated(numbered(actRefs)), 1,
				(e, a) -> same(e, a, "number") && same(e, a, "issuedOn")));
		scores.put("citation jurisdictions", match(numbered(expRefs), numbered(actRefs), 1,
				(e, a) -> same(e, a, "number") && same(e, a, "jurisdiction")));
		scores.put("named references", match(named(expRefs), named(actRefs), 1,
				(e, a) -> Objects.equals(key(e.path("name").asString("")), key(a.path("name").asString("")))));
		scores.put("relations",
				match(all(expected, "relations"), inRanges(all(actual, "relations"), ranges), 3,
						(e, a) -> same(e, a, "type") && Objects.equals(ref(e, "from"), ref(a, "from"))
								&& Objects.equals(ref(e, "to"), ref(a, "to"))));
		List<JsonNode> expTasks = all(expected, "tasks");
		List<JsonNode> actTasks = inRanges(all(actual, "tasks"), ranges);
		scores.put("tasks", match(expTasks, actTasks, 3, (e, a) -> true));
		scores.put("tasks with lead", match(expTasks, actTasks, 3,
				(e, a) -> Objects.equals(key(e.path("lead").asString("")), key(a.path("lead").asString("")))));
		scores.put("tasks with deadline", match(expTasks, actTasks, 3, (e, a) -> Objects
			.equals(e.path("due").path("deadline").asString(""), a.path("due").path("deadline").asString(""))));
		scores.put("tasks with lead and deadline", match(expTasks, actTasks, 3,
				(e, a) -> Objects.equals(key(e.path("lead").asString("")), key(a.path("lead").asString(""))) && Objects
					.equals(e.path("due").path("deadline").asString(""), a.path("due").path("deadline").asString(""))));
		return scores;
	}

	private static String ref(JsonNode node, String field) {
		return key(node.path(field).asString(""));
	}

	/**
	 * Names compared without the optional parts annotators wrote differently ("đại biểu",
	 * "tầm nhìn đến năm").
	 */
	private static String key(String s) {
		String name = s.replace("Đảng bộ", "đại biểu Đảng bộ").replace("đại biểu đại biểu", "đại biểu");
		return Gazetteer.key(name.replaceAll(",?\\s*tầm nhìn đến năm \\d{4}", ""));
	}

	private static boolean same(JsonNode e, JsonNode a, String field) {
		return Objects.equals(e.path(field).asString(null), a.path(field).asString(null));
	}

	private static List<JsonNode> all(JsonNode root, String field) {
		List<JsonNode> items = new ArrayList<>();
		root.get("documents").forEach((d) -> d.path(field).forEach(items::add));
		return items;
	}

	private static List<JsonNode> inRanges(List<JsonNode> items, List<int[]> ranges) {
		return items.stream().filter((n) -> {
			int line = n.get("line").asInt();
			return ranges.stream().anyMatch((r) -> r[0] <= line && line <= r[1]);
		}).toList();
	}

	private static List<JsonNode> numbered(List<JsonNode> refs) {
		return refs.stream()
			.filter((r) -> !r.path("number").isNull() && !r.path("number").isMissingNode()
					&& !r.path("informal").asBoolean(false))
			.toList();
	}

	private static List<JsonNode> dated(List<JsonNode> refs) {
		return refs.stream()
			.filter((r) -> !r.path("issuedOn").isNull() && !r.path("issuedOn").isMissingNode())
			.toList();
	}

	private static List<JsonNode> named(List<JsonNode> refs) {
		return refs.stream().filter((r) -> r.path("number").isNull() || r.path("number").isMissingNode()).toList();
	}

	/**
	 * Greedy one-to-one matching: each extracted item takes the nearest unmatched
	 * expected item that fits.
	 */
	private static Score match(List<JsonNode> expected, List<JsonNode> actual, int tolerance,
			BiPredicate<JsonNode, JsonNode> fits) {
		boolean[] used = new boolean[expected.size()];
		int matched = 0;
		Function<JsonNode, Integer> line = (n) -> n.get("line").asInt();
		for (JsonNode a : actual) {
			int best = -1;
			int bestDistance = Integer.MAX_VALUE;
			for (int i = 0; i < expected.size(); i++) {
				int distance = Math.abs(line.apply(expected.get(i)) - line.apply(a));
				if (!used[i] && distance <= tolerance && distance < bestDistance && fits.test(expected.get(i), a)) {
					best = i;
					bestDistance = distance;
				}
			}
			if (best >= 0) {
				used[best] = true;
				matched++;
			}
		}
		return new Score(matched, actual.size(), expected.size());
	}

	public static void main(String[] args) throws IOException {
		Map<String, Score> total = new LinkedHashMap<>();
		for (var seed : new ExtractionQuality().score().entrySet()) {
			System.out.println(seed.getKey());
			seed.getValue().forEach((category, score) -> {
				System.out.printf("  %-30s %s%n", category, score);
				total.merge(category, score, Score::plus);
			});
		}
		System.out.println("all seeds");
		total.forEach((category, score) -> System.out.printf("  %-30s %s%n", category, score));
	}

}
