package io.directivegraph.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.model.Extraction.Due;
import io.directivegraph.extract.model.Extraction.Task;
import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.AgencyResolver.Match;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.citation.DocumentKinds;
import io.directivegraph.extract.structure.Outline;
import io.directivegraph.extract.structure.Part;
import io.directivegraph.extract.text.EditSimilarity;
import io.directivegraph.extract.text.PatternScan;
import io.directivegraph.extract.text.SourceText;
import io.directivegraph.extract.text.WordAlternation;
import io.directivegraph.extract.text.ListMarkers;
import io.directivegraph.extract.text.OcrWords;

/**
 * Stage: tasks. Reads the folded text of a part, its outline and the agency resolver;
 * adds one task per clause that assigns work to a named agency (chủ trì, tham mưu, phối
 * hợp, giao, or the agency opening a clause with a deadline) or sets a deadline for work,
 * with its lead, coordinators, deadline, recurrence, output kind and section. Enumerated
 * sub-items under a shared lead ("... chủ trì tham mưu xây dựng: (1.1) ...; (1.2) ...")
 * are one task each.
 */
public final class TaskFinder {

	private static final List<String> LEAD_CUES = List.of("chu tri", "tham muu", "chi dao xay dung", "phoi hop");

	private static final PatternScan LEAD_CUE = PatternScan
		.startingWithPhrases(Pattern.compile(WordAlternation.of(LEAD_CUES, true) + "(?![a-z])"), LEAD_CUES);

	private static final Pattern COORDINATE = Pattern.compile("(?<![a-z])phoi\\s+hop(?:\\s+(?:voi|cung))?\\s+");

	private static final Pattern PARENTHESES = Pattern.compile("\\([^()\\n]{0,120}\\)");

	private static final Pattern RECIPIENTS = Pattern.compile("^[\\s*_]*noi\\s+nhan\\s*:?");

	/**
	 * The line of "Nơi nhận:" near the end of the part (the distribution list), else past
	 * it.
	 */
	private static int recipientsLine(SourceText source, Part part) {
		for (int line = part.lastLine(); line > part.titleLine() && line >= part.lastLine() - 80; line--) {
			String folded = source.folded().substring(source.lineStart(line), source.lineEnd(line));
			if (RECIPIENTS.matcher(folded).lookingAt()) {
				return line;
			}
		}
		return part.lastLine() + 1;
	}

	/** An attachment's title in capitals, read folded (with or without marks). */
	private static final Pattern ATTACHMENT_TITLE = Pattern
		.compile("^[\\s*#]*(?:phu\\s+luc|danh\\s+muc|chuong\\s+trinh|ke\\s+hoach)(?![a-z])");

	private static final Pattern AFTER_RECIPIENTS = Pattern
		.compile("(?<![a-z])kem\\s+theo(?![a-z])|^\\s*[-_=]{3,}\\s*$");

	/**
	 * The last line of the distribution list and signature: an attachment ("PHỤ LỤC",
	 * "DANH MỤC …", "(Kèm theo …)", a "---" or "___" rule) may follow them, with tasks of
	 * its own. Read folded: text typed without marks ("PHU LUC") ends the list too.
	 */
	private static int recipientsEnd(SourceText source, Part part, int recipients) {
		for (int line = recipients + 1; line <= part.lastLine(); line++) {
			String plain = source.plain().substring(source.lineStart(line), source.lineEnd(line));
			String folded = source.folded().substring(source.lineStart(line), source.lineEnd(line));
			if (AFTER_RECIPIENTS.matcher(folded).find() || ATTACHMENT_TITLE.matcher(folded).lookingAt()
					&& plain.strip().equals(plain.strip().toUpperCase())) {
				return line - 1;
			}
		}
		return part.lastLine();
	}

	/** Whether only spaces are left on the line after {@code offset}. */
	private static boolean endsLine(String plain, int offset) {
		int i = offset;
		while (i < plain.length() && plain.charAt(i) != '\n') {
			if (!Character.isWhitespace(plain.charAt(i))) {
				return false;
			}
			i++;
		}
		return true;
	}

	private static final Pattern ORDERING = Pattern.compile("(?<![a-z])(?:giao|de\\s+nghi|yeu\\s+cau)(?![a-z])");

	/** A line ending with a word that needs what follows ("và", "của", a comma). */
	private static final Pattern CONTINUED = Pattern
		.compile("(?:(?<![a-z])(?:va|cua|voi|cac|ve|cho|tai|trong|theo|la)|[,\\-–])\\s*$");

	/** A clause opened by a number ("3.", "II.", "1.2."), not a bullet or a letter. */
	private static final Pattern NUMBERED = Pattern
		.compile("^[\\s>*#]*(?:[IVX]{1,4}|\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.\\s");

	/** A list item's bullet, left over after its enumerator. */
	private static final Pattern LIST_OPENER = Pattern
		.compile("^[\\s>*" + ListMarkers.BULLET_CHARS.replace("-", "\\-") + "]*");

	private static final List<String> STRONG_COMPLETIONS = List.of("thoi gian hoan thanh", "hoan thanh trong",
			"hoan thanh truoc", "hoan thanh xong", "truoc ngay", "xong truoc", "cham nhat");

	/**
	 * What is (not) done yet: "Một số công trình chưa hoàn thành thủ tục trước ngày
	 * 31/3/2026", "Gói thầu số 2 đã hoàn thành trước ngày 15/01": a report of the state
	 * of things, not work owed, when no agency owns the clause.
	 */
	private static final Pattern STATE_OF_WORK = Pattern.compile(
			"(?<![a-z])(?:chua|da)\\s+(?:duoc\\s+)?(?:hoan\\s+thanh|thuc\\s+hien|trien\\s+khai|ban\\s+giao|giai\\s+ngan)(?![a-z])");

	private static final PatternScan STRONG_COMPLETION = PatternScan.startingWithPhrases(
			Pattern.compile(WordAlternation.of(STRONG_COMPLETIONS, true) + "(?![a-z])"), STRONG_COMPLETIONS);

	/** Verbs that open what an agency must do ({@code extract/task-verbs.tsv}). */
	private static final List<String> TASK_VERBS = io.directivegraph.extract.text.DataFiles
		.rows("/extract/task-verbs.tsv")
		.stream()
		.map((row) -> row[0].strip())
		.toList();

	private static final Pattern TASK_VERB = Pattern.compile("^" + WordAlternation.of(TASK_VERBS) + "(?![a-z])");

	/** Addressees that name no agency ({@code extract/generic-addressees.tsv}). */
	private static final List<List<String>> GENERIC = io.directivegraph.extract.text.DataFiles
		.rows("/extract/generic-addressees.tsv")
		.stream()
		.map((row) -> List.of(row[0].strip().split(" ")))
		.toList();

	/**
	 * "Giao …", "Đề nghị …", "Yêu cầu …" (optionally after the agency that gives the
	 * order): the agencies named next are the leads.
	 */
	private static final Pattern ASSIGNING = Pattern
		.compile("^(?:giao|de\\s+nghi|yeu\\s+cau)\\s+(?:cho\\s+)?(?=[a-z])");

	/**
	 * "Cơ quan chủ trì: Bộ …", "Đơn vị thực hiện: …", "Chủ trì: …" written as a label
	 * inside an item or on a line of its own under it.
	 */
	private static final Pattern LABELLED_LEAD = Pattern
		.compile("(?<![a-z])(?:(?:co\\s+quan|don\\s+vi)\\s+(?:chu\\s+tri|thuc\\s+hien)|chu\\s+tri)\\s*:\\s*");

	/**
	 * A field of a task written as a record, on its own line under the item: "- Đơn vị
	 * chủ trì: Văn phòng Bộ.", "- Đơn vị phối hợp: …", "- Thời gian hoàn thành: Quý
	 * II/2026.", "- Sản phẩm: …". The item and its fields are one task.
	 */
	private static final Pattern RECORD_FIELD = Pattern
		.compile("^[ \\t]*(?:(?:" + ListMarkers.BULLET + "|\\*)[ \\t]*)?(?:"
				+ "(?:co\\s+quan|don\\s+vi)\\s+(?:chu\\s+tri|phoi\\s+hop|thuc\\s+hien)|chu\\s+tri|phoi\\s+hop"
				+ "|thoi\\s+(?:gian|han)(?:\\s+[a-z]+){0,2}|tien\\s+do(?:\\s+[a-z]+){0,2}"
				+ "|(?:du\\s+kien\\s+)?san\\s+pham(?:\\s+[a-z]+){0,2}|ket\\s+qua(?:\\s+[a-z]+){0,2}"
				+ "|(?:nguon\\s+)?kinh\\s+phi(?:\\s+[a-z]+){0,2})\\s*:");

	/** What a meeting's chair "chủ trì": the meeting itself. */
	private static final Pattern MEETING = Pattern
		.compile("\\s*(?:cuoc\\s+hop|hoi\\s+nghi|buoi\\s+lam\\s+viec|phien\\s+hop|hop)(?![a-z])");

	/**
	 * ", trong đó:" / ", trong đó chỉ đạo:" ending a list's opener that is a task itself.
	 */
	private static final Pattern IN_WHICH = Pattern.compile("\\s*,\\s*trong\\s+do(?:\\s+[a-z]+){0,3}\\s*:\\s*$");

	/** "Cơ quan phối hợp: …". */
	private static final Pattern LABELLED_COORDINATORS = Pattern
		.compile("(?<![a-z])(?:co\\s+quan|don\\s+vi)\\s+phoi\\s+hop\\s*:\\s*");

	/**
	 * The agencies a clause consists of and nothing else ("Chánh Văn phòng Ủy ban nhân
	 * dân tỉnh;"), empty when it says more.
	 */
	private Optional<List<AgencyNames.Lead>> addresseesOnly(String body, Context context) {
		String opened = LIST_OPENER.matcher(body).replaceFirst("");
		List<String> words = AgencyResolver.words(opened);
		if (words.isEmpty() || words.size() > 40
				|| !this.agencies.mayOpenAgency(words.get(head(words, 0))) && generic(words, head(words, 0)) == 0) {
			return Optional.empty();
		}
		Named named = agencyList(words, 0, context);
		// Generic addressees alone ("Thủ trưởng các cơ quan, đơn vị có liên quan;") are
		// addressees too, of no
		// agency.
		return (named.end() == words.size()) ? Optional.of(named.leads()) : Optional.empty();
	}

	/** A topic opening a clause before a colon ("Về đề xuất …:"). */
	private static final Pattern TOPIC = Pattern.compile("^\\s*(?:ve|doi\\s+voi)\\s");

	/**
	 * Qualifiers between a lead and its verb ("nêu trên", "theo chức năng, nhiệm vụ").
	 */
	private static final Pattern QUALIFIER = Pattern
		.compile("^(?:neu\\s+tren|noi\\s+tren|co\\s+lien\\s+quan|lien\\s+quan"
				+ "|(?:theo|trong\\s+pham\\s+vi|can\\s+cu)\\s+chuc\\s+nang\\s+nhiem\\s+vu(?:\\s+(?:duoc\\s+giao|cua\\s+minh))?)\\s*");

	/**
	 * Words of a clause that tell what was done, not what must be: "đã", "vừa", "đang".
	 */
	/** Words between coordinators: connectives and the places that follow a name. */
	private static final java.util.Set<String> COORDINATOR_FILLERS = java.util.Set.of("voi", "cung", "va", "cac", "cua",
			"huyen", "tinh", "xa", "phuong", "quan", "thi", "tran", "thanh", "pho", "dac", "khu", "so", "ban", "nganh",
			"don", "vi", "co", "lien", "dia", "doan", "the", "hoi", "ngang", "bo", "trung", "uong");

	/** "chỉ đạo việc xây dựng …": a closing sentence's cue besides the lead cues. */
	private static final Pattern DIRECTS_MAKING = Pattern
		.compile("(?<![a-z])chi\\s+dao\\s+(?:viec\\s+)?xay\\s+dung(?![a-z])");

	private static final Pattern PAST = Pattern.compile("^(?:da|vua|dang|duoc)\\s");

	private static final Pattern HEADING = Pattern
		.compile("^[\\s>*#]*(?:[IVX]{1,4}\\.|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.)\\s");

	/** Words that begin an agency's name ({@code extract/agency-heads.tsv}). */
	private static final List<String> AGENCY_HEADS = io.directivegraph.extract.text.DataFiles
		.rows("/extract/agency-heads.tsv")
		.stream()
		.map((row) -> row[0].strip())
		.toList();

	/**
	 * A phrase headed like an agency ("Sở ...", "Trung tâm ...") directly before "chủ
	 * trì" / "tham mưu" / "phối hợp".
	 */
	private static final Pattern UNKNOWN_AGENCY = Pattern
		.compile("(?:^|[,;:.]\\s*|\\n)\\s*(?:(?:giao|de\\s+nghi|yeu\\s+cau)\\s+(?:cho\\s+)?)?(?<agency>"
				+ WordAlternation.of(AGENCY_HEADS)
				+ "\\s+[a-z]+(?:\\s+[a-z]+){0,8}?)\\s+(?:chu\\s+tri|tham\\s+muu|phoi\\s+hop)(?![a-z])");

	/** An agency's name, as a heading of its own ("1. Công an huyện"). */
	private static final Pattern AGENCY_NAME = Pattern
		.compile("^" + WordAlternation.of(AGENCY_HEADS) + "(?:\\s+[a-z0-9&,\\-–]+){1,12}\\s*:?\\s*$");

	private static final Pattern RECURRING_START = Pattern
		.compile("^\\s*(?:dinh\\s+ky\\s+)?(?:hang|hang)\\s+(?:quy|nam|thang)\\s*,|^\\s*dinh\\s+ky\\s*,");

	private static final Pattern OPENING_PHRASE = Pattern.compile(
			"^\\s*(?:tu|tren\\s+co\\s+s[a-z0-9]{0,2}|can\\s+cu|hang\\s+nam|dinh\\s+ky|trong|den|sau\\s+khi|truoc)\\b[^,;.]{0,200},\\s*");

	/**
	 * Sentences that finish the one before: its deadline ("Thời gian hoàn thành …") or
	 * its labelled lead, coordinators, product ("Cơ quan chủ trì: …").
	 */
	private static final Pattern DEADLINE_SENTENCE = Pattern
		.compile("^(?:thoi\\s+gian\\s+(?:hoan\\s+thanh|thuc\\s+hien|trinh)|thoi\\s+han|hoan\\s+thanh\\s+trong"
				+ "|(?:co\\s+quan|don\\s+vi)\\s+(?:chu\\s+tri|phoi\\s+hop)|san\\s+pham)");

	/**
	 * A clause ending with a label's colon ("Cơ quan chủ trì:"): what follows is its
	 * value.
	 */
	private static final Pattern LABEL_END = Pattern
		.compile("(?:chu\\s+tri|phoi\\s+hop|thoi\\s+gian(?:\\s+[a-z]+){0,2}|thoi\\s+han|san\\s+pham)\\s*:\\s*$");

	private static final Pattern END_OF_LIST = Pattern.compile("^\\s*(?:noi\\s+nhan|t/m|bi\\s+thu|kt\\.)");

	private static final Pattern MARKER = Pattern
		.compile("^" + ListMarkers.MARKUP + "(?:" + ListMarkers.ARTICLE + "|[IVXivx]{1,4}\\.|" + ListMarkers.ARABIC
				+ "\\.?|" + ListMarkers.PAREN + "|" + ListMarkers.LETTER + ")\\s*");

	private final AgencyResolver agencies;

	private final Pattern output;

	private final Pattern kindAtStart;

	private final Pattern ownedOutput;

	private final Pattern secondOutput;

	private final DocumentKinds kinds;

	/**
	 * The issuing sentence of a document: "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực
	 * hiện … như sau:", "Ban Thường vụ Tỉnh ủy đề ra Chương trình hành động …:", "Phó Thủ
	 * tướng kết luận như sau:", and a meeting's assessment ("Chủ tịch Ủy ban nhân dân
	 * thành phố đánh giá như sau:", the state of things, not work). It names the issuer
	 * or the chair, not the lead of what follows.
	 */
	private final Pattern issuing;

	private final io.directivegraph.extract.citation.Provinces provinces;

	private final AgencyNames names;

	public TaskFinder(AgencyResolver agencies, DocumentKinds kinds,
			io.directivegraph.extract.citation.Provinces provinces) {
		this.agencies = agencies;
		this.provinces = provinces;
		this.names = new AgencyNames(provinces);
		this.kinds = kinds;
		String words = kinds.wordPattern();
		this.issuing = Pattern.compile("(?<![a-z])(?:(?:ban\\s+hanh|de\\s+ra|xay\\s+dung|trien\\s+khai)\\s+(?:" + words
				+ ")(?![a-z])[^:;]{0,400}?(?:nhu\\s+sau|sau\\s+day|voi\\s+(?:cac|nhung)\\s+noi\\s+dung\\s+(?:chu\\s+yeu\\s+)?sau)"
				+ "|(?:ket\\s+luan|chi\\s+dao|chi\\s+thi|quyet\\s+nghi|thong\\s+bao|danh\\s+gia|nhan\\s+dinh)(?:\\s+[a-z]+){0,3}?"
				+ "\\s+nhu\\s+sau)\\s*:?\\s*$");
		this.output = Pattern.compile("(?<![a-z])(?:xay\\s+dung|ban\\s+hanh|hoan\\s+thien|de\\s+xuat|soan\\s+thao)"
				+ "(?:\\s+(?:va\\s+)?(?:trien\\s+khai|ban\\s+hanh|thuc\\s+hien))?\\s*:?\\s+(?<kw>" + words
				+ ")(?![a-z])");
		this.secondOutput = Pattern.compile("\\s+va\\s+(?<kw>" + words + ")(?![a-z])");
		this.ownedOutput = Pattern
			.compile("^\\s*(?:xay\\s+dung|ban\\s+hanh|hoan\\s+thien)(?:\\s+va\\s+ban\\s+hanh)?\\s+(?:" + words
					+ ")(?:\\s+[a-z]+){0,6}?\\s+" + OcrWords.alternation("cua") + "\\s+");
		this.kindAtStart = Pattern.compile("^\\s*(?:hoan\\s+thien\\s+|xay\\s+dung\\s+)?(?<kw>" + words + ")(?![a-z])");
	}

	private record Clause(int start, int end) {
	}

	/**
	 * @param masked the folded text with the citations blanked out, so that their dates
	 * are not read as deadlines
	 * @param narrative whether the document reports results (a Báo cáo): its sentences
	 * opened by an agency tell what was done, so only explicit assignments with a
	 * deadline count
	 */
	public List<Task> find(SourceText source, CharSequence masked, Part part, Outline outline, boolean narrative,
			java.util.BitSet skipLines, String jurisdiction) {
		List<Task> tasks = new ArrayList<>();
		// Only text that lost its diacritics to OCR has its agency names repaired by
		// similarity.
		Context context = new Context(source.scanned(),
				io.directivegraph.extract.structure.HeaderReader.NATIONAL.equals(jurisdiction));
		List<Clause> clauses = mergeDeadlineSentences(clauses(source, part), masked);
		int recipients = recipientsLine(source, part);
		int recipientsEnd = recipientsEnd(source, part, recipients);
		// "I. Đối với Ủy ban nhân dân tỉnh", "2. Sở Tài chính": a heading naming the lead
		// of the items under it,
		// and the depth of that heading in the outline.
		AgencyNames.Lead sectionLead = null;
		int sectionDepth = 0;
		List<AgencyNames.Lead> pending = new ArrayList<>();
		for (int i = 0; i < clauses.size(); i++) {
			Clause clause = clauses.get(i);
			int clauseLine = source.lineOf(clause.start());
			// The header (above the kind title) and the distribution list ("Nơi nhận:")
			// assign nothing.
			if (clauseLine <= part.titleLine() || clauseLine >= recipients && clauseLine <= recipientsEnd
					|| skipLines.get(clauseLine) || skipLines.get(source.lineOf(clause.end() - 1))) {
				continue;
			}
			String text = masked.subSequence(clause.start(), clause.end()).toString();
			// The clause without its enumerator ("(1.1)", "a)", "-").
			String body = withoutMarker(text);
			String plainClause = source.plain().substring(clause.start(), clause.end());
			if (isHeading(plainClause)) {
				// The heading's own line (a clause may start on the blank line before
				// it).
				int depth = depth(outline.path(source.lineOf(firstLetter(masked, clause.start()))));
				// Only a numbered heading or one addressing an agency ("Đối với …") names
				// a lead: a line of
				// capitals may be the issuer's name above the preamble. A heading naming
				// an agency leads what is
				// under it; any other heading of the same or a higher level ends the
				// section of the one before.
				boolean addressing = !narrative && (!text.equals(body) || HEADING_ADDRESS.matcher(body).lookingAt());
				AgencyNames.Lead named = addressing ? headingLead(body, context) : null;
				if (named == null && addressing) {
					named = unknownHeadingLead(body, plainClause);
				}
				if (named != null || depth <= sectionDepth) {
					sectionLead = named;
					sectionDepth = depth;
				}
				continue;
			}
			if (sectionLead != null && NUMBERED.matcher(plainClause).lookingAt()
					&& depth(outline.path(source.lineOf(firstLetter(masked, clause.start())))) <= sectionDepth) {
				// "3. Tổ chức sơ kết …" after "1. Sở Tài chính" and its items: a sibling
				// of the heading, not one
				// of its items.
				sectionLead = null;
			}
			if (mayBeIssuing(body) && this.issuing.matcher(body.strip()).find()) {
				continue;
			}
			// "Chánh Văn phòng …; Giám đốc các sở: …; Chủ tịch … chịu trách nhiệm thi
			// hành": addressees
			// separated by semicolons in one sentence share its verb.
			String ending = text.stripTrailing();
			Optional<List<AgencyNames.Lead>> addressees = (narrative || !ending.endsWith(";") && !ending.endsWith(":"))
					? Optional.empty() : addresseesOnly(body, context);
			if (addressees.isPresent() && text.stripTrailing().endsWith(";") && !endsLine(source.plain(), clause.end())
					&& (!pending.isEmpty() || startsLine(source.plain(), clause.start()))) {
				// A chain of addressees starts a line ("Chánh Văn phòng …; Giám đốc …;");
				// an
				// agency between semicolons inside a narrative sentence ("Tham dự có …;
				// Văn
				// phòng Chính phủ; …") is no addressee.
				pending.addAll(addressees.get());
				continue;
			}
			if (addressees.isPresent() && addressees.get().isEmpty() && text.stripTrailing().endsWith(":")) {
				// "2. Các cơ quan, đơn vị có liên quan:": a list of no agency's.
				sectionLead = null;
			}
			List<AgencyNames.Lead> leads = namedPlaces(leads(text, body, plainClause, narrative, context), text,
					plainClause, context.ocr());
			if (!pending.isEmpty()) {
				if (!leads.isEmpty()) {
					List<AgencyNames.Lead> all = new ArrayList<>(pending);
					all.addAll(leads);
					leads = all;
				}
				pending.clear();
			}
			if (leads.isEmpty() && sectionLead != null && !PREAMBLE_CLAUSE.matcher(body).lookingAt()
					&& (!text.equals(body) || startsWithTaskVerb(
							String.join(" ", AgencyResolver.words(body.substring(0, Math.min(body.length(), 60)))),
							false))) {
				leads = List.of(sectionLead.withCoordinators(coordinators(text)));
			}
			// "Bộ Xây dựng:" at the end of its line opens a list of what it must do; "các
			// tỉnh, thành phố: Lào
			// Cai, Phú Thọ …" inside a sentence does not.
			boolean opensList = text.stripTrailing().endsWith(":") && endsLine(source.plain(), clause.end());
			if (opensList && leads.isEmpty() && !narrative) {
				// "1. Vụ Kế hoạch - Tài chính:", "Sở Y tế các tỉnh, thành phố trực thuộc
				// trung
				// ương:": a name outside the gazetteer labelling a list, kept as written.
				AgencyNames.Lead label = qualifiedCollective(body, plainClause, context);
				if (label == null) {
					label = unknownHeadingLead(body, plainClause);
				}
				if (label != null) {
					leads = List.of(label);
				}
			}
			// "Định kỳ hàng quý, ... báo cáo ...": a recurring obligation, even when no
			// single agency owns it.
			boolean recurring = RECURRING_START.matcher(body).lookingAt();
			// Without a lead or a recurrence only a clause that insists on completion
			// counts: that is checked
			// before its deadline is read.
			boolean unowned = leads.isEmpty() && !recurring;
			if (unowned && (!STRONG_COMPLETION.foundIn(text) || STATE_OF_WORK.matcher(text).find())) {
				continue;
			}
			Due due = Deadlines.due(text);
			if (unowned && due == null) {
				continue;
			}
			if (narrative && due == null) {
				continue;
			}
			int line = source.lineOf(firstLetter(masked, clause.start()));
			if (opensList && !leads.isEmpty()) {
				// "Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết,
				// trong đó
				// chỉ đạo:": the opener is a task of its own before the list details it.
				Matcher detailed = IN_WHICH.matcher(text);
				int before = tasks.size();
				int added = items(source, masked, clauses, i + 1, leads, due, outline, tasks, context);
				if (added > 0) {
					if (detailed.find()) {
						String own = clean(source.span(clause.start(), clause.start() + detailed.start()));
						if (!own.isEmpty()
								&& startsWithTaskVerb(String.join(" ",
										AgencyResolver.words(withoutMarker(text.substring(0, detailed.start())))),
										false)
								|| !own.isEmpty() && ASSIGNING.matcher(withoutMarker(text).strip()).lookingAt()) {
							List<Task> opener = new ArrayList<>();
							for (AgencyNames.Lead lead : leads) {
								opener.add(new Task(own, lead.name(), lead.known(), lead.jurisdiction(),
										lead.coordinating(), due, Deadlines.recurrence(text), output(text, own),
										outline.path(line), line)
									.through(lastLine(source, clause.start(), clause.start() + detailed.start())));
							}
							tasks.addAll(before, opener);
						}
					}
					i += added;
					continue;
				}
			}
			String title = title(source, clause, line, outline, text, part, context);
			if (title.isEmpty()) {
				continue;
			}
			String recurrence = Deadlines.recurrence(text);
			if (leads.isEmpty()) {
				tasks.add(new Task(title, null, true, null, List.of(), due, recurrence, output(text, title),
						outline.path(line), line)
					.through(lastLine(source, clause.start(), clause.end())));
			}
			List<String> outputs = outputs(text, title);
			for (AgencyNames.Lead lead : leads) {
				for (String output : outputs) {
					tasks.add(new Task(title, lead.name(), lead.known(), lead.jurisdiction(), lead.coordinating(), due,
							recurrence, output, outline.path(line), line)
						.through(lastLine(source, clause.start(), clause.end())));
				}
			}
		}
		return tasks;
	}

	/**
	 * Sub-items following a clause that ends with ':' and names the lead: one task each,
	 * until the next numbered heading. Items may be enumerated ("(1.1)", "-", "a)") or
	 * plain sentences.
	 */
	private int items(SourceText source, CharSequence masked, List<Clause> clauses, int from,
			List<AgencyNames.Lead> listLeads, Due sharedDue, Outline outline, List<Task> tasks, Context context) {
		int added = 0;
		int last = from - 1;
		String kind = null;
		int unmarked = 0;
		for (int j = from; j < clauses.size() && added < 15; j++) {
			Clause item = clauses.get(j);
			String plain = source.plain().substring(item.start(), item.end());
			String text = masked.subSequence(item.start(), item.end()).toString();
			String marker = markerKind(plain);
			if (j == from) {
				kind = marker;
			}
			if (j > from && marker == null && text.stripTrailing().endsWith(":") && !isHeading(plain)
					&& !END_OF_LIST.matcher(text).lookingAt() && !NUMBERED.matcher(plain).lookingAt()
					&& unknownHeadingLead(withoutMarker(text), plain) == null
					&& leads(text, withoutMarker(text), plain, false, context, false).isEmpty()) {
				// "Đồng thời, thực hiện các nhiệm vụ sau:" inside an agency's list: the
				// items after it are still that agency's.
				last = j;
				continue;
			}
			if (END_OF_LIST.matcher(text).lookingAt() || marker == null && HEADING.matcher(plain).lookingAt()
					|| isHeading(plain) || j > from && text.stripTrailing().endsWith(":")) {
				break;
			}
			if (kind != null && !kind.equals(marker)) {
				// An unmarked clause continues the previous item, unless the list is
				// clearly over.
				if (marker != null || ++unmarked > 2) {
					break;
				}
				last = j;
				continue;
			}
			unmarked = 0;
			Due due = Deadlines.due(text);
			int line = source.lineOf(firstLetter(masked, item.start()));
			String title = withoutLead(
					TaskTitles.withoutDeadline(TaskTitles.withoutBullet(clean(source.span(item.start(), item.end())))),
					context);
			last = j;
			if (title.isEmpty()) {
				continue;
			}
			// An item naming its own lead ("c) Bộ Khoa học và Công nghệ chủ trì …" under
			// "1. Các bộ, cơ quan
			// ngang bộ:") is that agency's; else the list's. An item names its own
			// coordinators; the list's are
			// those of its opening clause.
			List<AgencyNames.Lead> own = namedPlaces(leads(text, withoutMarker(text), plain, false, context, false),
					text, plain, context.ocr());
			List<String> coordinating = coordinators(text);
			for (AgencyNames.Lead lead : own.isEmpty() ? listLeads : own) {
				tasks.add(new Task(title, lead.name(), lead.known(), lead.jurisdiction(),
						coordinating.isEmpty() ? lead.coordinating() : coordinating, (due != null) ? due : sharedDue,
						Deadlines.recurrence(text), output(text, title), outline.path(line), line)
					.through(lastLine(source, item.start(), item.end())));
			}
			added++;
		}
		return (added == 0) ? 0 : last - from + 1;
	}

	/**
	 * The line of the last letter or digit of a span: the last line a task is read from.
	 */
	private static int lastLine(SourceText source, int start, int end) {
		String plain = source.plain();
		int at = Math.min(end, plain.length()) - 1;
		while (at > start && !Character.isLetterOrDigit(plain.charAt(at))) {
			at--;
		}
		return source.lineOf(Math.max(at, start));
	}

	/**
	 * A heading, never a task: a line of capitals ("MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ VÀ
	 * GIẢI PHÁP"), or a short numbered line without a sentence's end ("1. Cải cách thể
	 * chế", "a) Về thể chế").
	 */
	static boolean isHeading(String plain) {
		String line = plain.strip();
		String body = withoutMarker(line).strip();
		if (body.codePoints().noneMatch(Character::isLetter)) {
			return true;
		}
		if (io.directivegraph.extract.text.Folding.mostlyCapitals(body, 4, 90)) {
			return true;
		}
		// A short line only (the end-anchored test tries every position of its text).
		// "5. Sở Nông nghiệp và" over "Môi trường chủ trì …" is a name broken over two
		// lines, not a heading.
		return !body.contains("\n") && MARKER.matcher(line).lookingAt() && body.length() <= 80 && !body.endsWith(".")
				&& !body.endsWith(";") && !body.endsWith(":") && body.split("\\s+").length <= 14
				&& !CONTINUED.matcher(io.directivegraph.extract.text.Folding.fold(body)).find()
				&& !LEAD_CUE.foundIn(io.directivegraph.extract.text.Folding.fold(body))
				&& !STRONG_COMPLETION.foundIn(io.directivegraph.extract.text.Folding.fold(body));
	}

	/**
	 * The kind of list marker opening a clause ("(1.1)", "(1)", "-", "+", "a)"), or null
	 * for none.
	 */
	private static String markerKind(String plain) {
		String s = plain.stripLeading();
		if (PAREN2.matcher(s).lookingAt()) {
			return "paren2";
		}
		if (PAREN1.matcher(s).lookingAt()) {
			return "paren1";
		}
		if (s.startsWith("-") || s.startsWith("–") || s.startsWith("•")) {
			return "dash";
		}
		if (s.startsWith("+")) {
			return "plus";
		}
		if (LETTER.matcher(s).lookingAt()) {
			return "letter";
		}
		return null;
	}

	private static final Pattern PAREN2 = Pattern.compile("\\(\\d{1,2}[.;,:]\\d{1,2}\\)");

	private static final Pattern PAREN1 = Pattern.compile("\\(\\d{1,2}\\)");

	private static final Pattern LETTER = Pattern.compile("[a-zđ]\\)\\s");

	/**
	 * The text without the enumerator opening it ("(1.1)", "a)", "-", "II."): what
	 * {@code MARKER.matcher(text).replaceFirst("")} gives, the marker being anchored at
	 * the start.
	 */
	private static String withoutMarker(String text) {
		Matcher m = MARKER.matcher(text);
		return m.lookingAt() ? text.substring(m.end()) : text;
	}

	private static int firstLetter(CharSequence folded, int offset) {
		int i = offset;
		while (i < folded.length() && !Character.isLetterOrDigit(folded.charAt(i)) && folded.charAt(i) != '(') {
			i++;
		}
		return i;
	}

	/**
	 * What a clause is read against: OCR text or clean, a national document or not, and
	 * the units the clause names by their own name ("Ủy ban nhân dân thành phố Thủ Đức":
	 * folded name words to the name as written).
	 */
	private record Context(boolean ocr, boolean national, Map<List<String>, String> places,
			Map<List<String>, Named> lists, Map<List<String>, Optional<Match>> prefixes,
			Map<List<String>, Optional<Match>> suffixes) {

		/**
		 * A document's context: in OCR text, the repaired lookups of agency names are
		 * memoised for the document (the same words are read at many clause starts, and
		 * each repair compares them with many forms by similarity).
		 */
		Context(boolean ocr, boolean national) {
			this(ocr, national, Map.of(), Map.of(), ocr ? new java.util.HashMap<>() : Map.of(),
					ocr ? new java.util.HashMap<>() : Map.of());
		}

		/**
		 * The context of one clause: its named units, and the agency lists read from its
		 * words (the opening agencies are read by several rules; in OCR text each read
		 * repairs spelling by similarity, which is dear).
		 */
		Context with(Map<List<String>, String> places) {
			return new Context(this.ocr, this.national, places, new java.util.HashMap<>(), this.prefixes,
					this.suffixes);
		}

	}

	/** The units named by their own name in a clause, which are no province's body. */
	private Map<List<String>, String> places(String clause, String plainClause, boolean ocr) {
		Map<List<String>, String> places = new java.util.HashMap<>();
		for (NamedUnit unit : namedUnits(clause, plainClause, ocr)) {
			places.put(unit.name(), unit.surface());
		}
		return places;
	}

	/**
	 * A unit named by its own name after a generic one: "Ủy ban nhân dân thành phố Thủ
	 * Đức" (surface), "thu duc" (name), "uy ban nhan dan thanh pho" (generic).
	 */
	private record NamedUnit(String surface, List<String> name, String generic) {
	}

	private static final Pattern UNIT_NAMED = Pattern.compile("(?<![a-z])(?<body>uy\\s+ban\\s+nhan\\s+dan|ubnd"
			+ "|hoi\\s+dong\\s+nhan\\s+dan|hdnd|cong\\s+an)[ \\t]+(?<unit>thanh\\s+pho|tinh|huyen|quan|thi\\s+xa|xa|phuong"
			+ "|dac\\s+khu)" + "[ \\t]+(?=[a-z])");

	/**
	 * The units of a clause named by their own name (capitals after "thành phố", "tỉnh",
	 * "phường" …), provinces aside: read on the folded clause, their capitals on the
	 * plain one.
	 */
	private List<NamedUnit> namedUnits(String clause, String plainClause, boolean ocr) {
		// OCR text keeps no reliable capitals: no unit is read by its name there.
		if (ocr || !clause.contains("uy ban") && !clause.contains("ubnd") && !clause.contains("hdnd")
				&& !clause.contains("hoi dong") && !clause.contains("cong an")) {
			return List.of();
		}
		List<NamedUnit> units = new ArrayList<>();
		Matcher m = UNIT_NAMED.matcher(clause);
		while (m.find()) {
			// The capitalised words after the unit word: the unit's own name.
			int end = m.end();
			int words = 0;
			int i = m.end();
			while (i < plainClause.length() && words < 4 && Character.isUpperCase(plainClause.charAt(i))) {
				int w = i;
				while (w < plainClause.length() && Character.isLetter(plainClause.charAt(w))) {
					w++;
				}
				end = w;
				words++;
				i = w;
				while (i < plainClause.length() && (plainClause.charAt(i) == ' ' || plainClause.charAt(i) == '\t')) {
					i++;
				}
			}
			if (words == 0) {
				continue;
			}
			String name = plainClause.substring(m.end(), end);
			if (this.provinces.unit(name).isPresent()) {
				continue;
			}
			// The name as written, its body's abbreviation spelt out ("UBND phường Đồng
			// Hới"
			// is "Ủy ban nhân dân phường Đồng Hới").
			String surface = plainClause.substring(m.start(), end).replaceAll("\\s+", " ").strip();
			surface = surface.replaceFirst("^UBND ", "Ủy ban nhân dân ").replaceFirst("^HĐND ", "Hội đồng nhân dân ");
			units.add(new NamedUnit(surface, AgencyResolver.words(clause.substring(m.end(), end)),
					expand(Gazetteer.key(m.group("body") + " " + m.group("unit")))));
		}
		return units;
	}

	private List<AgencyNames.Lead> leads(String clause, String body, String plainClause, boolean narrative,
			Context documentContext) {
		return leads(clause, body, plainClause, narrative, documentContext, true);
	}

	/**
	 * @param byProduct whether the body that will issue the document a clause asks for
	 * may be its owner ("Xây dựng Chỉ thị của Ban Thường vụ Tỉnh ủy"); not for an item of
	 * a list, whose owner the list names
	 */
	private List<AgencyNames.Lead> leads(String clause, String body, String plainClause, boolean narrative,
			Context documentContext, boolean byProduct) {
		// "Về đề xuất …: Giao Bộ Xây dựng chủ trì …": the topic before the colon names no
		// one; the sentence after it is read on its own.
		int colon = body.indexOf(':');
		if (colon > 0 && TOPIC.matcher(body).lookingAt() && colon + 1 < body.length()) {
			int cut = clause.length() - body.length() + colon + 1;
			return leads(clause.substring(cut), body.substring(colon + 1), plainClause.substring(cut), narrative,
					documentContext, byProduct);
		}
		Context context = documentContext.with(places(clause, plainClause, documentContext.ocr()));
		java.util.function.Supplier<List<String>> coordinators = () -> coordinators(clause);
		// "Giao Bộ Y tế …", "Đề nghị Ủy ban Trung ương Mặt trận …", "Chính phủ yêu cầu
		// các bộ, … bám sát …": the
		// agencies named after the order.
		String opened = LIST_OPENER.matcher(body).replaceFirst("");
		String head = opened.substring(0, Math.min(opened.length(), 400));
		boolean ordering = (head.contains("giao") || head.contains("de nghi") || head.contains("yeu cau"))
				&& ORDERING.matcher(head).find();
		List<String> words = ordering ? AgencyResolver.words(head) : List.of();
		int assigned = ordering ? assignedFrom(opened, words, context) : -1;
		if (assigned >= 0) {
			List<AgencyNames.Lead> named = agencyList(words, assigned, context).leads();
			if (!named.isEmpty()) {
				return withCoordinators(named, coordinators);
			}
		}
		// "Đảng ủy Công an tỉnh lãnh đạo Công an tỉnh phối hợp với …": the agency that
		// leads and directs is the
		// lead, not the one it directs.
		if (!narrative) {
			List<AgencyNames.Lead> directing = directing(body, context);
			if (!directing.isEmpty()) {
				return withCoordinators(directing, coordinators);
			}
		}
		// "Cơ quan chủ trì: Bộ Nông nghiệp và Môi trường".
		Matcher labelled = LABELLED_LEAD.matcher(clause);
		if (clause.indexOf(':') >= 0 && (clause.contains("chu tri") || clause.contains("thuc hien"))
				&& labelled.find()) {
			List<AgencyNames.Lead> named = labelledLeads(clause, plainClause, labelled.end(), context);
			if (!named.isEmpty()) {
				return withCoordinators(named, coordinators);
			}
		}
		PatternScan.Scan cue = LEAD_CUE.in(clause);
		boolean cued = false;
		while (cue.find()) {
			cued = true;
			// From the start of the clause when it is near: then several agencies before
			// the cue are all leads.
			int from = (cue.start() <= 300) ? 0 : cue.start() - 200;
			// "… báo cáo Ban Thường vụ Thành ủy; tham mưu sơ kết …": the agencies of a
			// cue are in its own part of the sentence, not the object of the part before.
			int part = clause.lastIndexOf(';', cue.start());
			if (part >= from) {
				from = part + 1;
			}
			List<String> before = AgencyResolver
				.words(LIST_OPENER.matcher(withoutMarker(clause.substring(from, cue.start()))).replaceFirst(""));
			if (subUnitBefore(before, context)) {
				// "Thanh tra Bộ Y tế chủ trì": a unit of the agency, not the agency.
				break;
			}
			if (MEETING.matcher(clause).region(cue.end(), clause.length()).lookingAt()) {
				// "… chủ trì cuộc họp": who chaired a meeting, not who leads a task.
				continue;
			}
			boolean weakCue = clause.startsWith("phoi", cue.start());
			List<AgencyNames.Lead> named = agenciesEnding(before, context, weakCue);
			if (from > 0 && named.size() > 1) {
				named = named.subList(named.size() - 1, named.size());
			}
			if (!named.isEmpty()) {
				return withCoordinators(named, coordinators);
			}
		}
		// An agency the gazetteer does not know is still the lead: reported as written,
		// flagged unknown. The
		// clause without its enumerator: "a) Phòng Tổ chức cán bộ chủ trì …".
		int shift = clause.length() - body.length();
		Matcher unknown = UNKNOWN_AGENCY.matcher(body);
		if (cued && !narrative && unknown.find()) {
			String surface = plainClause.substring(shift + unknown.start("agency"), shift + unknown.end("agency"))
				.replaceAll("\\s+", " ")
				.strip();
			// A name is written with a capital: "bảo đảm sự …" is not "Báo …".
			if (!surface.isEmpty() && Character.isUpperCase(surface.charAt(0))) {
				return List.of(new AgencyNames.Lead(surface, false, coordinators.get(), null));
			}
		}
		if (narrative || opensWithCitation(clause, plainClause)
				|| clause.contains("ban hanh") && ISSUED.matcher(clause).find()) {
			// "Nghị quyết số 281/NQ-CP … của Chính phủ ban hành Chương trình …", "Chính
			// phủ
			// ban hành Nghị quyết số 138/NQ-CP …": what a cited document is or did, not
			// an
			// obligation.
			return List.of();
		}
		List<AgencyNames.Lead> opening = opening(body, context);
		if (opening.isEmpty()) {
			opening = unknownOpening(clause, body, plainClause);
		}
		return withCoordinators(opening.isEmpty() && byProduct ? owner(body, context) : opening, coordinators);
	}

	/** "ban hành" followed by a cited (masked) document: an issue that happened. */
	private static final Pattern ISSUED = Pattern.compile("(?<![a-z])(?:da\\s+)?ban\\s+hanh\\s{4,}");

	/**
	 * Whether the clause opens with a citation (blanked in the masked text): its subject
	 * is the cited document.
	 */
	private static boolean opensWithCitation(String clause, String plainClause) {
		int masked = 0;
		while (masked < clause.length() && !Character.isLetterOrDigit(clause.charAt(masked))) {
			masked++;
		}
		int plain = 0;
		while (plain < plainClause.length() && !Character.isLetterOrDigit(plainClause.charAt(plain))) {
			plain++;
		}
		return masked != plain;
	}

	/** An agency's name outside the gazetteer opening a clause, up to its verb. */
	private static final Pattern UNKNOWN_OPENING = Pattern.compile("^(?<agency>" + WordAlternation.of(AGENCY_HEADS)
			+ "(?:\\s+(?:[a-z0-9&]+|[-–](?=\\s)(?!\\s+[a-z]+\\s+[-–]))){1,10}?)\\s+(?="
			// "đưa" ends no name: "Vụ … Thi đua, khen thưởng" folds to the same word.
			+ WordAlternation.of(TASK_VERBS.stream().filter((v) -> !v.equals("dua")).toList()) + "(?![a-z]))");

	/**
	 * "Ngân hàng Chính sách xã hội chi nhánh tỉnh đẩy nhanh giải ngân …", "Phòng Tư pháp
	 * rà soát …": a name the gazetteer does not know, kept as written and flagged
	 * unknown. Agencies' names are written with capitals, the word after the head too
	 * ("Phòng Tư pháp", not "Phòng, chống"; "Vụ Kế hoạch", not "Vụ việc").
	 */
	private List<AgencyNames.Lead> unknownOpening(String clause, String body, String plainClause) {
		String opened = LIST_OPENER.matcher(body).replaceFirst("");
		if (startsWithTaskVerb(opened.strip(), false)) {
			return List.of();
		}
		Matcher m = UNKNOWN_OPENING.matcher(opened);
		// A known agency followed by a verb outside the list ("Ủy ban Kiểm tra Trung ương
		// đưa …") is not an
		// unknown one named "Ủy ban Kiểm tra Trung ương đưa".
		if (!m.lookingAt() || this.agencies.prefix(AgencyResolver.words(m.group("agency")))
			.filter((a) -> a.words() >= 2)
			.isPresent()) {
			return List.of();
		}
		int shift = clause.length() - opened.length();
		int verb = shift + m.end("agency");
		while (verb < plainClause.length() && !Character.isLetter(plainClause.charAt(verb))) {
			verb++;
		}
		if (verb < plainClause.length() && Character.isUpperCase(plainClause.charAt(verb))) {
			// "Văn phòng Ban Chỉ đạo …": a capital is a name's, not a verb's.
			return List.of();
		}
		String surface = plainClause.substring(shift + m.start("agency"), shift + m.end("agency"))
			.replaceAll("\\s+", " ")
			.strip();
		String[] words = surface.split(" ");
		if (words.length < 2 || !Character.isUpperCase(words[0].charAt(0))) {
			return List.of();
		}
		// The first word after the head: "Ngân hàng Chính sách" has a two-word head.
		int head = AGENCY_HEADS.stream()
			.filter((h) -> m.group("agency").startsWith(h + " "))
			.mapToInt((h) -> h.split(" ").length)
			.max()
			.orElse(1);
		if (head >= words.length || !Character.isUpperCase(words[head].charAt(0))) {
			return List.of();
		}
		return List.of(new AgencyNames.Lead(surface.replaceAll("[,;:]+$", ""), false, List.of(), null));
	}

	private static final Pattern DIRECTS = Pattern.compile("^(?:lanh\\s+dao|chi\\s+dao)(?![a-z])");

	/** The agencies opening the clause when they "lãnh đạo" or "chỉ đạo" what follows. */
	private List<AgencyNames.Lead> directing(String body, Context context) {
		int limit = Math.min(body.length(), 400);
		if (body.lastIndexOf("dao", limit) < 0) {
			// Neither "lãnh đạo" nor "chỉ đạo" near the start.
			return List.of();
		}
		String opened = PARENTHESES.matcher(LIST_OPENER.matcher(body).replaceFirst("")).replaceAll(" ");
		List<String> words = AgencyResolver.words(opened.substring(0, Math.min(opened.length(), 400)));
		if (words.isEmpty() || !this.agencies.mayOpenAgency(words.get(0))) {
			return List.of();
		}
		Named named = agencyList(words, 0, context);
		if (named.leads().isEmpty() || endsAtSemicolon(opened, named.end())) {
			return List.of();
		}
		String rest = String.join(" ", words.subList(named.end(), words.size()));
		return DIRECTS.matcher(rest).lookingAt() ? named.leads() : List.of();
	}

	private static List<AgencyNames.Lead> withCoordinators(List<AgencyNames.Lead> leads,
			java.util.function.Supplier<List<String>> coordinators) {
		if (leads.isEmpty()) {
			return leads;
		}
		List<String> names = coordinators.get();
		return leads.stream().map((l) -> l.withCoordinators(names)).toList();
	}

	private static final Pattern PREAMBLE_CLAUSE = Pattern.compile("^\\s*(?:can\\s+cu|xet\\s|theo\\s+de\\s+nghi)");

	private static final Pattern HEADING_ADDRESS = Pattern
		.compile("^\\s*(?:doi\\s+voi|giao|trach\\s+nhiem\\s+cua|de\\s+nghi)\\s+");

	/**
	 * The one agency a heading names as the lead of what follows ("Đối với Ủy ban nhân
	 * dân tỉnh", "Giao Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "Sở Tài chính"),
	 * or null: the heading must be that name and nothing else.
	 */
	private AgencyNames.Lead headingLead(String body, Context context) {
		String folded = HEADING_ADDRESS.matcher(LIST_OPENER.matcher(body).replaceFirst("")).replaceFirst("");
		List<String> words = AgencyResolver.words(folded);
		Named named = agencyList(words, 0, context);
		if (named.leads().size() == 1 && named.end() == words.size()) {
			return named.leads().get(0);
		}
		return null;
	}

	/**
	 * The leads a label names ("Đơn vị chủ trì: Văn phòng Bộ; Trung tâm Công nghệ thông
	 * tin."): every one when the value is nothing but names, known or kept as written;
	 * else the first known agency it starts with ("Cơ quan chủ trì: Bộ Y tế; thời gian
	 * trình: quý IV/2026").
	 */
	private List<AgencyNames.Lead> labelledLeads(String clause, String plainClause, int from, Context context) {
		int end = from;
		while (end < clause.length() && clause.charAt(end) != '\n' && !(clause.charAt(end) == '.'
				&& (end + 1 == clause.length() || clause.charAt(end + 1) == ' ' || clause.charAt(end + 1) == '\n'))) {
			end++;
		}
		List<AgencyNames.Lead> all = new ArrayList<>();
		int partStart = from;
		for (int i = from; i <= end; i++) {
			if (i < end && clause.charAt(i) != ';') {
				continue;
			}
			String part = clause.substring(partStart, i);
			List<String> words = AgencyResolver.words(part);
			Named named = words.isEmpty() ? null : agencyList(words, 0, context);
			if (named != null && !named.leads().isEmpty() && named.end() == words.size()) {
				all.addAll(named.leads());
			}
			else {
				AgencyNames.Lead asWritten = words.isEmpty() ? null
						: unknownHeadingLead(part.strip(), plainClause.substring(partStart, i).strip());
				if (asWritten == null) {
					all.clear();
					break;
				}
				all.add(asWritten);
			}
			partStart = i + 1;
		}
		if (!all.isEmpty()) {
			return all;
		}
		List<AgencyNames.Lead> first = agencyList(AgencyResolver.words(clause.substring(from)), 0, context).leads();
		return first.isEmpty() ? first : first.subList(0, 1);
	}

	/**
	 * "4. Ủy ban nhân dân các xã, phường, đặc khu ven biển:": a collective addressee
	 * narrowed by words without a capital (no proper name) is still that collective; null
	 * when the label is anything else.
	 */
	private AgencyNames.Lead qualifiedCollective(String body, String plainClause, Context context) {
		String opened = LIST_OPENER.matcher(body).replaceFirst("");
		List<String> words = AgencyResolver.words(opened);
		Named named = agencyList(words, 0, context);
		if (named.leads().size() != 1 || named.end() == 0 || named.end() >= words.size()) {
			return null;
		}
		AgencyNames.Lead lead = named.leads().get(0);
		Gazetteer.Agency agency = this.agencies.gazetteer().byName(lead.name());
		if (agency == null || !"COLLECTIVE".equals(agency.kind()) || words.size() - named.end() > 6) {
			return null;
		}
		// The words after the name, found again in the plain text from its end.
		String plain = withoutMarker(plainClause).strip();
		int from = plain.length();
		for (int w = words.size() - named.end(); w > 0 && from > 0; w--) {
			from = plain.lastIndexOf(' ', from - 1);
			if (from < 0) {
				return null;
			}
		}
		return plain.substring(from).codePoints().anyMatch(Character::isUpperCase) ? null : lead;
	}

	/**
	 * A heading that is an agency's name the gazetteer does not know ("1. Công an huyện",
	 * "Phòng Tư pháp"): that name as written, unknown.
	 */
	private static AgencyNames.Lead unknownHeadingLead(String body, String plainClause) {
		String folded = LIST_OPENER.matcher(body).replaceFirst("").strip();
		if (!AGENCY_NAME.matcher(folded).matches()) {
			return null;
		}
		String plain = withoutMarker(plainClause.strip()).strip().replaceAll("[:\\s]+$", "");
		if (plain.isEmpty() || !Character.isUpperCase(plain.charAt(0))) {
			return null;
		}
		return new AgencyNames.Lead(plain.replaceAll("\\s+", " "), false, List.of(), null);
	}

	/**
	 * Whether the clause ends the way an issuing sentence does ("… như sau:", "… sau
	 * đây", "… nội dung sau"): most clauses are rejected here, before the pattern.
	 */
	private static boolean mayBeIssuing(String body) {
		int end = body.length();
		while (end > 0 && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ':')) {
			end--;
		}
		return end >= 3 && body.startsWith("sau", end - 3) || end >= 3 && body.startsWith("day", end - 3);
	}

	/** The depth of an outline path ("II.3.(1)" is 3), 0 for none. */
	private static int depth(String path) {
		return (path == null || path.isEmpty()) ? 0 : path.split("\\.").length;
	}

	/**
	 * A unit named after a generic name ("Ủy ban nhân dân thành phố Thủ Đức") is not the
	 * province's body the generic name resolved to: kept as written, unknown.
	 */
	private List<AgencyNames.Lead> namedPlaces(List<AgencyNames.Lead> leads, String clause, String plainClause,
			boolean ocr) {
		if (leads.isEmpty()) {
			return leads;
		}
		List<AgencyNames.Lead> result = new ArrayList<>(leads);
		for (NamedUnit unit : namedUnits(clause, plainClause, ocr)) {
			for (int i = 0; i < result.size(); i++) {
				AgencyNames.Lead lead = result.get(i);
				Gazetteer.Agency agency = this.agencies.gazetteer().byName(lead.name());
				if (lead.known() && lead.jurisdiction() == null && agency != null
						&& Gazetteer.key(agency.name()).equals(unit.generic())) {
					result.set(i, new AgencyNames.Lead(unit.surface(), false, lead.coordinating(), null));
				}
			}
		}
		return unitsOfLeads(result, clause, plainClause);
	}

	/**
	 * The words that make the agency after them one of its units or their collective
	 * ("Ban Tổ chức Đảng ủy Chính phủ", "Ủy ban Kiểm tra …", "Văn phòng …", "Ban Thường
	 * vụ …", "các đảng ủy trực thuộc Đảng ủy Chính phủ").
	 */
	private static final Pattern UNIT_OF = Pattern.compile("(?<![a-z])(?:ban\\s+to\\s+chuc|uy\\s+ban\\s+kiem\\s+tra"
			+ "|van\\s+phong|ban\\s+thuong\\s+vu|thuong\\s+truc|ban\\s+tuyen\\s+giao(?:\\s+va\\s+dan\\s+van)?"
			+ "|ban\\s+dan\\s+van|ban\\s+noi\\s+chinh|ban\\s+kinh\\s+te|(?:cac\\s+)?(?:dang\\s+uy|dang\\s+bo|chi\\s+bo)"
			+ "\\s+truc\\s+thuoc)\\s+$");

	/**
	 * A known lead the clause names only inside the name of one of its units ("Ban Tổ
	 * chức Đảng ủy Chính phủ chủ trì": the board, which the gazetteer does not know, not
	 * the Party committee) is that unit, kept as written and unknown: never the parent
	 * body in its place.
	 */
	private static List<AgencyNames.Lead> unitsOfLeads(List<AgencyNames.Lead> leads, String clause,
			String plainClause) {
		List<AgencyNames.Lead> result = new ArrayList<>(leads.size());
		List<AgencyNames.Lead> units = new ArrayList<>();
		for (AgencyNames.Lead lead : leads) {
			AgencyNames.Lead unit = lead.known() ? unitOf(lead, clause, plainClause) : null;
			if (unit == null) {
				result.add(lead);
			}
			else if (result.stream().noneMatch((l) -> l.name().equals(unit.name()))) {
				result.add(unit);
				units.add(unit);
			}
		}
		if (!units.isEmpty()) {
			// The same words read another way ("các đảng ủy trực thuộc" of a province's
			// committee, flagged unknown in a national document): the unit as written
			// stands for them.
			result.removeIf((l) -> !l.known() && !units.contains(l) && !clause
				.contains(io.directivegraph.extract.text.Folding.fold(l.name()).toLowerCase(java.util.Locale.ROOT)));
		}
		return result;
	}

	/**
	 * The unit a lead is named inside of, when it is named nowhere on its own; else null.
	 */
	private static AgencyNames.Lead unitOf(AgencyNames.Lead lead, String clause, String plainClause) {
		String key = io.directivegraph.extract.text.Folding.fold(lead.name()).toLowerCase(java.util.Locale.ROOT);
		String surface = null;
		for (int at = clause.indexOf(key); at >= 0; at = clause.indexOf(key, at + 1)) {
			int end = at + key.length();
			if (at > 0 && Character.isLetter(clause.charAt(at - 1))
					|| end < clause.length() && Character.isLetter(clause.charAt(end))) {
				continue;
			}
			Matcher unit = UNIT_OF.matcher(clause).region(Math.max(0, at - 60), at);
			unit.useTransparentBounds(true);
			if (!unit.find()) {
				return null;
			}
			if (surface == null && end <= plainClause.length()) {
				surface = plainClause.substring(unit.start(), end).replaceAll("\\s+", " ").strip();
			}
		}
		if (surface == null || surface.isEmpty()) {
			return null;
		}
		surface = Character.toUpperCase(surface.charAt(0)) + surface.substring(1);
		return new AgencyNames.Lead(surface, false, lead.coordinating(), null);
	}

	/**
	 * In a centrally-run city's document (Hà Nội, Huế, …) a provincial body named by the
	 * common short form resolves to the city's twin: "các sở, ban, ngành" are "Các sở,
	 * ban, ngành thành phố", not "… tỉnh"; the city's bodies, not a province's. A lead of
	 * another province (its jurisdiction named) is left as it is.
	 */
	public List<Task> ofItsLevel(List<Task> tasks, String jurisdiction) {
		boolean city = jurisdiction != null
				&& this.provinces.unit(io.directivegraph.extract.text.Folding.fold(jurisdiction))
					.map((u) -> "thành phố".equals(u.type()))
					.orElse(false);
		if (!city) {
			return tasks;
		}
		List<Task> result = new ArrayList<>(tasks.size());
		for (Task task : tasks) {
			String twin = (task.lead() != null && task.leadKnown() && task.leadJurisdiction() == null)
					? cityTwin(task.lead()) : null;
			result.add((twin != null) ? task.withLead(twin) : task);
		}
		return result;
	}

	/**
	 * The city's body of the same name ("… tỉnh" → "… thành phố", "… Tỉnh ủy" → "… Thành
	 * ủy"), if known.
	 */
	private String cityTwin(String name) {
		String twin = name.endsWith(" tỉnh") ? name.substring(0, name.length() - 5) + " thành phố"
				: name.endsWith(" Tỉnh ủy") ? name.substring(0, name.length() - 8) + " Thành ủy"
						: name.equals("Tỉnh ủy") ? "Thành ủy" : null;
		return (twin != null && this.agencies.gazetteer().byName(twin) != null) ? twin : null;
	}

	private static String expand(String key) {
		return key.replaceFirst("^ubnd ", "uy ban nhan dan ").replaceFirst("^hdnd ", "hoi dong nhan dan ");
	}

	/**
	 * Where the agencies given an order start ("giao", "đề nghị", "yêu cầu" opening the
	 * clause or following the agency that gives it), or -1.
	 */
	private int assignedFrom(String opened, List<String> words, Context context) {
		if (ASSIGNING.matcher(opened.stripLeading()).lookingAt()) {
			return ("giao".equals(words.get(0)) ? 1 : 2)
					+ (words.size() > 2 && "cho".equals(words.get("giao".equals(words.get(0)) ? 1 : 2)) ? 1 : 0);
		}
		// The agency giving the order is only skipped: matched exactly.
		Optional<Match> giver = words.isEmpty() ? Optional.empty() : this.agencies.prefix(words);
		if (giver.isEmpty()) {
			return -1;
		}
		int i = giver.get().words();
		if (i < words.size() && "giao".equals(words.get(i))) {
			return i + 1;
		}
		if (i + 1 < words.size() && ("de".equals(words.get(i)) && "nghi".equals(words.get(i + 1))
				|| "yeu".equals(words.get(i)) && "cau".equals(words.get(i + 1)))) {
			return i + 2;
		}
		return -1;
	}

	/** Agencies named one after another, and the word after them. */
	private record Named(List<AgencyNames.Lead> leads, int end) {
	}

	/**
	 * The agencies named one after another from word {@code from} ("Bộ Y tế, Bộ Tài chính
	 * và Ủy ban nhân dân tỉnh Quảng Ninh"), heads standing for their bodies ("Chủ tịch Ủy
	 * ban nhân dân tỉnh", "Giám đốc Sở Tài chính"), generic addressees ("các cơ quan, đơn
	 * vị có liên quan") skipped.
	 */
	private Named agencyList(List<String> words, int from, Context context) {
		if (from != 0 || context.lists() == Map.<List<String>, Named>of()) {
			return readAgencyList(words, from, context);
		}
		Named read = context.lists().get(words);
		if (read == null) {
			read = readAgencyList(words, 0, context);
			context.lists().put(List.copyOf(words), read);
		}
		return read;
	}

	/** {@link AgencyResolver#prefix(List, boolean)}, memoised in OCR text. */
	private Optional<Match> prefix(List<String> words, Context context) {
		if (!context.ocr()) {
			return this.agencies.prefix(words);
		}
		List<String> key = List.copyOf(words.subList(0, Math.min(words.size(), this.agencies.window())));
		return context.prefixes().computeIfAbsent(key, (k) -> this.agencies.prefix(k, true));
	}

	/** {@link AgencyResolver#suffix(List, boolean)}, memoised in OCR text. */
	private Optional<Match> suffix(List<String> words, Context context) {
		if (!context.ocr()) {
			return this.agencies.suffix(words, false);
		}
		List<String> key = List.copyOf(words.subList(Math.max(0, words.size() - this.agencies.window()), words.size()));
		return context.suffixes().computeIfAbsent(key, (k) -> this.agencies.suffix(k, true));
	}

	/**
	 * "Tỉnh Nghệ An cần …", "đề nghị Thành phố Hải Phòng …" in a national document: a
	 * province named with its unit word stands for its People's Committee; null when the
	 * words at i are no such name. The words taken go in {@code consumed[0]}.
	 */
	private AgencyNames.Lead provinceAuthority(List<String> words, int i, int[] consumed) {
		int unit = words.get(i).equals("tinh") ? 1
				: (i + 1 < words.size() && words.get(i).equals("thanh") && words.get(i + 1).equals("pho")) ? 2 : 0;
		if (unit == 0) {
			return null;
		}
		String province = this.names.provinceAt(words, i, consumed);
		if (province == null || consumed[0] <= unit) {
			return null;
		}
		List<String> name = new ArrayList<>(List.of("uy", "ban", "nhan", "dan"));
		name.addAll(words.subList(i, i + unit));
		return this.agencies.prefix(name)
			.filter((m) -> m.words() == name.size())
			.map((m) -> this.names.lead(m.agency(), province, true))
			.orElse(null);
	}

	private Named readAgencyList(List<String> words, int from, Context context) {
		List<AgencyNames.Lead> leads = new ArrayList<>();
		int i = from;
		while (i < words.size()) {
			int generic = generic(words, i);
			if (generic > 0) {
				i += generic;
				continue;
			}
			if (words.get(i).equals("va")) {
				i++;
				continue;
			}
			// "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …" is itself a name; else a head's
			// title stands for its
			// body ("Chủ tịch Ủy ban nhân dân tỉnh").
			int head = head(words, i);
			if (head > 0) {
				Optional<Match> whole = this.agencies.prefix(words.subList(i, words.size()));
				// The reading that takes more words wins: "Chủ tịch UBND các xã, phường,
				// đặc
				// khu" is the head of the longer name, not the shorter named head.
				if (whole.isPresent() && whole.get().words() >= 2 && whole.get().words() >= head
						+ prefix(words.subList(i + head, words.size()), context).map(Match::words).orElse(0)) {
					head = 0;
				}
			}
			Optional<Match> match = prefix(words.subList(i + head, words.size()), context);
			int[] authority = new int[1];
			AgencyNames.Lead provincial = (match.isEmpty() && head == 0 && context.national())
					? provinceAuthority(words, i, authority) : null;
			if (provincial != null) {
				i += authority[0];
				if (!leads.contains(provincial)) {
					leads.add(provincial);
				}
				continue;
			}
			if (match.isEmpty() || match.get().words() < 2) {
				// "các Bộ: Quốc phòng, Công an", "Giám đốc các Sở: Tài chính, Xây dựng":
				// one kind word for
				// several agencies.
				int shared = sharedKind(words, i + head, leads, context);
				if (shared > 0) {
					i = shared;
					continue;
				}
				int elliptic = elliptic(words, i + head, leads, context);
				if (elliptic > 0) {
					i = elliptic;
					continue;
				}
				break;
			}
			i += head + match.get().words();
			String place = placeAt(words, i, context);
			if (place != null) {
				// "Ủy ban nhân dân thành phố Thủ Đức": a unit of its own, kept as
				// written.
				i += placeWords(words, i, context);
				AgencyNames.Lead lead = new AgencyNames.Lead(place, false, List.of(), null);
				if (leads.stream().noneMatch((l) -> l.name().equals(place))) {
					leads.add(lead);
				}
				continue;
			}
			int[] consumed = new int[1];
			String province = this.names.provinceAt(words, i, consumed);
			i += consumed[0];
			AgencyNames.Lead lead = this.names.lead(match.get().agency(), province, context.national());
			if (leads.stream()
				.noneMatch(
						(l) -> l.name().equals(lead.name()) && Objects.equals(l.jurisdiction(), lead.jurisdiction()))) {
				leads.add(lead);
			}
		}
		return new Named(leads, i);
	}

	/**
	 * The agencies that the words end with: the nearest one, or several named one after
	 * another when they are all the words ("Bộ Y tế, Bộ Giáo dục và Đào tạo chủ trì"). A
	 * word list has lost its commas, so agencies with other words before them may belong
	 * to another phrase ("Trên cơ sở đề xuất của Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra
	 * Tỉnh ủy chủ trì"): then only the nearest counts.
	 */
	private List<AgencyNames.Lead> agenciesEnding(List<String> before, Context context, boolean weakCue) {
		List<AgencyNames.Lead> leads = new ArrayList<>();
		List<String> words = before;
		while (!words.isEmpty()) {
			int[] consumed = new int[1];
			String province = this.names.provinceEnding(words, consumed);
			List<String> name = words.subList(0, words.size() - consumed[0]);
			Optional<Match> match = name.isEmpty() ? Optional.empty() : suffix(name, context);
			if (match.isEmpty() && province != null && !name.isEmpty()
					&& (name.get(name.size() - 1).equals("tinh") || name.get(name.size() - 1).equals("pho"))) {
				// "Sở Y tế tỉnh Nghệ An": the unit word belongs to the province.
				int unit = name.get(name.size() - 1).equals("pho") ? 2 : 1;
				name = name.subList(0, Math.max(0, name.size() - unit));
				match = name.isEmpty() ? Optional.empty() : suffix(name, context);
			}
			if (match.isEmpty()) {
				break;
			}
			int head = headEnding(name.subList(0, name.size() - match.get().words()));
			if (head == 0 && name.size() > match.get().words()
					&& name.get(name.size() - match.get().words() - 1).equals("pho")) {
				// "Phó Thủ tướng": a deputy is not the office the title names.
				break;
			}
			leads.add(0, this.names.lead(match.get().agency(), province, context.national()));
			words = name.subList(0, name.size() - match.get().words() - head);
			if (!words.isEmpty() && words.get(words.size() - 1).equals("va")) {
				words = words.subList(0, words.size() - 1);
			}
		}
		if (!leads.isEmpty() && endsWithCoordinating(words)) {
			// "Phòng Tổ chức cán bộ phối hợp với Sở Nội vụ tham mưu …": the agency before
			// the cue is a
			// coordinator; "ý kiến của Bộ Tư pháp, phối hợp …": the object of another
			// phrase.
			return List.of();
		}
		if (!leads.isEmpty() && !words.isEmpty() && weakCue) {
			// "phối hợp" names its lead only when the lead opens the clause.
			return List.of();
		}
		if (leads.size() > 1 && !words.isEmpty()) {
			return leads.subList(leads.size() - 1, leads.size());
		}
		return leads;
	}

	/**
	 * Words that name a unit of the agency after them ("Thanh tra Bộ Y tế", "Cục … Bộ Y
	 * tế").
	 */
	private static final java.util.Set<String> UNIT_HEADS = java.util.Set.of("thanh tra", "van phong", "cuc", "vu",
			"vien", "trung tam", "phong", "chi cuc", "dang uy", "cong doan", "benh vien", "truong", "ban", "tong cuc",
			"hoi dong");

	/**
	 * Whether the agency the words end with is named as part of a unit of it: the words
	 * before the agency's own name are a unit's head.
	 */
	private boolean subUnitBefore(List<String> before, Context context) {
		Optional<Match> match = before.isEmpty() ? Optional.empty() : suffix(before, context);
		if (match.isEmpty()) {
			return false;
		}
		// Back from the agency's name over at most six words: a unit's head before any
		// word that ends a name
		// ("giao", "và", a verb) makes the agency part of the unit's name ("Thanh tra Bộ
		// Y tế", "Ban Kinh tế -
		// Ngân sách Hội đồng nhân dân tỉnh").
		int rest = before.size() - match.get().words();
		for (int at = rest; at > 0 && at >= rest - 6; at--) {
			String word = before.get(at - 1);
			String pair = (at >= 2) ? before.get(at - 2) + " " + word : word;
			if (UNIT_HEADS.contains(word) || UNIT_HEADS.contains(pair)) {
				return true;
			}
			if (NAME_ENDS.contains(word) || TASK_VERB.matcher(pair).matches()) {
				return false;
			}
		}
		return false;
	}

	/** Words that cannot be inside an agency's name: what comes before a name. */
	private static final java.util.Set<String> NAME_ENDS = java.util.Set.of("giao", "va", "voi", "cho", "cua", "nghi",
			"cau", "tri", "hop", "muu", "dao", "la", "do", "tai", "cac");

	/** Words before an agency that make it the object of another phrase, not a doer. */
	private static final java.util.Set<String> OBJECT_MARKS = java.util.Set.of("voi", "cung", "cua", "theo", "cho",
			"den", "tai", "ve", "tu");

	private static boolean endsWithCoordinating(List<String> words) {
		int n = words.size();
		return n >= 1 && OBJECT_MARKS.contains(words.get(n - 1))
				|| n >= 2 && words.get(n - 2).equals("phoi") && words.get(n - 1).equals("hop");
	}

	/**
	 * Reads "các bộ: quốc phòng, công an" (or "sở") from word i as "Bộ Quốc phòng", "Bộ
	 * Công an", adding them to the leads; the word after them, or 0 when the words are
	 * not such a list.
	 */
	private int sharedKind(List<String> words, int i, List<AgencyNames.Lead> leads, Context context) {
		int provinces = provincesCommittees(words, i, leads);
		if (provinces > 0) {
			return provinces;
		}
		if (i + 2 >= words.size() || !words.get(i).equals("cac")
				|| !words.get(i + 1).equals("bo") && !words.get(i + 1).equals("so")) {
			return 0;
		}
		String kind = words.get(i + 1);
		int j = i + 2;
		int found = 0;
		while (j < words.size()) {
			if (words.get(j).equals("va")) {
				j++;
				continue;
			}
			List<String> named = new ArrayList<>();
			named.add(kind);
			named.addAll(words.subList(j, Math.min(words.size(), j + 12)));
			Optional<Match> match = this.agencies.prefix(named);
			if (match.isEmpty() || match.get().words() < 2) {
				break;
			}
			AgencyNames.Lead lead = this.names.lead(match.get().agency(), null, context.national());
			if (leads.stream().noneMatch((l) -> l.name().equals(lead.name()))) {
				leads.add(lead);
			}
			j += match.get().words() - 1;
			found++;
		}
		return (found > 0) ? j : 0;
	}

	/**
	 * Whether the first {@code words} words of the text end at a semicolon: "Văn phòng
	 * Chính phủ; lãnh đạo Ủy ban nhân dân …" names one of a list, not the subject of what
	 * follows.
	 */
	private static boolean endsAtSemicolon(String text, int words) {
		int semicolon = text.indexOf(';');
		return semicolon > 0 && AgencyResolver.words(text.substring(0, semicolon)).size() == words;
	}

	/**
	 * Two names sharing their end, written once: "các Tổ đại biểu và đại biểu Hội đồng
	 * nhân dân tỉnh", "Ban Tổ chức và Ban Tuyên giáo Tỉnh ủy". Both are taken when the
	 * second is a gazetteer name and the first, completed with the second's end, is one
	 * too; the word after them, or 0.
	 */
	private int elliptic(List<String> words, int i, List<AgencyNames.Lead> leads, Context context) {
		for (int k = 2; k <= 5 && i + k < words.size(); k++) {
			if (!words.get(i + k).equals("va")) {
				continue;
			}
			Optional<Match> second = prefix(words.subList(i + k + 1, words.size()), context);
			if (second.isEmpty() || second.get().words() < 2) {
				return 0;
			}
			int end = i + k + 1 + second.get().words();
			for (int tail = 1; tail < second.get().words(); tail++) {
				List<String> first = new ArrayList<>(words.subList(i, i + k));
				first.addAll(words.subList(end - tail, end));
				Optional<Match> completed = this.agencies.prefix(first);
				if (completed.isPresent() && completed.get().words() == first.size()) {
					for (Match m : List.of(completed.get(), second.get())) {
						AgencyNames.Lead lead = this.names.lead(m.agency(), null, context.national());
						if (!leads.contains(lead)) {
							leads.add(lead);
						}
					}
					return end;
				}
			}
			return 0;
		}
		return 0;
	}

	private static final List<List<String>> COMMITTEES_OF_PROVINCES = List
		.of(List.of("uy", "ban", "nhan", "dan", "cac", "tinh"), List.of("ubnd", "cac", "tinh"));

	/**
	 * "Ủy ban nhân dân các tỉnh: Tuyên Quang, Cao Bằng và Điện Biên": one People's
	 * Committee per province named; the word after the last, or 0 when no province
	 * follows.
	 */
	private int provincesCommittees(List<String> words, int i, List<AgencyNames.Lead> leads) {
		List<String> opening = COMMITTEES_OF_PROVINCES.stream()
			.filter((o) -> i + o.size() < words.size() && words.subList(i, i + o.size()).equals(o))
			.findFirst()
			.orElse(null);
		if (opening == null) {
			return 0;
		}
		Optional<Match> committee = this.agencies.prefix(List.of("uy", "ban", "nhan", "dan", "tinh"));
		int j = i + opening.size();
		int found = 0;
		int[] consumed = new int[1];
		while (j < words.size() && committee.isPresent()) {
			if (words.get(j).equals("va")) {
				j++;
				continue;
			}
			String province = this.names.provinceAt(words, j, consumed);
			if (province == null || consumed[0] == 0) {
				break;
			}
			AgencyNames.Lead lead = this.names.lead(committee.get().agency(), province, true);
			if (!leads.contains(lead)) {
				leads.add(lead);
			}
			j += consumed[0];
			found++;
		}
		return (found > 0) ? j : 0;
	}

	/** The name as written of a unit whose own name starts at word i, or null. */
	private static String placeAt(List<String> words, int i, Context context) {
		for (Map.Entry<List<String>, String> place : context.places().entrySet()) {
			List<String> name = place.getKey();
			if (i + name.size() <= words.size() && words.subList(i, i + name.size()).equals(name)) {
				return place.getValue();
			}
		}
		return null;
	}

	private static int placeWords(List<String> words, int i, Context context) {
		for (List<String> name : context.places().keySet()) {
			if (i + name.size() <= words.size() && words.subList(i, i + name.size()).equals(name)) {
				return name.size();
			}
		}
		return 0;
	}

	/** How many words of a generic addressee start at i (0 for none). */
	private static int generic(List<String> words, int i) {
		for (List<String> phrase : GENERIC) {
			if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
				return phrase.size();
			}
		}
		return 0;
	}

	private static final List<List<String>> HEADS = List.of(List.of("truong", "ban"), List.of("chu", "tich"),
			List.of("giam", "doc"), List.of("thu", "truong"), List.of("bo", "truong"), List.of("chanh"),
			List.of("truong"), List.of("chu", "nhiem"), List.of("tong", "giam", "doc"), List.of("chi", "huy", "truong"),
			List.of("vu", "truong"), List.of("cuc", "truong"), List.of("vien", "truong"), List.of("hieu", "truong"),
			List.of("tong", "bien", "tap"));

	/** How many words of a head's title ("chủ tịch", "giám đốc") start at i. */
	private static int head(List<String> words, int i) {
		for (List<String> title : HEADS) {
			if (i + title.size() < words.size() && words.subList(i, i + title.size()).equals(title)) {
				return title.size();
			}
		}
		return 0;
	}

	/** How many words of a head's title end the words. */
	private static int headEnding(List<String> words) {
		for (List<String> title : HEADS) {
			if (title.size() <= words.size()
					&& words.subList(words.size() - title.size(), words.size()).equals(title)) {
				return title.size();
			}
		}
		return 0;
	}

	/**
	 * "Xây dựng Chỉ thị của Ban Thường vụ Tỉnh ủy ...", "Ban hành Quy chế làm việc của
	 * Ban Chấp hành Đảng bộ tỉnh": with no agency named as doer, the body that will issue
	 * the document is the one accountable for it.
	 */
	private List<AgencyNames.Lead> owner(String body, Context context) {
		Matcher m = this.ownedOutput.matcher(body);
		if (!m.lookingAt()) {
			return List.of();
		}
		List<String> words = AgencyResolver.words(body.substring(m.end(), Math.min(body.length(), m.end() + 160)));
		return prefix(words, context).map((a) -> List.of(this.names.lead(a.agency(), null, context.national())))
			.orElse(List.of());
	}

	/**
	 * Agencies that open a clause and are followed by what they must do ("Ban Thường vụ
	 * Tỉnh ủy lãnh đạo ...", "Đảng đoàn ..., Ban Thường vụ Tỉnh đoàn xây dựng ...", "Ban
	 * cán sự đảng Ủy ban nhân dân tỉnh:").
	 */
	private List<AgencyNames.Lead> opening(String body, Context context) {
		// "Từ quý IV năm 2022 đến tháng 6 năm 2023, Ban Chấp hành Đảng bộ tỉnh tổ chức
		// ...", "Trên cơ sở ..., Ủy
		// ban nhân dân tỉnh xây dựng ...": the agency may follow an opening phrase.
		String opened = LIST_OPENER.matcher(body).replaceFirst("");
		List<AgencyNames.Lead> leads = openingAt(opened, context);
		// "Các nhiệm vụ, giải pháp chủ yếu: Trên cơ sở …, Ủy ban nhân dân tỉnh xây dựng
		// …":
		// a label names no one; what follows it is read as a sentence of its own.
		String labelled = TaskTitles.afterLabel(opened);
		if (leads.isEmpty() && labelled != null) {
			opened = labelled;
			leads = openingAt(opened, context);
		}
		Matcher lead = OPENING_PHRASE.matcher(opened);
		if (leads.isEmpty() && lead.lookingAt()) {
			leads = openingAt(opened.substring(lead.end()), context);
		}
		// "Về đề xuất …: Bộ Nông nghiệp và Môi trường, Bộ Tài chính xem xét …": the
		// agencies after the topic.
		int colon = opened.indexOf(':');
		if (leads.isEmpty() && TOPIC.matcher(opened).lookingAt() && colon > 0) {
			leads = openingAt(opened.substring(colon + 1), context);
		}
		return leads;
	}

	private List<AgencyNames.Lead> openingAt(String body, Context context) {
		// "Bộ Xây dựng (cơ quan chủ quản Dự án):" — a remark in brackets is not what it
		// must do.
		String head = PARENTHESES.matcher(body.substring(0, Math.min(body.length(), 400))).replaceAll(" ");
		List<String> words = AgencyResolver.words(head);
		int first = words.isEmpty() ? 0 : head(words, 0);
		if (words.isEmpty() || !this.agencies.mayOpenAgency(words.get(first)) && generic(words, 0) == 0) {
			// No gazetteer form starts with the first word, or one edit away from it.
			return List.of();
		}
		Named named = agencyList(words, 0, context);
		if (named.leads().isEmpty()) {
			return List.of();
		}
		if (endsAtSemicolon(head, named.end())) {
			return List.of();
		}
		int colon = head.indexOf(':');
		if (colon > 0 && AgencyResolver.words(head.substring(0, colon)).size() == named.end()) {
			// "- Ủy ban Kiểm tra Thành ủy: ứng dụng phần mềm …": the agencies label what
			// follows, whatever its verb.
			return named.leads();
		}
		List<String> after = words.subList(named.end(), words.size());
		// "… nêu trên:", "… theo chức năng, nhiệm vụ được giao tổng hợp …": words between
		// the agencies and what
		// they must do.
		String rest = QUALIFIER.matcher(String.join(" ", after)).replaceFirst("");
		if (rest.startsWith("can ") && !startsWithTaskVerb(rest, context.ocr())) {
			// "Tỉnh Nghệ An cần tập trung …": "cần" before what they must do ("cân đối",
			// "căn cứ" fold the same and are verbs of their own).
			rest = rest.substring(4);
		}
		boolean endsHere = rest.isEmpty() && body.stripTrailing().endsWith(":");
		if (!endsHere && (PAST.matcher(rest + " ").lookingAt() || !startsWithTaskVerb(rest, context.ocr()))) {
			return List.of();
		}
		return named.leads();
	}

	/**
	 * The words start with a task verb, exactly or as OCR wrote it ("huéng dan", "t6
	 * chirc").
	 */
	private static boolean startsWithTaskVerb(String rest, boolean ocr) {
		if (TASK_VERB.matcher(rest).lookingAt()) {
			return true;
		}
		if (!ocr) {
			// Clean text is read as written: "cộng hòa" is not "tổng hợp" one edit away.
			return false;
		}
		String[] words = rest.split(" ");
		if (words.length < 2) {
			return false;
		}
		String two = words[0] + " " + words[1];
		// OCR damage rarely takes a word's first letter: compared only with verbs that
		// share it.
		return TASK_VERBS.stream()
			.anyMatch((verb) -> verb.charAt(0) == two.charAt(0) && EditSimilarity.atLeast(two, verb, 0.8) > 0);
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

	/** "ban hành Chỉ thị và Kế hoạch ...": two products, two tasks. */
	private List<String> outputs(String folded, String title) {
		String first = output(folded, title);
		Matcher m = this.output.matcher(folded);
		if (first != null && m.find()) {
			Matcher second = this.secondOutput.matcher(folded).region(m.end(), folded.length());
			if (second.lookingAt()) {
				DocumentKinds.Kind kind = this.kinds.byWord(second.group("kw"));
				if (kind != null && !kind.value().equals(first)) {
					return List.of(first, kind.value());
				}
			}
		}
		return java.util.Collections.singletonList(first);
	}

	/**
	 * The kind of document a title opens with ("Xây dựng Đề án …" → PROJECT), or null:
	 * the product of a task whose clause did not name it legibly (a restored OCR title).
	 */
	public String outputOf(String title) {
		if (title == null) {
			return null;
		}
		Matcher start = this.kindAtStart.matcher(io.directivegraph.extract.text.Folding.fold(title));
		if (start.find()) {
			DocumentKinds.Kind kind = this.kinds.byWord(start.group("kw"));
			return (kind != null) ? kind.value() : null;
		}
		return null;
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

	private String title(SourceText source, Clause clause, int line, Outline outline, String text, Part part,
			Context context) {
		// An item written as a record ends where its fields begin.
		int end = clause.end();
		for (int nl = text.indexOf('\n'); nl >= 0 && nl + 1 < text.length(); nl = text.indexOf('\n', nl + 1)) {
			if (RECORD_FIELD.matcher(text).region(nl + 1, text.length()).lookingAt()
					&& !text.substring(0, nl).isBlank()) {
				end = clause.start() + nl;
				break;
			}
		}
		String own = TaskTitles.withoutLabel(TaskTitles.withoutBullet(clean(source.span(clause.start(), end))));
		String said = withoutLead(TaskTitles.withoutDeadline(own), context);
		int heading = outline.heading(line);
		boolean closing = (LEAD_CUE.foundIn(text) || DIRECTS_MAKING.matcher(text).find()) && text.length() < 260
				&& heading > 0 && heading < line;
		if (!closing) {
			return said;
		}
		// A closing sentence after an item's aims and measures ("Ban Tổ chức Tỉnh ủy tham
		// mưu xây dựng Đề án, thời gian hoàn thành …") names the item above it as its
		// product: the title is that item, whole. One that names its product in full
		// ("… tham mưu Tỉnh ủy xây dựng kế hoạch luân chuyển cán bộ giai đoạn 2021 -
		// 2025") is its own title.
		String folded = String.join(" ",
				TaskTitles.canonical(
						AgencyResolver.words(
								io.directivegraph.extract.text.Folding.fold(said).toLowerCase(java.util.Locale.ROOT)),
						context.ocr()));
		String object = TaskTitles.anaphor(folded);
		if (object != null) {
			String item = TaskTitles.pointedItem(source, line, object, part.firstLine(), 150);
			if (item != null && item.length() > 12) {
				return clean(TaskTitles.withoutDeadline(item));
			}
		}
		else if (AgencyResolver.words(folded).size() >= 8) {
			return said;
		}
		String head = clean(TaskTitles.paragraph(source, heading));
		return (head.length() > 12) ? head : said;
	}

	/**
	 * The title without the agencies that open it and their cue: "Ban Thường vụ Tỉnh ủy
	 * ban hành Chỉ thị …" → "Ban hành Chỉ thị …", "Văn phòng Tỉnh ủy chủ trì, phối hợp
	 * với các cơ quan liên quan theo dõi …" → "Theo dõi …" — the lead is its own column.
	 * Kept whole unless what follows the agencies is read as a task verb.
	 */
	private String withoutLead(String title, Context context) {
		String folded = io.directivegraph.extract.text.Folding.fold(title).toLowerCase(java.util.Locale.ROOT);
		List<String> words = AgencyResolver.words(folded);
		if (words.size() < 4) {
			return title;
		}
		List<String> cues = TaskTitles.canonical(words, context.ocr());
		int[] offsets = TaskTitles.offsets(folded, words);
		int from = 0;
		Matcher opening = OPENING_PHRASE.matcher(folded);
		if (opening.lookingAt()) {
			// "Hằng năm, …", "Từ quý IV năm 2022 đến tháng 6 năm 2023, …": when and how
			// often are fields of their own.
			from = AgencyResolver.words(folded.substring(0, opening.end())).size();
		}
		if (from < words.size() && words.get(from).equals("giao")) {
			from++;
		}
		if (from >= words.size() - 2) {
			return title;
		}
		Named named = agencyList(words, from, context);
		int at;
		if (!named.leads().isEmpty()) {
			at = named.end();
		}
		else if (TaskTitles.pair(cues, from).equals("chu tri") || TaskTitles.pair(cues, from).equals("phoi hop")) {
			// An item under its lead's label: "- Chủ trì, phối hợp với … tham mưu …".
			at = from;
		}
		else if (context.ocr()) {
			// A name OCR damaged past the gazetteer's reach ("Truong Chinh trj tinh tham
			// muu …"): up to its cue.
			at = -1;
			for (int i = from + 2; i < Math.min(words.size() - 1, from + 9); i++) {
				String pair = TaskTitles.pair(cues, i);
				if (pair.equals("chu tri") || pair.equals("tham muu")) {
					at = i;
					break;
				}
			}
			if (at < 0) {
				return title;
			}
		}
		else {
			return title;
		}
		boolean labelled = false;
		if (at > from && at < words.size()) {
			// "Văn phòng Thành ủy: triển khai …": the agency labels what follows.
			labelled = folded.substring(0, offsets[at]).stripTrailing().endsWith(":");
		}
		if (TaskTitles.pair(cues, at).equals("chu tri")) {
			at += 2;
		}
		// After the coordinators comes what they must do, whatever its verb.
		boolean coordinated = false;
		if (TaskTitles.pair(cues, at).equals("phoi hop")) {
			coordinated = true;
			// Past the coordinators, to what they must do together: the first lower-case
			// word that is no connective, place or collective noun and does not follow a
			// capitalised one (names start with a capital: "Sở Văn hóa, Thể thao và Du
			// lịch mở chuyên trang …"), or the task verb soon after it.
			int clauseEnd = folded.indexOf(';', offsets[at]);
			int i = at + 2;
			int firstWord = -1;
			boolean afterCapital = false;
			boolean nameKnown = true;
			boolean firstAfterUnknown = false;
			int verb = -1;
			while (i < words.size() && (clauseEnd < 0 || offsets[i] < clauseEnd)) {
				String next = String.join(" ", cues.subList(i, Math.min(cues.size(), i + 3)));
				boolean capital = Character.isUpperCase(title.charAt(offsets[i]));
				if (capital) {
					int name = this.agencies.prefix(words.subList(i, words.size())).map(Match::words).orElse(0);
					i += Math.max(name, 1);
					afterCapital = name == 0;
					nameKnown = name > 0;
					continue;
				}
				if (TASK_VERB.matcher(next).lookingAt() || next.startsWith("thuong xuyen ")
						|| next.startsWith("dinh ky ")) {
					verb = i;
					break;
				}
				int skip = generic(words, i);
				if (skip == 0 && (COORDINATOR_FILLERS.contains(words.get(i)) || afterCapital)) {
					skip = 1;
				}
				if (skip == 0 && firstWord < 0) {
					firstWord = i;
					firstAfterUnknown = !nameKnown;
				}
				afterCapital = false;
				i += Math.max(skip, 1);
			}
			// A verb a few words after the lower-case word that follows a name the
			// gazetteer does not know: that word ended the name ("Trung tâm Phục vụ hành
			// chính công tỉnh rà soát …").
			boolean nameTail = verb >= 0 && firstWord >= 0 && verb - firstWord <= 4 && firstAfterUnknown;
			i = (firstWord >= 0 && !nameTail) ? firstWord : (verb >= 0) ? verb : words.size();
			if (i >= words.size() - 1 || i == at + 2) {
				return title;
			}
			at = i;
		}
		else if (labelled && at < words.size() - 1) {
			return TaskTitles.capitalised(title.substring(offsets[at]).strip(), title);
		}
		if (at >= words.size() - 1) {
			return title;
		}
		String rest = String.join(" ", cues.subList(at, cues.size()));
		if (PAST.matcher(rest + " ").lookingAt() || TaskTitles.isDeadline(rest)
				|| !coordinated && !TASK_VERB.matcher(rest).lookingAt() && !startsWithTaskVerb(rest, context.ocr())
						&& !rest.startsWith("thuong xuyen ") && !rest.startsWith("dinh ky ")) {
			return title;
		}
		return TaskTitles.capitalised(title.substring(offsets[at]).strip(), title);
	}

	private static String clean(String text) {
		String stripped = withoutMarker(text).strip();
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
		// PDF text with a blank line after every line: a single blank line is not a
		// paragraph break there.
		boolean softBlanks = softBlankLines(source, part);
		int clauseStart = start;
		for (int i = start; i < end; i++) {
			char c = plain.charAt(i);
			boolean cut = false;
			int cutAt = i + 1;
			if (c == '\n') {
				int next = i + 1;
				int lineEnd = plain.indexOf('\n', next);
				int nextLineEnd = (lineEnd < 0 || lineEnd > end) ? end : lineEnd;
				boolean nextBlank = isBlank(plain, next, nextLineEnd);
				boolean paragraphBreak = nextBlank
						&& (!softBlanks || lineEnd >= 0 && lineEnd < end && isBlank(plain, lineEnd + 1, Math.min(end,
								(plain.indexOf('\n', lineEnd + 1) < 0) ? end : plain.indexOf('\n', lineEnd + 1))));
				if (paragraphBreak || !nextBlank && mayStartEnumerator(plain, next, nextLineEnd)
						&& startsEnumerator(plain.substring(next, nextLineEnd))) {
					cut = true;
				}
				else if (!nextBlank && headingLine(plain, i, next, nextLineEnd)) {
					// "4. Về một số nội dung khác" over "Giao Bộ Tài chính …": the
					// heading is not the start of
					// the sentence under it.
					cut = true;
				}
			}
			else if ((c == '.' || c == ';' || c == ':') && i + 1 < end && !(c == '.' && endsEnumerator(plain, i))) {
				int j = i + 1;
				while (j < end && (plain.charAt(j) == ' ' || plain.charAt(j) == '\t')) {
					j++;
				}
				// A colon inside a line introduces what follows ("các Bộ: Quốc phòng,
				// Công an …", "Cơ quan chủ
				// trì: Bộ …"): only one ending its line ends the clause.
				if (j >= end || plain.charAt(j) == '\n'
						|| (j > i + 1 && c != ':' && Character.isUpperCase(plain.charAt(j)))) {
					cut = true;
				}
			}
			if (cut) {
				if (!isBlank(plain, clauseStart, cutAt)) {
					clauses.add(new Clause(clauseStart, cutAt));
				}
				clauseStart = cutAt;
			}
		}
		if (clauseStart < end && !isBlank(plain, clauseStart, end)) {
			clauses.add(new Clause(clauseStart, end));
		}
		return clauses;
	}

	/** Whether the clause ends with a label's colon ("… Cơ quan chủ trì:"). */
	private static boolean endsWithLabel(CharSequence masked, Clause clause) {
		int end = clause.end();
		while (end > clause.start() && Character.isWhitespace(masked.charAt(end - 1))) {
			end--;
		}
		if (end == clause.start() || masked.charAt(end - 1) != ':') {
			return false;
		}
		return LABEL_END.matcher(masked.subSequence(Math.max(clause.start(), end - 40), clause.end())).find();
	}

	/**
	 * "... xây dựng kế hoạch cụ thể. Thời gian hoàn thành trong năm 2021." is one task.
	 */
	private static List<Clause> mergeDeadlineSentences(List<Clause> clauses, CharSequence masked) {
		List<Clause> merged = new ArrayList<>();
		boolean inField = false;
		for (Clause clause : clauses) {
			String text = masked.subSequence(clause.start(), clause.end()).toString().strip();
			boolean afterLabel = !merged.isEmpty() && endsWithLabel(masked, merged.get(merged.size() - 1));
			boolean field = RECORD_FIELD.matcher(text).lookingAt() && text.length() < 300;
			// "- Đơn vị chủ trì: Văn phòng Bộ; Trung tâm Công nghệ thông tin.": the rest
			// of
			// a field's line after a semicolon is still the field.
			boolean fieldGoesOn = inField && !merged.isEmpty() && !text.isEmpty()
					&& sameLine(masked, merged.get(merged.size() - 1).end(), clause.start())
					&& masked.subSequence(merged.get(merged.size() - 1).start(), merged.get(merged.size() - 1).end())
						.toString()
						.stripTrailing()
						.endsWith(";");
			if (!merged.isEmpty() && (DEADLINE_SENTENCE.matcher(text).lookingAt() && text.length() < 120 || afterLabel
					|| field || fieldGoesOn)) {
				Clause previous = merged.remove(merged.size() - 1);
				merged.add(new Clause(previous.start(), clause.end()));
				inField = field || fieldGoesOn;
			}
			else {
				merged.add(clause);
				inField = false;
			}
		}
		return merged;
	}

	/**
	 * Whether only blanks (or an article's "Điều n.") lie between the line's start and
	 * the offset.
	 */
	private static boolean startsLine(String plain, int offset) {
		int first = offset;
		while (first < plain.length() && Character.isWhitespace(plain.charAt(first))) {
			first++;
		}
		int i = first - 1;
		while (i >= 0 && plain.charAt(i) != '\n' && Character.isWhitespace(plain.charAt(i))) {
			i--;
		}
		if (i < 0 || plain.charAt(i) == '\n') {
			return true;
		}
		int lineStart = plain.lastIndexOf('\n', i) + 1;
		return ARTICLE.matcher(plain.substring(lineStart, i + 1)).matches();
	}

	/** "Điều 3.", also in capitals and typed without marks ("Dieu 3."). */
	private static final Pattern ARTICLE = Pattern.compile("^[\\s*#]*(?:điều|dieu)\\s+\\d+[a-z]?\\s*[.:]?[\\s*]*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Whether no line break lies between the two offsets. */
	private static boolean sameLine(CharSequence text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether single blank lines fall inside sentences (PDF text with a blank line after
	 * every line): then they are not paragraph breaks. Counted over blank lines between
	 * two text lines: inside a sentence when the line before does not end a sentence.
	 */
	public static boolean softBlankLines(SourceText source, Part part) {
		int between = 0;
		int inside = 0;
		String plain = source.plain();
		for (int line = part.firstLine() + 1; line < part.lastLine(); line++) {
			if (!isBlank(plain, source.lineStart(line), source.lineEnd(line))
					|| isBlank(plain, source.lineStart(line - 1), source.lineEnd(line - 1))
					|| isBlank(plain, source.lineStart(line + 1), source.lineEnd(line + 1))) {
				continue;
			}
			// A blank line between two lines of text.
			String before = plain.substring(source.lineStart(line - 1), source.lineEnd(line - 1)).strip();
			between++;
			if (!endsSentence(before) && !before.equals(before.toUpperCase())) {
				inside++;
			}
		}
		return between >= 10 && inside * 2 > between;
	}

	/**
	 * What {@code line.matches(".*[.:;!?)]$")} says: the line ends with one of these
	 * characters and holds no line terminator.
	 */
	private static boolean endsSentence(String line) {
		if (line.isEmpty() || ".:;!?)".indexOf(line.charAt(line.length() - 1)) < 0) {
			return false;
		}
		for (int i = 0; i < line.length() - 1; i++) {
			char c = line.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the line ending at {@code lineBreak} is a numbered heading and the next one
	 * starts a sentence of its own (a capital letter).
	 */
	private static boolean headingLine(String plain, int lineBreak, int next, int nextLineEnd) {
		int lineStart = plain.lastIndexOf('\n', lineBreak - 1) + 1;
		String line = plain.substring(lineStart, lineBreak);
		String following = plain.substring(next, nextLineEnd).stripLeading();
		return !following.isEmpty() && Character.isUpperCase(following.charAt(0)) && MARKER.matcher(line).lookingAt()
				&& isHeading(line);
	}

	private static final Pattern ENUMERATOR = Pattern.compile("^(?:" + ListMarkers.ROMAN + "|" + ListMarkers.ARABIC
			+ "\\.?\\s|\\(\\d|" + ListMarkers.BULLET + "\\s|" + ListMarkers.LETTER + "\\s).*");

	/** What {@code text.substring(from, to).isBlank()} says, without the copy. */
	private static boolean isBlank(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the line's first character could open an enumerator (a Roman or Arabic
	 * number, "(", a dash, or a letter followed by ")"): most lines are rejected without
	 * the pattern.
	 */
	private static boolean mayStartEnumerator(String text, int from, int to) {
		int i = from;
		while (i < to && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i >= to) {
			return false;
		}
		char c = text.charAt(i);
		if (c == 'I' || c == 'V' || c == 'X' || c >= '0' && c <= '9' || c == '(' || ListMarkers.isBullet(c)) {
			return true;
		}
		return (c >= 'a' && c <= 'z' || c == 'đ') && i + 1 < to && text.charAt(i + 1) == ')';
	}

	/**
	 * Whether the dot at {@code dot} ends an enumerator opening its line ("I.", "2.",
	 * "1.2."): "I. MỤC ĐÍCH" is one clause, not an empty one and a heading.
	 */
	private static boolean endsEnumerator(String text, int dot) {
		int i = dot - 1;
		int digits = 0;
		while (i >= 0
				&& (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || "IVX".indexOf(text.charAt(i)) >= 0)) {
			digits++;
			i--;
		}
		if (digits == 0 || digits > 8) {
			return false;
		}
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '#'
				|| text.charAt(i) == '*')) {
			i--;
		}
		return i < 0 || text.charAt(i) == '\n';
	}

	private static boolean startsEnumerator(String line) {
		return ENUMERATOR.matcher(line.stripLeading()).matches();
	}

}
