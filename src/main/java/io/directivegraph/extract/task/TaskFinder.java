package io.directivegraph.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.Extraction.Due;
import io.directivegraph.extract.Extraction.Task;
import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.AgencyResolver.Match;
import io.directivegraph.extract.citation.DocumentKinds;
import io.directivegraph.extract.structure.Outline;
import io.directivegraph.extract.structure.Part;
import io.directivegraph.extract.text.SourceText;

/**
 * Stage: tasks. Reads the folded text of a part, its outline and the agency resolver;
 * adds one task per clause that assigns work to a named agency (chủ trì, tham mưu, phối
 * hợp, giao, or the agency opening a clause with a deadline) or sets a deadline for work,
 * with its lead, coordinators, deadline, recurrence, output kind and section. Enumerated
 * sub-items under a shared lead ("... chủ trì tham mưu xây dựng: (1.1) ...; (1.2) ...")
 * are one task each.
 */
public final class TaskFinder {

	private static final Pattern LEAD_CUE = Pattern
		.compile("(?<![a-z])(?:chu\\s+tri|tham\\s+muu|chi\\s+dao\\s+xay\\s+dung|phoi\\s+hop)(?![a-z])");

	private static final Pattern COORDINATE = Pattern.compile("(?<![a-z])phoi\\s+hop(?:\\s+(?:voi|cung))?\\s+");

	private static final Pattern ASSIGN = Pattern.compile("^\\s*(?:[-+•]\\s*)?(?:giao\\s+(?:cho\\s+)?)(?=[a-z])");

	private static final Pattern COMPLETION = Pattern
		.compile("(?<![a-z])(?:hoan\\s+thanh|thoi\\s+gian|truoc\\s+ngay|xong|trinh)(?![a-z])");

	private static final Pattern ITEM = Pattern
		.compile("^[\\s>*]*(?:\\(\\d{1,2}(?:[.;,:]\\d{1,2}){0,2}\\)|[-+•]|[a-zđ]\\))\\s*");

	private static final Pattern MARKER = Pattern.compile(
			"^[\\s>*#]*(?:[IVX]{1,4}\\.|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|\\(\\d{1,2}(?:\\.\\d{1,2}){0,2}\\)|[a-zđ]\\))\\s*");

	private final AgencyResolver agencies;

	private final Pattern output;

	private final Pattern kindAtStart;

	private final DocumentKinds kinds;

	public TaskFinder(AgencyResolver agencies, DocumentKinds kinds) {
		this.agencies = agencies;
		this.kinds = kinds;
		String words = kinds.wordPattern();
		this.output = Pattern.compile("(?<![a-z])(?:xay\\s+dung|ban\\s+hanh|hoan\\s+thien|de\\s+xuat|soan\\s+thao)"
				+ "(?:\\s+(?:va\\s+)?(?:trien\\s+khai|ban\\s+hanh|thuc\\s+hien))?\\s*:?\\s+(?<kw>" + words
				+ ")(?![a-z])");
		this.kindAtStart = Pattern.compile("^\\s*(?:hoan\\s+thien\\s+|xay\\s+dung\\s+)?(?<kw>" + words + ")(?![a-z])");
	}

	private record Clause(int start, int end) {
	}

	public List<Task> find(SourceText source, Part part, Outline outline) {
		String folded = source.folded();
		List<Task> tasks = new ArrayList<>();
		List<Clause> clauses = clauses(source, part);
		for (int i = 0; i < clauses.size(); i++) {
			Clause clause = clauses.get(i);
			String text = folded.substring(clause.start(), clause.end());
			Lead lead = lead(text);
			Due due = Deadlines.due(text);
			boolean opensList = text.stripTrailing().endsWith(":");
			if (lead == null && due == null) {
				continue;
			}
			if (lead == null && !COMPLETION.matcher(text).find()) {
				continue;
			}
			int line = source.lineOf(firstLetter(folded, clause.start()));
			if (opensList && lead != null) {
				int added = items(source, clauses, i + 1, lead, due, outline, tasks);
				if (added > 0) {
					i += added;
					continue;
				}
			}
			String title = title(source, clause, line, outline, text);
			tasks.add(new Task(title, lead == null ? null : lead.name(), lead == null || lead.known(),
					lead == null ? List.of() : lead.coordinating(), due, Deadlines.recurrence(text),
					output(text, title), outline.path(line), line));
		}
		return tasks;
	}

	/**
	 * Sub-items following a clause that ends with ':' and names the lead: one task each.
	 */
	private int items(SourceText source, List<Clause> clauses, int from, Lead lead, Due sharedDue, Outline outline,
			List<Task> tasks) {
		String folded = source.folded();
		int added = 0;
		for (int j = from; j < clauses.size(); j++) {
			Clause item = clauses.get(j);
			String plain = source.plain().substring(item.start(), item.end());
			if (!ITEM.matcher(plain).lookingAt()) {
				break;
			}
			String text = folded.substring(item.start(), item.end());
			Due due = Deadlines.due(text);
			int line = source.lineOf(firstLetter(folded, item.start()));
			String title = clean(source.span(item.start(), item.end()));
			tasks.add(new Task(title, lead.name(), lead.known(), lead.coordinating(), (due != null) ? due : sharedDue,
					Deadlines.recurrence(text), output(text, title), outline.path(line), line));
			added++;
		}
		return added;
	}

	private static int firstLetter(String folded, int offset) {
		int i = offset;
		while (i < folded.length() && !Character.isLetterOrDigit(folded.charAt(i)) && folded.charAt(i) != '(') {
			i++;
		}
		return i;
	}

	private record Lead(String name, boolean known, List<String> coordinating) {
	}

	private Lead lead(String clause) {
		Matcher assign = ASSIGN.matcher(clause);
		if (assign.lookingAt()) {
			Optional<Match> match = this.agencies.prefix(AgencyResolver.words(clause.substring(assign.end())));
			if (match.isPresent()) {
				return new Lead(match.get().agency().name(), true, coordinators(clause));
			}
		}
		Matcher cue = LEAD_CUE.matcher(clause);
		while (cue.find()) {
			List<String> before = AgencyResolver.words(clause.substring(Math.max(0, cue.start() - 120), cue.start()));
			// Drop a province name or "tỉnh" qualifiers that follow the agency ("Ban Tổ
			// chức Tỉnh ủy Hậu Giang").
			Optional<Match> match = before.isEmpty() ? Optional.empty() : this.agencies.suffix(before);
			if (match.isPresent()) {
				return new Lead(match.get().agency().name(), true, coordinators(clause));
			}
		}
		List<String> opening = AgencyResolver.words(clause.substring(0, Math.min(clause.length(), 120)));
		Optional<Match> match = this.agencies.prefix(opening);
		if (match.isPresent() && match.get().words() >= 2 && COMPLETION.matcher(clause).find()) {
			return new Lead(match.get().agency().name(), true, coordinators(clause));
		}
		return null;
	}

	private List<String> coordinators(String clause) {
		Matcher m = COORDINATE.matcher(clause);
		List<String> names = new ArrayList<>();
		if (!m.find()) {
			return names;
		}
		List<String> words = AgencyResolver.words(clause.substring(m.end(), Math.min(clause.length(), m.end() + 200)));
		int i = 0;
		while (i < words.size()) {
			Optional<Match> match = this.agencies.prefix(words.subList(i, words.size()));
			if (match.isEmpty()) {
				if (words.get(i).equals("va") || words.get(i).equals("cac")) {
					i++;
					continue;
				}
				break;
			}
			if (!names.contains(match.get().agency().name())) {
				names.add(match.get().agency().name());
			}
			i += match.get().words();
		}
		return names;
	}

	private String output(String folded, String title) {
		Matcher m = this.output.matcher(folded);
		if (m.find()) {
			DocumentKinds.Kind kind = this.kinds.byWord(m.group("kw"));
			return (kind != null) ? kind.value() : null;
		}
		Matcher start = this.kindAtStart.matcher(io.directivegraph.extract.text.Folding.fold(title));
		if (start.find()) {
			DocumentKinds.Kind kind = this.kinds.byWord(start.group("kw"));
			return (kind != null) ? kind.value() : null;
		}
		return null;
	}

	private static String title(SourceText source, Clause clause, int line, Outline outline, String text) {
		int heading = outline.heading(line);
		boolean closing = LEAD_CUE.matcher(text).find() && text.length() < 260 && heading > 0 && heading < line;
		if (closing) {
			String head = clean(source.span(source.lineStart(heading), source.lineEnd(heading)));
			if (head.length() > 12) {
				return head;
			}
		}
		return clean(source.span(clause.start(), clause.end()));
	}

	private static String clean(String text) {
		String stripped = MARKER.matcher(text).replaceFirst("").strip();
		stripped = stripped.replaceAll("[;:.,\\s]+$", "");
		return (stripped.length() > 300) ? stripped.substring(0, 300) + "…" : stripped;
	}

	/**
	 * Clauses: text between sentence ends ('.', ';', ':' before a line break or an
	 * upper-case letter), blank lines and lines opened by an enumerator. A line break
	 * inside a sentence does not end it.
	 */
	private static List<Clause> clauses(SourceText source, Part part) {
		String plain = source.plain();
		int start = source.lineStart(part.firstLine());
		int end = source.lineEnd(part.lastLine());
		List<Clause> clauses = new ArrayList<>();
		int clauseStart = start;
		for (int i = start; i < end; i++) {
			char c = plain.charAt(i);
			boolean cut = false;
			int cutAt = i + 1;
			if (c == '\n') {
				int next = i + 1;
				int lineEnd = plain.indexOf('\n', next);
				String nextLine = plain.substring(next, (lineEnd < 0 || lineEnd > end) ? end : lineEnd);
				if (nextLine.isBlank()
						|| MARKER.matcher(nextLine).lookingAt() && !nextLine.isBlank() && startsEnumerator(nextLine)) {
					cut = true;
				}
			}
			else if ((c == '.' || c == ';' || c == ':') && i + 1 < end) {
				int j = i + 1;
				while (j < end && (plain.charAt(j) == ' ' || plain.charAt(j) == '\t')) {
					j++;
				}
				if (j >= end || plain.charAt(j) == '\n' || (j > i + 1 && Character.isUpperCase(plain.charAt(j)))) {
					cut = true;
				}
			}
			if (cut) {
				if (!plain.substring(clauseStart, cutAt).isBlank()) {
					clauses.add(new Clause(clauseStart, cutAt));
				}
				clauseStart = cutAt;
			}
		}
		if (clauseStart < end && !plain.substring(clauseStart, end).isBlank()) {
			clauses.add(new Clause(clauseStart, end));
		}
		return clauses;
	}

	private static boolean startsEnumerator(String line) {
		String s = line.stripLeading();
		return s.matches("^(?:[IVX]{1,4}\\.|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s|\\(\\d|[-+•]\\s|[a-zđ]\\)\\s).*");
	}

}
