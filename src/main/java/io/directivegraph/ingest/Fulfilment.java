package io.directivegraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import io.directivegraph.extract.text.Folding;
import io.directivegraph.neo4j.CypherFiles;

/**
 * Links a task whose product is a document of kind K ("xây dựng Đề án ...") to the
 * document of kind K, in the same jurisdiction, issued after the task was set (or up to
 * {@value #CARRY_OVER_DAYS} days before, for tasks carried over), whose title matches the
 * task's: Dice similarity of folded content words, stored on the edge. Precision over
 * recall: a wrong link silently changes who is accountable, so below {@value #MIN_SCORE},
 * or when the runner-up is within {@value #MARGIN}, nothing is linked and the close
 * documents are kept as candidates.
 */
@Component
public class Fulfilment {

	static final double MIN_SCORE = 0.5;

	static final double MARGIN = 0.1;

	static final int CARRY_OVER_DAYS = 90;

	/** Words every title has: they say nothing about which document it is. */
	private static final Set<String> STOP = Set.copyOf(List.of("xay", "dung", "ban", "hanh", "ve", "cua", "va", "cac",
			"nhung", "de", "an", "nghi", "quyet", "chi", "thi", "ke", "hoach", "chuong", "trinh", "quy", "dinh",
			"huong", "dan", "thuc", "hien", "trien", "khai", "tinh", "tren", "dia", "ban", "giai", "doan", "nam", "den",
			"so", "the", "nao", "trong", "voi", "cho", "tai", "theo", "nay", "hoan", "thanh", "thoi", "gian", "tham",
			"muu", "chu", "tri", "phoi", "hop", "lanh", "dao"));

	private final Driver driver;

	public Fulfilment(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Recomputes the automatic links of every task with a document product in these
	 * jurisdictions.
	 */
	public void update(Collection<String> jurisdictions) {
		for (String jurisdiction : jurisdictions) {
			List<Record> tasks = this.driver.executableQuery(CypherFiles.load("ingest/fulfilment-tasks"))
				.withParameters(Map.of("jurisdiction", jurisdiction))
				.execute()
				.records();
			if (tasks.isEmpty()) {
				continue;
			}
			List<Record> documents = this.driver.executableQuery(CypherFiles.load("ingest/fulfilment-documents"))
				.withParameters(Map.of("jurisdiction", jurisdiction))
				.execute()
				.records();
			List<Map<String, Object>> links = new ArrayList<>();
			List<Map<String, Object>> candidates = new ArrayList<>();
			for (Record task : tasks) {
				match(task, documents, links, candidates);
			}
			List<String> taskIds = tasks.stream().map((r) -> r.get("id").asString()).toList();
			this.driver.executableQuery(CypherFiles.load("ingest/write-fulfilment"))
				.withParameters(Map.of("tasks", taskIds, "links", links, "candidates", candidates))
				.execute();
		}
	}

	private static void match(Record task, List<Record> documents, List<Map<String, Object>> links,
			List<Map<String, Object>> candidates) {
		String output = task.get("output").asString();
		Set<String> words = words(task.get("title").asString(""));
		if (words.size() < 2) {
			return;
		}
		LocalDate setOn = date(task.get("setOn").isNull() ? null : task.get("setOn").asString());
		String taskId = task.get("id").asString();
		String ownDocument = task.get("document").asString();
		double best = 0;
		double second = 0;
		String bestId = null;
		List<Map<String, Object>> close = new ArrayList<>();
		for (Record document : documents) {
			if (!output.equals(document.get("kind").asString()) || ownDocument.equals(document.get("id").asString())) {
				continue;
			}
			LocalDate issued = date(document.get("issuedOn").isNull() ? null : document.get("issuedOn").asString());
			if (setOn != null && (issued == null || issued.isBefore(setOn.minusDays(CARRY_OVER_DAYS)))) {
				continue;
			}
			double score = dice(words, words(document.get("title").asString("")));
			if (score >= MIN_SCORE - MARGIN) {
				close.add(Map.of("task", taskId, "document", document.get("id").asString(), "score", score));
			}
			if (score > best) {
				second = best;
				best = score;
				bestId = document.get("id").asString();
			}
			else if (score > second) {
				second = score;
			}
		}
		if (bestId != null && best >= MIN_SCORE && best - second >= MARGIN) {
			links.add(Map.of("task", taskId, "document", bestId, "score", best));
		}
		else {
			candidates.addAll(close);
		}
	}

	static Set<String> words(String title) {
		Set<String> words = new HashSet<>();
		for (String word : Folding.fold(title).split("[^a-z0-9]+")) {
			if (word.length() > 1 && !STOP.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String word : a) {
			if (b.contains(word)) {
				common++;
			}
		}
		return 2.0 * common / (a.size() + b.size());
	}

	private static LocalDate date(String iso) {
		if (iso == null || iso.length() < 4) {
			return null;
		}
		try {
			return (iso.length() >= 10) ? LocalDate.parse(iso.substring(0, 10))
					: (iso.length() >= 7) ? LocalDate.parse(iso.substring(0, 7) + "-01")
							: LocalDate.of(Integer.parseInt(iso.substring(0, 4)), 1, 1);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
