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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.model.Extraction;

/**
 * Precision and recall of the extractor against the hand-annotated fixtures
 * ({@code fixtures/expected/*.json}, see ANNOTATION.md), per file and category. The
 * source of a fixture is the seed of that name ({@code import/documents}) or a document
 * written for the project ({@code fixtures/documents}). Only extracted items on annotated
 * lines count. Items match on identity (kind and number, folded name, relation triple,
 * task line) within a small line tolerance, each expected item at most once.
 *
 * <p>
 * Besides precision and recall it counts <em>wrong owners</em>: found tasks whose lead is
 * a known agency other than the one the text names (or any agency where the text names
 * none). A missing or unknown lead is a miss; a wrong one is what users must never see,
 * so it is reported apart.
 */
public final class ExtractionQuality {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/expected");

	static final Path DOCUMENTS = Path.of("src/test/resources/fixtures/documents");

	static final Path SEEDS = Path.of("import/documents");

	/** Document families of ANNOTATION.md; the seeds are Party documents. */
	public enum Family {

		PARTY, STATE, PROVINCIAL

	}

	/** Counts of one category: true positives, extracted, expected. */
	public record Score(int matched, int extracted, int expected) {

		static final Score NONE = new Score(0, 0, 0);

		double precision() {
			return (this.extracted == 0) ? 1.0 : (double) this.matched / this.extracted;
		}

		double recall() {
			return (this.expected == 0) ? 1.0 : (double) this.matched / this.expected;
		}

		/**
		 * For the wrong-owner count ({@code matched} wrong of {@code extracted} judged):
		 * the rate.
		 */
		double rate() {
			return (this.extracted == 0) ? 0.0 : (double) this.matched / this.extracted;
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

	/** The scores of one annotated file. */
	public record FileScore(String file, Family family, boolean seed, Map<String, Score> scores) {
	}

	/**
	 * Category of the wrong-owner count: matched = wrong, extracted = found tasks with a
	 * lead.
	 */
	public static final String WRONG_OWNERS = "wrong owners";

	/** Categories whose Score is a count of documents, not of items. */
	public static final String HEADERS = "headers";

	private final JsonMapper json = JsonMapper.builder().build();

	private final Extractor extractor = Extractor.defaults();

	/** Scores per seed file, then per category (the seeds only, as before). */
	public Map<String, Map<String, Score>> score() throws IOException {
		Map<String, Map<String, Score>> bySeed = new LinkedHashMap<>();
		for (FileScore file : scoreAll()) {
			if (file.seed()) {
				bySeed.put(file.file(), file.scores());
			}
		}
		return bySeed;
	}

	/** Scores of every annotated file: seeds and written documents. */
	public List<FileScore> scoreAll() throws IOException {
		List<FileScore> files = new ArrayList<>();
		try (var list = Files.list(FIXTURES)) {
			for (Path fixture : list.sorted().toList()) {
				JsonNode expected = this.json.readTree(fixture.toFile());
				String name = expected.get("file").asString();
				Path source = SEEDS.resolve(name);
				boolean seed = Files.exists(source);
				if (!seed) {
					source = DOCUMENTS.resolve(name);
				}
				Extraction actual = this.extractor.extract(name, Files.readAllBytes(source));
				Family family = Family.valueOf(expected.path("family").asString("PARTY"));
				files.add(new FileScore(name, family, seed, score(expected, this.json.valueToTree(actual))));
			}
		}
		return files;
	}

	/** Sums the scores of the files that pass the filter, per category. */
	public static Map<String, Score> total(List<FileScore> files, java.util.function.Predicate<FileScore> which) {
		Map<String, Score> total = new LinkedHashMap<>();
		files.stream().filter(which).forEach((f) -> f.scores().forEach((c, s) -> total.merge(c, s, Score::plus)));
		return total;
	}

	private Map<String, Score> score(JsonNode expected, JsonNode actual) {
		List<int[]> ranges = new ArrayList<>();
		expected.get("annotated").forEach((r) -> ranges.add(new int[] { r.get(0).asInt(), r.get(1).asInt() }));
		List<JsonNode> expRefs = all(expected, "references");
		List<JsonNode> actRefs = inRanges(all(actual, "references"), ranges);
		Map<String, Score> scores = new LinkedHashMap<>();
		scores.putAll(headers(expected, actual));
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
		List<JsonNode> expTasks = tasks(expected);
		List<JsonNode> actTasks = inRanges(tasks(actual), ranges);
		scores.put("tasks", match(expTasks, actTasks, 3, (e, a) -> true));
		scores.put("tasks with lead", match(expTasks, actTasks, 3, ExtractionQuality::sameLead));
		scores.put("tasks with deadline", match(expTasks, actTasks, 3, ExtractionQuality::sameDeadline));
		scores.put("tasks with lead and deadline",
				match(expTasks, actTasks, 3, (e, a) -> sameLead(e, a) && sameDeadline(e, a)));
		scores.put(WRONG_OWNERS, wrongOwners(expTasks, actTasks));
		return scores;
	}

	/**
	 * Document headers: all of kind, number, date, issuer and jurisdiction right (matched
	 * = documents right, extracted = documents read, expected = documents annotated), and
	 * each field alone.
	 */
	private static Map<String, Score> headers(JsonNode expected, JsonNode actual) {
		Map<String, Score> scores = new LinkedHashMap<>();
		List<String> fields = List.of("kind", "number", "issuedOn", "issuer", "jurisdiction", "title");
		int[] right = new int[fields.size()];
		int whole = 0;
		JsonNode expDocs = expected.get("documents");
		JsonNode actDocs = actual.get("documents");
		for (int i = 0; i < expDocs.size(); i++) {
			JsonNode e = expDocs.get(i).get("document");
			JsonNode a = (i < actDocs.size()) ? actDocs.get(i).get("document") : null;
			boolean all = a != null;
			for (int f = 0; f < fields.size(); f++) {
				String field = fields.get(f);
				boolean ok = a != null
						&& sameHeaderField(field, e.path(field).asString(null), a.path(field).asString(null));
				if (ok) {
					right[f]++;
				}
				else if (!field.equals("title")) {
					all = false;
				}
			}
			if (all) {
				whole++;
			}
		}
		scores.put(HEADERS, new Score(whole, actDocs.size(), expDocs.size()));
		for (int f = 0; f < fields.size(); f++) {
			scores.put("header " + fields.get(f), new Score(right[f], actDocs.size(), expDocs.size()));
		}
		return scores;
	}

	private static final java.util.regex.Pattern KIND_OPENING = java.util.regex.Pattern
		.compile("^(?:bao cao|ke hoach|chuong trinh(?: hanh dong)?|nghi quyet|quyet dinh|chi thi|ket luan|thong bao"
				+ "|de an|huong dan|quy dinh|quy che)\\s+");

	private static boolean sameHeaderField(String field, String expected, String actual) {
		if (field.equals("title")) {
			// Loosely: the expected title is found in the one read, which does not run on
			// into the preamble.
			if (expected == null || actual == null) {
				return expected == null;
			}
			// The kind word opening the title is the document's kind, said either way
			// ("Báo cáo kết quả …" / "KẾT QUẢ …").
			String a = KIND_OPENING.matcher(key(actual)).replaceFirst("");
			String e = KIND_OPENING.matcher(key(expected)).replaceFirst("");
			return a.contains(e) && !a.contains("can cu ");
		}
		if (field.equals("issuer") || field.equals("jurisdiction")) {
			return Objects.equals(key(Objects.toString(expected, "")), key(Objects.toString(actual, "")));
		}
		return Objects.equals(expected, actual);
	}

	/**
	 * Found tasks (matched to an annotated task by line) whose lead is a known agency
	 * other than the annotated one: matched = wrong, extracted = found tasks with a known
	 * lead. Tasks are paired first where the leads agree, so that two leads of one line
	 * are not crossed.
	 */
	private static Score wrongOwners(List<JsonNode> expected, List<JsonNode> actual) {
		boolean[] used = new boolean[expected.size()];
		List<JsonNode> rest = new ArrayList<>();
		int judged = 0;
		for (JsonNode a : actual) {
			int best = nearest(expected, used, a, 3, ExtractionQuality::sameLead);
			if (best >= 0) {
				used[best] = true;
				if (!a.path("lead").isNull() && a.path("leadKnown").asBoolean(true)) {
					judged++;
				}
			}
			else {
				rest.add(a);
			}
		}
		int wrong = 0;
		for (JsonNode a : rest) {
			int best = nearest(expected, used, a, 3, (e, x) -> true);
			if (best < 0) {
				continue;
			}
			used[best] = true;
			if (!a.path("lead").isNull() && !a.path("lead").isMissingNode() && a.path("leadKnown").asBoolean(true)) {
				judged++;
				wrong++;
			}
		}
		return new Score(wrong, judged, 0);
	}

	/**
	 * The gazetteer, to compare agencies rather than the names annotators chose for them.
	 */
	private static final Gazetteer GAZETTEER = Gazetteer.defaults();

	/**
	 * The key of the agency's canonical name when the gazetteer knows the name, else of
	 * the name.
	 */
	private static String agencyKey(String name) {
		Gazetteer.Agency agency = name.isEmpty() ? null : GAZETTEER.byName(name);
		return key((agency != null) ? agency.name() : name);
	}

	private static boolean sameLead(JsonNode e, JsonNode a) {
		return Objects.equals(agencyKey(e.path("lead").asString("")), agencyKey(a.path("lead").asString(""))) && Objects
			.equals(key(e.path("leadJurisdiction").asString("")), key(a.path("leadJurisdiction").asString("")));
	}

	private static boolean sameDeadline(JsonNode e, JsonNode a) {
		return Objects.equals(e.path("due").path("deadline").asString(""), a.path("due").path("deadline").asString(""));
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

	/**
	 * The tasks of every document, with the document's jurisdiction as the lead's when
	 * none is given: a lead is compared with its jurisdiction.
	 */
	private static List<JsonNode> tasks(JsonNode root) {
		List<JsonNode> items = new ArrayList<>();
		root.get("documents").forEach((d) -> d.path("tasks").forEach((t) -> {
			Gazetteer.Agency agency = GAZETTEER.byName(t.path("lead").asString(""));
			if (agency != null && agency.national()) {
				// A national agency is Việt Nam's whatever document names it.
				var copy = (tools.jackson.databind.node.ObjectNode) t.deepCopy();
				copy.put("leadJurisdiction", "Việt Nam");
				items.add(copy);
			}
			else if (t.path("leadJurisdiction").isMissingNode() || t.path("leadJurisdiction").isNull()) {
				var copy = (tools.jackson.databind.node.ObjectNode) t.deepCopy();
				copy.put("leadJurisdiction", d.path("document").path("jurisdiction").asString(""));
				items.add(copy);
			}
			else {
				items.add(t);
			}
		}));
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
		for (JsonNode a : actual) {
			int best = nearest(expected, used, a, tolerance, fits);
			if (best >= 0) {
				used[best] = true;
				matched++;
			}
		}
		return new Score(matched, actual.size(), expected.size());
	}

	private static int nearest(List<JsonNode> expected, boolean[] used, JsonNode a, int tolerance,
			BiPredicate<JsonNode, JsonNode> fits) {
		int best = -1;
		int bestDistance = Integer.MAX_VALUE;
		int line = a.get("line").asInt();
		for (int i = 0; i < expected.size(); i++) {
			int distance = Math.abs(expected.get(i).get("line").asInt() - line);
			if (!used[i] && distance <= tolerance && distance < bestDistance && fits.test(expected.get(i), a)) {
				best = i;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Prints the scores per file, per family and over all files. */
	public static void print(List<FileScore> files) {
		for (FileScore file : files) {
			System.out.println(file.file() + " (" + file.family() + ((file.seed()) ? ", seed" : "") + ")");
			file.scores().forEach((category, score) -> System.out.println(line(category, score)));
		}
		System.out.println("seeds");
		total(files, FileScore::seed).forEach((c, s) -> System.out.println(line(c, s)));
		for (Family family : Family.values()) {
			System.out.println("family " + family + " (written documents)");
			total(files, (f) -> !f.seed() && f.family() == family).forEach((c, s) -> System.out.println(line(c, s)));
		}
		System.out.println("written documents");
		total(files, (f) -> !f.seed()).forEach((c, s) -> System.out.println(line(c, s)));
	}

	private static String line(String category, Score score) {
		if (category.equals(WRONG_OWNERS)) {
			return String.format("  %-30s %.3f (%d of %d found tasks with a known lead)", category, score.rate(),
					score.matched(), score.extracted());
		}
		return String.format("  %-30s %s", category, score);
	}

	/**
	 * Prints the scores; with an argument, only of the files whose name matches that
	 * regular expression (e.g. a held-out set: {@code '.*-(0[6-9]|1[0-9])-.*'}).
	 */
	public static void main(String[] args) throws IOException {
		List<FileScore> files = new ExtractionQuality().scoreAll();
		if (args.length > 0) {
			files = files.stream().filter((f) -> f.file().matches(args[0])).toList();
		}
		print(files);
	}

}
