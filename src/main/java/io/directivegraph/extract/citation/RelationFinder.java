package io.directivegraph.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.model.Extraction.Relation;
import io.directivegraph.extract.text.SourceText;

/**
 * Stage: relations. Reads the citations of a part and the folded text before each; adds
 * IMPLEMENTS, BASED_ON, SUPERSEDES, GUIDES, APPROVES and AMENDS edges from a cue word
 * directly before a citation. The edge starts at the citation just before the cue in the
 * same sentence ("Chương trình số 141-CTr/TU ... thực hiện Nghị quyết số 21-NQ/TW"), else
 * at the document itself when the cue is in its preamble or the sentence speaks of "this"
 * document ("Chương trình này thay thế ...").
 */
public final class RelationFinder {

	/**
	 * A cue: the relation it states, its pattern, and a word the pattern cannot match
	 * without (a window lacking it is not searched).
	 */
	private record Cue(String type, Pattern pattern, String required) {
	}

	private static final String GAP = "[\\s,]*(?:(?:cac|mot\\s+so\\s+dieu\\s+cua|(?:co\\s+)?hieu\\s+qua|nghiem\\s+tuc|tot)\\s+)?$";

	/** The cues of {@code extract/relation-cues.tsv}, in its order. */
	private static final List<Cue> CUES = cues();

	private static List<Cue> cues() {
		List<Cue> cues = new ArrayList<>();
		for (String[] c : io.directivegraph.extract.text.DataFiles.rows("/extract/relation-cues.tsv")) {
			if (RelationTypes.of(c[0]).isEmpty()) {
				throw new IllegalStateException(
						"extract/relation-cues.tsv: " + c[0] + " is not a type of vocabulary/relations.tsv");
			}
			cues.add(new Cue(c[0], Pattern.compile(c[2] + GAP), c[1]));
		}
		return List.copyOf(cues);
	}

	private static final Pattern LIST_GAP = Pattern
		.compile("\\s*(?:\\([^()]{0,80}\\))?\\s*(?:[;,]\\s*(?:va\\s+)?|va\\s+)");

	private static final Pattern THIS_DOCUMENT = Pattern.compile(
			"(?<![a-z])(?:chuong\\s+trinh|nghi\\s+quyet|ke\\s+hoach|de\\s+an|quyet\\s+dinh|chi\\s+thi|quy\\s+dinh)\\s+nay(?![a-z])");

	/**
	 * @param preambleEnd offset before which a cue speaks for the document itself (its
	 * title and preamble)
	 */
	public List<Relation> find(SourceText source, List<Citation> citations, int preambleEnd, String ownNumber) {
		return find(source, citations, preambleEnd, ownNumber, false);
	}

	/**
	 * @param paragraphs whether a blank line ends a paragraph (and so a sentence); not in
	 * PDF text with a blank line after every line
	 */
	public List<Relation> find(SourceText source, List<Citation> citations, int preambleEnd, String ownNumber,
			boolean paragraphs) {
		String folded = source.folded();
		List<Relation> relations = new ArrayList<>();
		java.util.Set<String> between = new java.util.HashSet<>();
		// The relation of the last citation at the outer level (not inside another one's
		// title), for lists.
		Relation outerRelation = null;
		int outerEnd = -1;
		// Citations come sorted by start: the furthest end of those starting before the
		// target says whether it lies inside one of them.
		int started = 0;
		int furthestEnd = -1;
		for (int i = 0; i < citations.size(); i++) {
			Citation target = citations.get(i);
			while (started < i && citations.get(started).start() < target.start()) {
				furthestEnd = Math.max(furthestEnd, citations.get(started).end());
				started++;
			}
			boolean nested = furthestEnd >= target.end();
			if (!nested && outerRelation != null && "SELF".equals(outerRelation.from()) && outerEnd <= target.start()
					&& target.ref() != null && LIST_GAP.matcher(folded.substring(outerEnd, target.start())).matches()) {
				// "căn cứ Quyết định số 1588/QĐ-TTg ...; Quyết định số 556/QĐ-TTg ...":
				// one cue for the whole list.
				if (!target.ref().equals(outerRelation.from())) {
					relations.add(new Relation(outerRelation.from(), outerRelation.type(), target.ref(),
							source.lineOf(target.start())));
				}
				outerEnd = target.end();
				continue;
			}
			Relation made = null;
			int windowStart = Math.max(0, target.start() - 80);
			String before = folded.substring(windowStart, target.start());
			approvedBefore(source, folded, citations, i, windowStart, before, relations, between);
			for (Cue cue : CUES) {
				if (!before.contains(cue.required())) {
					continue;
				}
				Matcher m = cue.pattern().matcher(before);
				if (!m.find()) {
					continue;
				}
				int cueStart = windowStart + m.start();
				int sentenceStart = sentenceStart(folded, cueStart, paragraphs);
				String from = null;
				Citation subject = null;
				for (int j = i - 1; j >= 0; j--) {
					Citation previous = citations.get(j);
					if (previous.start() < sentenceStart) {
						break;
					}
					if (previous.start() < cueStart && previous.ref() != null && !previous.ref().equals(target.ref())
							&& parenthetical(folded, previous, cueStart)) {
						// "Chương trình số 50-CTr/TU (thay thế Chương trình số
						// 07-CTr/TU), vừa
						// cụ thể hóa …": the remark in brackets is not the subject.
						continue;
					}
					if (previous.start() < cueStart && previous.ref() != null && !previous.ref().equals(target.ref())) {
						// "Quán triệt Nghị quyết A và triển khai thực hiện Nghị quyết B":
						// A is
						// the object of a verb before it, not who implements B.
						if (!objectOfVerb(folded, previous, sentenceStart)
								|| !COORDINATED.matcher(folded.substring(Math.min(previous.end(), cueStart), cueStart))
									.find()) {
							from = previous.ref().equals(ownNumber) ? "SELF" : previous.ref();
							subject = previous;
						}
						break;
					}
				}
				if (subject != null && cue.type().equals("IMPLEMENTS") && !implementable(subject, target)) {
					// A national document does not implement a provincial one, nor an
					// older document a newer one.
					from = null;
				}
				if (from == null) {
					String sentence = folded.substring(sentenceStart, cueStart);
					// In the body, "thực hiện X" is an instruction, not the document's
					// own relation; only "Chương
					// trình này thay thế X" there speaks for the document.
					if (cueStart < preambleEnd
							|| !cue.type().equals("IMPLEMENTS") && THIS_DOCUMENT.matcher(sentence).find()) {
						from = "SELF";
					}
				}
				if (from != null && target.ref() != null) {
					Relation relation = new Relation(from, cue.type(), target.ref(), source.lineOf(target.start()));
					// Between two cited documents a relation is stated once; repeating
					// the pair adds nothing.
					if (from.equals("SELF") || between.add(from + "|" + cue.type() + "|" + target.ref())) {
						relations.add(relation);
					}
					made = relation;
				}
				break;
			}
			if (!nested) {
				outerRelation = made;
				outerEnd = target.end();
			}
		}
		return relations;
	}

	/** Verbs whose object a cited document is ("quán triệt Nghị quyết …"). */
	private static final Pattern VERB_BEFORE = Pattern.compile("(?<![a-z])(?:quan\\s+triet|thuc\\s+hien|trien\\s+khai"
			+ "|cu\\s+the\\s+hoa|hoc\\s+tap|tuyen\\s+truyen)(?:\\s+[a-z]+){0,3}\\s*$");

	/**
	 * The cue joined to what came before by "và" or a comma: a second verb, not a
	 * predicate.
	 */
	private static final Pattern COORDINATED = Pattern.compile("(?:(?<![a-z])va|,)\\s*$");

	/** Whether the citation sits in brackets that close before {@code cueStart}. */
	private static boolean parenthetical(String folded, Citation citation, int cueStart) {
		int open = folded.lastIndexOf('(', citation.start());
		if (open < 0 || folded.lastIndexOf(')', citation.start()) > open || citation.start() - open > 40) {
			return false;
		}
		int close = folded.indexOf(')', Math.max(open, citation.start()));
		return close >= 0 && close < cueStart;
	}

	/** Whether a verb of its sentence comes right before the citation (its object). */
	private static boolean objectOfVerb(String folded, Citation citation, int sentenceStart) {
		int from = Math.max(sentenceStart, citation.start() - 60);
		return from < citation.start() && VERB_BEFORE.matcher(folded.substring(from, citation.start())).find();
	}

	/** Kinds that set policy, and kinds that carry it out (DOMAIN.md values). */
	private static final java.util.Set<String> POLICY = java.util.Set.of("RESOLUTION", "CONCLUSION", "DIRECTIVE", "LAW",
			"STRATEGY", "MASTER_PLAN");

	private static final java.util.Set<String> MEANS = java.util.Set.of("PROGRAM", "PLAN", "PROJECT", "REPORT",
			"GUIDANCE", "NOTICE");

	/**
	 * Whether {@code from} can implement {@code to}: not a national document a provincial
	 * one, not a policy document (resolution, conclusion, directive) the programs and
	 * plans that carry policy out, not one issued before the other.
	 */
	static boolean implementable(Citation from, Citation to) {
		if (from.national() && !to.national()) {
			return false;
		}
		if (POLICY.contains(from.kind()) && MEANS.contains(to.kind())) {
			// A resolution is implemented by a program, not the reverse.
			return false;
		}
		return from.issuedOn() == null || to.issuedOn() == null || from.issuedOn().compareTo(to.issuedOn()) >= 0;
	}

	/**
	 * "X được Thủ tướng Chính phủ phê duyệt tại Quyết định số 995/QĐ-TTg": the decision
	 * approves X, the citation the passive follows.
	 */
	private static final Pattern APPROVED_BY = Pattern
		.compile("(?<![a-z])(?:da\\s+)?duoc\\s+(?:[a-z]+\\s+){0,6}?phe\\s+duyet\\s+(?:tai|theo|bang)\\s+$");

	private static void approvedBefore(SourceText source, String folded, List<Citation> citations, int i,
			int windowStart, String before, List<Relation> relations, java.util.Set<String> between) {
		Citation decision = citations.get(i);
		if (decision.ref() == null || !before.contains("duyet")) {
			return;
		}
		Matcher m = APPROVED_BY.matcher(before);
		if (!m.find()) {
			return;
		}
		int passive = windowStart + m.start();
		for (int j = i - 1; j >= 0; j--) {
			Citation subject = citations.get(j);
			if (subject.end() <= passive && subject.ref() != null && !subject.ref().equals(decision.ref())
					&& folded.substring(subject.end(), passive).matches("[\\s,]*")) {
				if (between.add(decision.ref() + "|APPROVES|" + subject.ref())) {
					relations
						.add(new Relation(decision.ref(), "APPROVES", subject.ref(), source.lineOf(decision.start())));
				}
				return;
			}
		}
	}

	private static int sentenceStart(String folded, int offset, boolean paragraphs) {
		for (int i = offset - 1; i > 0 && i > offset - 600; i--) {
			char c = folded.charAt(i);
			if ((c == '.' || c == ';') && i + 1 < folded.length() && Character.isWhitespace(folded.charAt(i + 1))) {
				return i + 1;
			}
			if (c == '-' && folded.startsWith("---", i - 2)) {
				return i + 1;
			}
			// A blank line ends a paragraph, and so a sentence ("the title\n\nThực hiện
			// ...").
			if (paragraphs && c == '\n') {
				int j = i - 1;
				while (j > 0 && (folded.charAt(j) == ' ' || folded.charAt(j) == '\t')) {
					j--;
				}
				if (folded.charAt(j) == '\n') {
					return i + 1;
				}
			}
		}
		return Math.max(0, offset - 600);
	}

}
