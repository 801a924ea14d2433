package io.directivegraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.directivegraph.extract.text.EditSimilarity;
import io.directivegraph.extract.text.Sha256;

/**
 * Which task a task read from a source is, when other copies of its document (a scan and
 * a Word file, the same text uploaded under another name) have been read before. A task
 * is what it says, not where it stands: its natural id is its document's id and a hash of
 * its folded title, its lead and how many tasks before it in the same source had both; a
 * task of a second copy is the stored task with the same natural id, else the only stored
 * task with its title (the copies then disagree on the lead, which stays visible as a
 * conflict), else the only stored task whose title is nearly the same (an OCR misreading,
 * a word joined across a line) with no other lead. Anything less sure is a task of its
 * own, kept with its source: two tasks where there is one is visible and mendable, one
 * task made of two different ones is not.
 *
 * <p>
 * Pure: the stored tasks are given ({@link #know}), and the tasks of each source are
 * remembered for the next source of the same batch.
 */
final class TaskIdentity {

	/** How alike two folded titles must be to be one task's title read twice. */
	static final double SAME_TITLE = 0.9;

	/** A task already known: stored, or planned by an earlier source of the batch. */
	record Known(String id, String document, String titleKey, String lead) {
	}

	private final Map<String, List<Known>> byDocument = new HashMap<>();

	private final Set<String> ids = new HashSet<>();

	/** Registers a stored task. */
	void know(Known task) {
		if (this.ids.add(task.id())) {
			this.byDocument.computeIfAbsent(task.document(), (d) -> new ArrayList<>()).add(task);
		}
	}

	/** Whether the id is a known task's (stored or planned earlier in the batch). */
	boolean known(String id) {
		return this.ids.contains(id);
	}

	/**
	 * The natural id of a task: document, folded title, lead and occurrence (the n-th
	 * task of the source with that title and lead).
	 */
	static String naturalId(String document, String titleKey, String lead, int occurrence) {
		String key = titleKey + "|" + Objects.toString(lead, "") + "|" + occurrence;
		return document + ".t" + Sha256.hex(key).substring(0, 12);
	}

	/**
	 * The ids of one source's tasks, in order, each given with its natural id: every task
	 * matched to at most one known task, then remembered as known.
	 */
	List<String> assign(List<PlanRows.Task> tasks) {
		String[] assigned = new String[tasks.size()];
		Set<String> claimed = new HashSet<>();
		// Pass 1: the same title and lead.
		for (int i = 0; i < tasks.size(); i++) {
			if (this.ids.contains(tasks.get(i).id())) {
				assigned[i] = tasks.get(i).id();
				claimed.add(assigned[i]);
			}
		}
		// Pass 2: the same title, said once in each copy (the lead read differently).
		Map<List<String>, Integer> titlesHere = new HashMap<>();
		for (PlanRows.Task t : tasks) {
			titlesHere.merge(List.of(t.document(), t.props().titleKey()), 1, Integer::sum);
		}
		for (int i = 0; i < tasks.size(); i++) {
			PlanRows.Task t = tasks.get(i);
			if (assigned[i] != null || titlesHere.get(List.of(t.document(), t.props().titleKey())) != 1) {
				continue;
			}
			List<Known> same = unclaimed(t.document(), claimed).stream()
				.filter((k) -> k.titleKey().equals(t.props().titleKey()))
				.toList();
			if (same.size() == 1 && sameTitleOnce(t.document(), t.props().titleKey())) {
				assigned[i] = same.get(0).id();
				claimed.add(assigned[i]);
			}
		}
		// Pass 3: nearly the same title, no other lead, one clear best.
		for (int i = 0; i < tasks.size(); i++) {
			PlanRows.Task t = tasks.get(i);
			if (assigned[i] != null) {
				continue;
			}
			Known best = null;
			double bestScore = 0;
			double second = 0;
			for (Known k : unclaimed(t.document(), claimed)) {
				// One copy cut the title at a line end, the other reads on (a PDF's line,
				// a Word paragraph): the shared beginning and the same lead say it is the
				// same task.
				boolean cut = cutShort(k, t);
				if (!cut && (k.lead() != null && t.lead() != null && !k.lead().equals(t.lead())
						|| !sameOrdinals(ordinals(k.titleKey()), ordinals(t.props().titleKey())))) {
					continue;
				}
				double score = cut ? SAME_TITLE
						: EditSimilarity.atLeast(k.titleKey(), t.props().titleKey(), SAME_TITLE);
				if (score > bestScore) {
					second = bestScore;
					bestScore = score;
					best = k;
				}
				else if (score > second) {
					second = score;
				}
			}
			if (best != null && bestScore >= SAME_TITLE && second < bestScore) {
				assigned[i] = best.id();
				claimed.add(assigned[i]);
			}
		}
		List<String> result = new ArrayList<>(tasks.size());
		for (int i = 0; i < tasks.size(); i++) {
			PlanRows.Task t = tasks.get(i);
			String id = (assigned[i] != null) ? assigned[i] : t.id();
			result.add(id);
			know(new Known(id, t.document(), t.props().titleKey(), t.lead()));
		}
		return result;
	}

	/**
	 * Whether one title is the other's beginning, long enough to say something (40
	 * characters of folded key, at a word's end), with the same known lead.
	 */
	static boolean cutShort(Known known, PlanRows.Task task) {
		String a = known.titleKey();
		String b = task.props().titleKey();
		String shorter = (a.length() <= b.length()) ? a : b;
		String longer = (shorter == a) ? b : a;
		return known.lead() != null && known.lead().equals(task.lead()) && shorter.length() >= 40
				&& longer.startsWith(shorter)
				&& (longer.length() == shorter.length() || longer.charAt(shorter.length()) == '-');
	}

	/**
	 * What tells nearly identical titles of different tasks apart: their numbers and the
	 * word after "quý", "đợt", "giai đoạn", "lần", "năm" ("quý I" and "quý II" are one
	 * character apart and two tasks).
	 */
	static List<String> ordinals(String titleKey) {
		String[] words = titleKey.split("-");
		List<String> ordinals = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			if (i > 0 && ORDINAL_WORDS.contains(words[i - 1])) {
				ordinals.add(words[i - 1] + " " + w);
			}
			else if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
				ordinals.add(w);
			}
		}
		return ordinals;
	}

	/**
	 * Whether two titles' ordinals are the same, but for one short bare number in one of
	 * them: a page number a text layer left inside a sentence ("văn minh đô 2 thị").
	 */
	static boolean sameOrdinals(List<String> a, List<String> b) {
		if (a.equals(b)) {
			return true;
		}
		List<String> longer = (a.size() > b.size()) ? a : b;
		List<String> shorter = (longer == a) ? b : a;
		if (longer.size() != shorter.size() + 1) {
			return false;
		}
		for (int i = 0; i < longer.size(); i++) {
			String w = longer.get(i);
			if (w.length() <= 3 && w.chars().allMatch(Character::isDigit)) {
				List<String> without = new ArrayList<>(longer);
				without.remove(i);
				if (without.equals(shorter)) {
					return true;
				}
			}
		}
		return false;
	}

	private static final Set<String> ORDINAL_WORDS = Set.of("quy", "dot", "doan", "lan", "nam", "thang", "phan", "khoa",
			"ky");

	private List<Known> unclaimed(String document, Set<String> claimed) {
		return this.byDocument.getOrDefault(document, List.of())
			.stream()
			.filter((k) -> !claimed.contains(k.id()))
			.toList();
	}

	private boolean sameTitleOnce(String document, String titleKey) {
		return this.byDocument.getOrDefault(document, List.of())
			.stream()
			.filter((k) -> k.titleKey().equals(titleKey))
			.count() == 1;
	}

}
