package io.directivegraph.extract.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.text.Folding;
import io.directivegraph.extract.text.PatternScan;
import io.directivegraph.extract.text.SourceText;
import io.directivegraph.extract.text.OcrWords;

/**
 * Stage: citations. Reads the folded text of a range; adds every document it cites:
 * numbered (Party form {@code 13-NQ/TW}, State forms {@code 35/NQ-CP},
 * {@code 30/2022/NQ-HĐND}, {@code 99/2023/QH15}, variants such as {@code 05 ĐA/TU} and
 * {@code 07/NQ/TU}, several numbers in one citation), bare State numbers after
 * {@code số}, informal short references ({@code Đề án 06}) and named unnumbered documents
 * (Party Congress resolutions, provincial master plans), each with its date, issuer and
 * title when the text gives them.
 */
public final class CitationFinder {

	private static final String NUM = "\\d{1,5}[a-z]?";

	private static final Pattern NUMBER = Pattern.compile(NUM);

	private final DocumentKinds kinds;

	private final AgencyResolver agencies;

	private final Provinces provinces;

	private final Pattern numbered;

	private final PatternScan numberedScan;

	private final Pattern kindWord;

	private final PatternScan kindWordScan;

	private final PatternScan titledScan;

	private final Pattern bare;

	private final Pattern nationalCongress;

	private final Pattern provincialCongress;

	private final Pattern masterPlan;

	/**
	 * The national target programs known by name ({@code extract/national-programs.tsv}).
	 */
	private final Pattern knownNationalProgram;

	private final java.util.Map<String, String> nationalProgramNames = new java.util.HashMap<>();

	private final PatternScan nationalCongressScan;

	private final PatternScan provincialCongressScan;

	private final PatternScan masterPlanScan;

	private final PatternScan shortMasterPlanScan;

	/** Every scan of the whole region, for one pass finding where each may match. */
	private final PatternScan.Group scans;

	private final Pattern titled;

	private final Pattern kindWordAtEnd;

	private final Pattern implementingKind;

	private static final Pattern NATIONAL_PROGRAM = Pattern
		.compile("chuong\\s+trinh\\s+muc\\s+tieu\\s+quoc\\s+gia\\s+(?:ve\\s+)?(?<what>[a-z][a-z\\s]{3,120}?)"
				+ "(?=\\s*(?:[,.;:()“”\"]|\\s(?:va|giai\\s+doan|nam|tren|cua|theo|den|dat|da|duoc|tai|gan\\s+voi)\\s))");

	/** "giai đoạn 2021 - 2025" right after a name: part of it. */
	private static final Pattern PERIOD = Pattern
		.compile("^\\s*,?\\s*giai\\s+doan\\s+(?<y1>(?:19|20)\\d{2})\\s*-\\s*(?<y2>(?:19|20)\\d{2})(?![0-9])");

	/**
	 * A resolution of a plenum of the Party Central Committee: "Nghị quyết Trung ương 4
	 * (khóa XI, khóa XII)", "Nghị quyết Hội nghị Trung ương 6 khóa XII".
	 */
	private static final Pattern CENTRAL_PLENUM = Pattern.compile("nghi\\s+quyet\\s+(?:hoi\\s+nghi\\s+)?"
			+ "(?:ban\\s+chap\\s+hanh\\s+)?trung\\s+uong\\s+(?:dang\\s+)?(?:lan\\s+thu\\s+)?(?<n>\\d{1,2}|[xiv]{1,5})"
			+ "(?![a-z0-9])\\s*\\(?\\s*khoa\\s+(?<terms>[xivl]{1,6}(?:\\s*(?:,|va)\\s*(?:khoa\\s+)?[xivl]{1,6})*)"
			+ "(?![a-z0-9])\\s*\\)?");

	private static final PatternScan CENTRAL_PLENUMS = PatternScan.startingWithPhrases(CENTRAL_PLENUM,
			List.of("nghi quyet"), false);

	private static final Pattern TERM_NUMERAL = Pattern.compile("[xivl]{1,6}(?![a-z])");

	/** Where a national target program is named: its name is read from there. */
	private static final PatternScan NATIONAL_PROGRAMS = PatternScan.startingWithPhrases(
			Pattern.compile("chuong\\s+trinh\\s+muc\\s+tieu\\s+quoc\\s+gia\\s"),
			List.of("chuong trinh muc tieu quoc gia"), false);

	private static final Pattern DATE = Pattern.compile("^\\s*[,(\\-–]?\\s*(?:(?:ban\\s+hanh|ky)\\s+)?ngay\\s+"
			+ "(?:(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})"
			+ "|(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4}))");

	private static final Pattern OF = Pattern.compile("^\\s*,?\\s*" + OcrWords.alternation("cua") + "\\s+");

	private static final Pattern OF_THE_PARTY = Pattern
		.compile("^\\s*" + OcrWords.alternation("cua") + "\\s+dang(?![a-z])");

	private static final Pattern TERM = Pattern.compile("^\\s*\\(?\\s*khoa\\s+[xivl1]+\\s*\\)?");

	private static final Pattern ABOUT = Pattern.compile("^\\s*,?\\s*(?:ve\\s+viec|ve|v/v)\\s+");

	/**
	 * A quoted title after "về", in Markdown emphasis or not:
	 * {@code về “*Bộ tiêu chí …*”}.
	 */
	private static final Pattern ABOUT_QUOTED = Pattern.compile("^[\\s*_]*[\"“”]([^\"“”\\n]{3,300})[\"“”]");

	private static final Pattern QUOTE = Pattern.compile("^\\s*,?\\s*[\"“”]([^\"“”\\n]{3,300})[\"“”]");

	private static final Pattern TITLE_END = Pattern
		.compile("[;.]\\s|\\n[ \\t]*\\n[ \\t]*\\n|[;:](?=\\s*\\n)|\\(|\\)|[\"“”]");

	public CitationFinder(DocumentKinds kinds, AgencyResolver agencies, Provinces provinces) {
		this.kinds = kinds;
		this.agencies = agencies;
		this.provinces = provinces;
		String sym = "(?:" + kinds.symbolPattern() + ")";
		String party = "(?<pn>" + NUM + ")\\s*(?:-|/|\\s)\\s*(?<ps>" + sym + ")\\s*/\\s*(?<pi>[a-z]{2,8})(?![a-z])";
		String state = "(?<sn>" + NUM + ")\\s*/\\s*(?:(?<sy>(?:19|20)\\d{2})\\s*/\\s*)?(?<ss>" + sym
				+ ")\\s*(?:-|\\s)\\s*(?<si>[a-z]{2,8}\\d{0,2})(?![a-z])";
		String law = "(?<ln>" + NUM
				+ ")\\s*/\\s*(?<ly>(?:19|20)\\d{2})\\s*/\\s*(?<li>qh\\d{1,2}|ubtvqh\\d{1,2})(?![a-z0-9])";
		// Every form starts with a digit: the look-ahead rejects most offsets at once.
		this.numbered = Pattern.compile("(?=\\d)(?<![a-z0-9/.\\-])(?<list>(?:" + NUM + "\\s*(?:,|va)\\s*){0,6})(?:"
				+ party + "|" + state + "|" + law + ")");
		int longestSymbol = 0;
		for (String symbol : kinds.symbolPattern().split("\\|")) {
			longestSymbol = Math.max(longestSymbol, symbol.length());
		}
		int letters = Math.max(3, longestSymbol);
		this.numberedScan = PatternScan
			.startingWith(this.numbered, "0123456789", "abcdefghijklmnopqrstuvwxyz0123456789/.-")
			.checking((text, i, end) -> slashAhead(text, i, end, letters));
		this.kindWord = Pattern.compile("(?<kw>" + kinds.wordPatternAtWordStart() + ")(?![a-z])");
		this.kindWordScan = PatternScan.startingWithPhrases(this.kindWord, kinds.words());
		this.bare = Pattern.compile("^\\s*(?<so>so\\s*:?\\s*)?(?<n>\\d{1,5}+)(?![/,.%]\\d|\\s*(?:-|/)\\s*[a-z])"
				+ "(?!\\s*(?:nam|thang|%|ty|trieu|nghin|km|ha|nguoi|ho|xa|dong|usd|m2|m3|tan|lan)\\b)");
		String roman = "(?<r>[xivl1]{1,6})(?![a-z0-9])";
		this.nationalCongress = Pattern.compile("nghi\\s+quyet\\s+dai\\s+hoi\\s+(?:dai\\s+bieu\\s+)?(?:dang\\s+)?"
				+ "(?:toan\\s+quoc\\s+)?(?:lan\\s+thu\\s+)?" + roman
				+ "(?!\\s*,?\\s*(?:dang\\s+bo|nhiem\\s+ky\\s+20[12]\\d))");
		this.provincialCongress = Pattern.compile("nghi\\s+quyet\\s+dai\\s+hoi\\s+(?:dai\\s+bieu\\s+)?dang\\s+bo?\\s+"
				+ "(?<lvl>tinh|thanh\\s+pho)(?<prov>(?:\\s+[a-z]+){0,3}?)\\s*,?\\s*(?:lan\\s+thu\\s+)?" + roman);
		this.kindWordAtEnd = Pattern.compile("(?<![a-z])(?<kw>" + kinds.wordPattern()
				+ ")(?:\\s+(?:lien\\s+tich|lien\\s+nganh))?\\s*(?:so\\s*:?\\s*)?$");
		this.implementingKind = Pattern.compile("(?<![a-z])(?<kw>" + kinds.wordPattern() + ")\\s+thuc\\s+hien\\s+$");
		this.titled = Pattern
			.compile("(?<kw>" + kinds.wordPatternAtWordStart() + ")\\s*[“\"](?<title>[^\"“”\\n]{8,250}?)[”\"]");
		this.titledScan = this.kindWordScan.withPattern(this.titled);
		this.masterPlan = Pattern
			.compile("quy\\s+hoach\\s+(?<lvl>tinh|thanh\\s+pho)(?:\\s+(?<prov>[a-z]+(?:\\s+[a-z]+){0,3}?))?"
					+ "\\s*,?\\s+thoi\\s+ky\\s+(?<y1>\\d{4})\\s*-\\s*(?<y2>\\d{4})"
					+ "(?:\\s*,\\s*tam\\s+nhin\\s+den\\s+nam\\s+\\d{4})?");
		// Named documents: the scans try their patterns only where the opening words
		// stand.
		this.nationalCongressScan = PatternScan.startingWithPhrases(this.nationalCongress,
				List.of("nghi quyet dai hoi"), false);
		this.provincialCongressScan = this.nationalCongressScan.withPattern(this.provincialCongress);
		List<String> programs = new ArrayList<>();
		for (String[] row : DocumentKinds.rows("/extract/national-programs.tsv")) {
			String name = row[0].strip();
			String key = Gazetteer.key(name);
			this.nationalProgramNames.put(key, name);
			programs.add(key);
		}
		programs.sort(Comparator.comparingInt(String::length).reversed());
		this.knownNationalProgram = Pattern
			.compile("chuong\\s+trinh\\s+muc\\s+tieu\\s+quoc\\s+gia\\s+(?:ve\\s+)?(?<known>"
					+ String.join("|", programs.stream().map((p) -> p.replace(" ", "[\\s,\\-]+")).toList())
					+ ")(?![a-z])");
		this.masterPlanScan = PatternScan.startingWithPhrases(this.masterPlan,
				List.of("quy hoach tinh", "quy hoach thanh pho"), false);
		this.shortMasterPlanScan = this.masterPlanScan.withPattern(SHORT_MASTER_PLAN);
		this.scans = new PatternScan.Group(List.of(this.numberedScan, this.kindWordScan, this.titledScan,
				this.provincialCongressScan, this.nationalCongressScan, NATIONAL_PROGRAMS, this.masterPlanScan,
				CENTRAL_PLENUMS, this.shortMasterPlanScan));
	}

	/** Every citation starting in {@code [from, to)} of the source, in text order. */
	public List<Citation> find(SourceText source, int from, int to) {
		return find(source, from, to, null);
	}

	/**
	 * Every citation starting in {@code [from, to)} of the source, in text order.
	 * @param jurisdiction the province of the document the region belongs to, if known:
	 * what "Quy hoạch tỉnh thời kỳ ..." names when it names no province
	 */
	public List<Citation> find(SourceText source, int from, int to, String jurisdiction) {
		String folded = source.folded();
		List<Citation> found = new ArrayList<>();
		// One pass finds where each pattern may match; each is then tried there only.
		PatternScan.Group.Candidates candidates = this.scans.candidates(folded, from, to);
		findNumbered(source, folded, from, to, found, candidates);
		Coverage coverage = new Coverage(found, from);
		findBareAndInformal(source, folded, from, to, found, coverage, candidates);
		findNamed(source, folded, from, to, found, coverage, candidates, jurisdiction);
		found.sort(Comparator.comparingInt(Citation::start));
		findReMentions(found, candidates);
		found.sort(Comparator.comparingInt(Citation::start));
		// Short names defined in parentheses ("... thời kỳ 2021 - 2030 (Quy hoạch tỉnh)")
		// and documents named
		// after the one they implement ("Kế hoạch thực hiện Quy hoạch tỉnh") are found
		// once their target is
		// known.
		java.util.Map<String, Pattern> uses = new java.util.HashMap<>();
		for (int round = 0; round < 3; round++) {
			int before = found.size();
			findDerived(folded, from, to, found);
			findAliases(folded, from, to, found, uses);
			found.sort(Comparator.comparingInt(Citation::start));
			if (found.size() == before) {
				break;
			}
		}
		return found;
	}

	private void findNumbered(SourceText source, String folded, int from, int to, List<Citation> found,
			PatternScan.Group.Candidates candidates) {
		PatternScan.Scan m = this.numberedScan.in(candidates);
		Citation previous = null;
		while (m.find()) {
			String symbol;
			String issuerCode;
			String main;
			String year = null;
			boolean partyForm;
			if (m.group("pn") != null) {
				main = m.group("pn");
				symbol = m.group("ps");
				issuerCode = m.group("pi");
				partyForm = true;
			}
			else if (m.group("sn") != null) {
				main = m.group("sn");
				symbol = m.group("ss");
				issuerCode = m.group("si");
				year = m.group("sy");
				partyForm = false;
			}
			else {
				main = m.group("ln");
				symbol = null;
				issuerCode = m.group("li");
				year = m.group("ly");
				partyForm = false;
			}
			int numberStart = m.start("list") < m.end("list") ? m.start("list") : m.start();
			KindWord word = kindWordBefore(folded, numberStart, from);
			DocumentKinds.Kind kind;
			if (word != null) {
				kind = word.kind();
			}
			else if (symbol != null) {
				kind = inherited(previous, folded, numberStart, symbol);
			}
			else if (NAMED_LAW.matcher(folded.substring(Math.max(from, numberStart - 120), numberStart)).find()) {
				// "Luật Khám bệnh, chữa bệnh số 15/2023/QH15": a law, named before its
				// number.
				kind = this.kinds.byValue("LAW");
			}
			else {
				kind = this.kinds.byValue("RESOLUTION");
			}
			// The word wins over the symbol: "Quy định số 144-CT/TW" is 144-QĐ/TW.
			String canonicalSymbol = (symbol == null) ? null
					: (kind != null && !kind.symbols().isEmpty() && !kind.symbols().contains(symbol))
							? kind.canonicalSymbol() : this.kinds.canonicalSymbol(symbol);
			if (kind == null) {
				kind = this.kinds.bySymbol(symbol);
			}
			DocumentKinds.IssuerCode issuer = this.kinds.issuer(issuerCode);
			String codeGroup = (m.group("pn") != null) ? "pi" : (m.group("sn") != null) ? "si" : "li";
			if (issuerCode != null && !this.kinds.knowsIssuer(issuerCode) && source.hasDiacritics()) {
				// A code the rules do not list keeps the letters it is written with
				// ("96/BC-ĐGS", not "DGS"):
				// the text is clean, its Đ is right.
				String written = source.text().substring(m.start(codeGroup), m.end(codeGroup));
				issuer = new DocumentKinds.IssuerCode(written.toUpperCase(java.util.Locale.ROOT), issuer.national());
			}
			Tail tail = tail(source, folded, m.end(), to);
			List<String> numbers = new ArrayList<>();
			Matcher listed = NUMBER.matcher(m.group("list"));
			while (listed.find()) {
				numbers.add(listed.group());
			}
			numbers.add(main);
			int start = (word != null) ? word.start() : numberStart;
			for (String n : numbers) {
				String number = format(n, partyForm, year, canonicalSymbol, issuer.canonical());
				Citation citation = new Citation(start, tail.end(), (kind != null) ? kind.value() : null, number, null,
						tail.date(), tail.issuer(), issuer.national(), null, tail.title(), false, word != null);
				found.add(citation);
				previous = citation;
			}
		}
	}

	/**
	 * Whether a slash follows with nothing but what a number can hold before it: digits,
	 * short runs of letters (a number's letter, "và", a symbol), whitespace, commas and
	 * dashes. Every numbered form has one ("13-NQ/TW", "35/NQ-CP", "99/2023/QH15").
	 */
	private static boolean slashAhead(CharSequence text, int offset, int end, int letters) {
		int run = 0;
		for (int i = offset; i < end; i++) {
			char c = text.charAt(i);
			if (c == '/') {
				return true;
			}
			if (c >= 'a' && c <= 'z') {
				if (++run > letters) {
					return false;
				}
				continue;
			}
			run = 0;
			if (!(c >= '0' && c <= '9' || c == ',' || c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B'
					|| c == '\f' || c == '\r')) {
				return false;
			}
		}
		return false;
	}

	private static String format(String n, boolean partyForm, String year, String symbol, String issuer) {
		String upper = n.toLowerCase();
		if (symbol == null) {
			return upper + "/" + year + "/" + issuer;
		}
		if (partyForm) {
			return upper + "-" + symbol + "/" + issuer;
		}
		return upper + "/" + ((year != null) ? year + "/" : "") + symbol + "-" + issuer;
	}

	/**
	 * A number right after another citation ("Nghị quyết số 35/NQ-CP, 36/NQ-CP") shares
	 * its kind word.
	 */
	private DocumentKinds.Kind inherited(Citation previous, String folded, int numberStart, String symbol) {
		if (previous != null && previous.hasKindWord() && previous.end() <= numberStart
				&& folded.substring(previous.end(), numberStart).matches("[\\s,;]*(?:va\\s+)?(?:so\\s+)?")) {
			DocumentKinds.Kind kind = this.kinds.byValue(previous.kind());
			if (kind != null && kind.symbols().contains(symbol)) {
				return kind;
			}
		}
		return this.kinds.bySymbol(symbol);
	}

	private record KindWord(int start, DocumentKinds.Kind kind) {
	}

	/** "Luật Khám bệnh, chữa bệnh số" before a number: a law named before its number. */
	private static final Pattern NAMED_LAW = Pattern
		.compile("(?<![a-z])(?:bo\\s+)?luat\\s+[^.;:()\\n]{2,100}?\\s+so\\s*$|(?<![a-z])luat\\s+so\\s*$");

	/**
	 * The kind word directly before a number: "Nghị quyết số", "Chương trình hành động
	 * số", "Chỉ thị".
	 */
	private KindWord kindWordBefore(String folded, int numberStart, int from) {
		int windowStart = Math.max(from, numberStart - 40);
		String window = folded.substring(windowStart, numberStart);
		Matcher m = this.kindWordAtEnd.matcher(window);
		if (m.find()) {
			return new KindWord(windowStart + m.start("kw"), this.kinds.byWord(m.group("kw")));
		}
		return null;
	}

	private void findBareAndInformal(SourceText source, String folded, int from, int to, List<Citation> found,
			Coverage coverage, PatternScan.Group.Candidates candidates) {
		PatternScan.Scan m = this.kindWordScan.in(candidates);
		while (m.find()) {
			DocumentKinds.Kind kind = this.kinds.byWord(m.group("kw"));
			if (kind == null || kind.symbols().isEmpty() || coverage.covers(m.start())) {
				continue;
			}
			Matcher b = this.bare.matcher(folded).region(m.end(), Math.min(to, m.end() + 16));
			if (!b.lookingAt()) {
				continue;
			}
			boolean withSo = b.group("so") != null;
			String n = b.group("n");
			if (!withSo && (n.length() > 3 || folded.startsWith("ngay", skipSpaces(folded, b.end())))) {
				continue;
			}
			Tail tail = tail(source, folded, b.end(), to);
			found.add(new Citation(m.start(), tail.end(), kind.value(), n, null, tail.date(), tail.issuer(),
					tail.issuerNational(), null, tail.title(), !withSo, true));
		}
	}

	private static int skipSpaces(String folded, int offset) {
		int i = offset;
		while (i < folded.length() && Character.isWhitespace(folded.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * Whether an offset lies inside a citation found so far, as a bit per character of
	 * the region (the list only grows while it is asked).
	 */
	private static final class Coverage {

		private final List<Citation> found;

		private final int from;

		private final java.util.BitSet bits = new java.util.BitSet();

		private int marked;

		Coverage(List<Citation> found, int from) {
			this.found = found;
			this.from = from;
		}

		boolean covers(int offset) {
			while (this.marked < this.found.size()) {
				Citation c = this.found.get(this.marked++);
				int start = Math.max(c.start(), this.from);
				if (c.end() > start) {
					this.bits.set(start - this.from, c.end() - this.from);
				}
			}
			return offset >= this.from && this.bits.get(offset - this.from);
		}

	}

	private void findNamed(SourceText source, String folded, int from, int to, List<Citation> found, Coverage coverage,
			PatternScan.Group.Candidates candidates, String jurisdiction) {
		PatternScan.Scan p = this.provincialCongressScan.in(candidates);
		while (p.find()) {
			String level = p.group("lvl").startsWith("tinh") ? "tỉnh" : "thành phố";
			String name = "Nghị quyết Đại hội đại biểu Đảng bộ " + level + " lần thứ " + roman(p.group("r"));
			String province = this.provinces.find(p.group("prov")).orElse(null);
			found.add(new Citation(p.start(), p.end(), "RESOLUTION", null, name, null, null, false, province, null,
					false, true));
		}
		PatternScan.Scan n = this.nationalCongressScan.in(candidates);
		while (n.find()) {
			if (coverage.covers(n.start())) {
				continue;
			}
			int end = n.end();
			Matcher of = OF_THE_PARTY.matcher(folded).region(end, to);
			if (of.lookingAt()) {
				end = of.end();
			}
			String name = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ " + roman(n.group("r")) + " của Đảng";
			found
				.add(new Citation(n.start(), end, "RESOLUTION", null, name, null, null, true, null, null, false, true));
		}
		PatternScan.Scan t = this.titledScan.in(candidates);
		while (t.find()) {
			if (coverage.covers(t.start())) {
				continue;
			}
			DocumentKinds.Kind kind = this.kinds.byWord(t.group("kw"));
			String title = source.span(t.start("title"), t.end("title"));
			if (kind == null || title.split("\\s+").length < 2) {
				continue;
			}
			String name = capitalised(kind) + " " + title;
			found.add(new Citation(t.start(), t.end(), kind.value(), null, name, null, null, false, null, title, false,
					true));
		}
		PatternScan.Scan plenum = CENTRAL_PLENUMS.in(candidates);
		while (plenum.find()) {
			if (coverage.covers(plenum.start())) {
				continue;
			}
			String ordinal = plenum.group("n").toUpperCase();
			// One resolution per term named: "(khóa XI, khóa XII)" is two.
			Matcher term = TERM_NUMERAL.matcher(plenum.group("terms"));
			while (term.find()) {
				if (term.group().equals("va")) {
					continue;
				}
				String name = "Nghị quyết Hội nghị Trung ương " + ordinal + " khóa " + roman(term.group());
				found.add(new Citation(plenum.start(), plenum.end(), "RESOLUTION", null, name, null, null, true, null,
						null, false, true));
			}
		}
		PatternScan.Scan national = NATIONAL_PROGRAMS.in(candidates);
		while (national.find()) {
			if (coverage.covers(national.start())) {
				continue;
			}
			Matcher known = this.knownNationalProgram.matcher(folded).region(national.start(), to);
			Matcher other = NATIONAL_PROGRAM.matcher(folded).region(national.start(), to);
			String name;
			int end;
			if (known.lookingAt()) {
				name = "Chương trình mục tiêu quốc gia "
						+ this.nationalProgramNames.get(known.group("known").replaceAll("[\\s,\\-]+", " "));
				end = known.end();
			}
			else if (other.lookingAt()) {
				name = "Chương trình mục tiêu quốc gia " + source.span(other.start("what"), other.end("what"));
				end = other.end();
			}
			else {
				continue;
			}
			Matcher period = PERIOD.matcher(folded).region(end, to);
			if (period.lookingAt()) {
				name += " giai đoạn " + period.group("y1") + " - " + period.group("y2");
				end = period.end();
			}
			found.add(new Citation(national.start(), end, "PROGRAM", null, name, null, null, true, null, null, false,
					true));
		}
		PatternScan.Scan q = this.masterPlanScan.in(candidates);
		while (q.find()) {
			// Without a province named, the plan is that of the document's province.
			Optional<String> province = (q.group("prov") != null) ? this.provinces.find(q.group("prov"))
					: Optional.ofNullable(jurisdiction);
			if (province.isEmpty()) {
				continue;
			}
			String name = "Quy hoạch " + level(q.group("lvl")) + " " + province.get() + " thời kỳ " + q.group("y1")
					+ " - " + q.group("y2");
			found.add(new Citation(q.start(), q.end(), "MASTER_PLAN", null, name, null, null, false, province.get(),
					null, false, true));
		}
	}

	private static String level(String folded) {
		return folded.startsWith("tinh") ? "tỉnh" : "thành phố";
	}

	/**
	 * "Quy hoạch tỉnh", "Quy hoạch thành phố Cần Thơ": short mentions of a master plan.
	 */
	private static final Pattern SHORT_MASTER_PLAN = Pattern
		.compile("(?<![a-z])quy\\s+hoach\\s+(?<lvl>tinh|thanh\\s+pho)(?![a-z])(?<rest>(?:\\s+[a-z]+){0,4})");

	/**
	 * Once the master plan of a province is named in full, "Quy hoạch tỉnh" (or "Quy
	 * hoạch tỉnh" with that province) later in the region mentions it again.
	 */
	private void findReMentions(List<Citation> found, PatternScan.Group.Candidates candidates) {
		List<Citation> plans = found.stream()
			.filter((c) -> "MASTER_PLAN".equals(c.kind()) && c.name() != null && c.province() != null)
			.toList();
		if (plans.isEmpty()) {
			return;
		}
		PatternScan.Scan m = this.shortMasterPlanScan.in(candidates);
		List<Citation> added = new ArrayList<>();
		while (m.find()) {
			int at = m.start();
			Citation plan = null;
			boolean inside = false;
			for (Citation p : plans) {
				if (p.start() <= at && at < p.end()) {
					inside = true;
					break;
				}
				if (p.end() <= at && p.name().startsWith("Quy hoạch " + level(m.group("lvl")) + " ")) {
					plan = p;
				}
			}
			if (inside || plan == null) {
				continue;
			}
			// "Quy hoạch tỉnh Sóc Trăng" after the plan of Hậu Giang is another plan.
			Optional<String> named = this.provinces.find(m.group("rest"));
			if (named.isPresent() && !named.get().equals(plan.province())) {
				continue;
			}
			boolean known = false;
			for (Citation c : found) {
				if (c.start() <= at && at < c.end() && plan.name().equals(c.name())) {
					known = true;
					break;
				}
			}
			if (!known) {
				added.add(new Citation(at, m.end("lvl"), plan.kind(), null, plan.name(), null, null, false,
						plan.province(), null, false, true));
			}
		}
		found.addAll(added);
	}

	private static final Pattern DEFINITION = Pattern.compile(
			// A term between the name and a definition that says it is one: "Nghị quyết
			// Đại hội ... lần thứ XIV,
			// nhiệm kỳ 2020 - 2025 (viết tắt là Nghị quyết Đại hội)".
			"^(?:\\s*,?\\s*nhiem\\s+ky\\s+\\d{4}\\s*-\\s*\\d{4}(?=\\s*\\(\\s*(?:sau\\s+day\\s+)?(?:goi|viet)))?"
					+ "\\s*\\(\\s*(?<said>(?:sau\\s+day\\s+)?(?:goi\\s+tat\\s+la|viet\\s+tat\\s+la|goi\\s+la)\\s*:?\\s*)?[\"“]?"
					+ "(?<alias>[a-z][a-z\\s]{3,80}?)[\"”]?\\s*\\)");

	private void findAliases(String folded, int from, int to, List<Citation> found,
			java.util.Map<String, Pattern> uses) {
		// The innermost citation before a definition owns it: "Quyết định ... phê duyệt
		// Quy hoạch tỉnh ... (Quy
		// hoạch tỉnh)" defines the master plan, not the decision whose title holds it;
		// unless the short name
		// says another kind that a citation ending there has: "Kế hoạch thực hiện Quy
		// hoạch tỉnh (Kế hoạch thực
		// hiện Quy hoạch tỉnh)" defines the plan.
		List<Citation> innermostFirst = new ArrayList<>(found);
		innermostFirst.sort(Comparator.comparingInt(Citation::start).reversed());
		java.util.Set<Integer> defined = new java.util.HashSet<>();
		for (Citation definer : innermostFirst) {
			Matcher d = DEFINITION.matcher(folded).region(definer.end(), to);
			if (!d.lookingAt() || defined.contains(d.end())) {
				continue;
			}
			String alias = d.group("alias").strip().replaceAll("\\s+", " ");
			DocumentKinds.Kind kind = null;
			for (int n = Math.min(4, alias.split(" ").length); n >= 1 && kind == null; n--) {
				kind = this.kinds.byWord(String.join(" ", java.util.Arrays.copyOf(alias.split(" "), n)));
			}
			String aliasKind = (kind != null) ? kind.value() : null;
			if (aliasKind != null && !aliasKind.equals(definer.kind()) && found.stream()
				.anyMatch((c) -> c != definer && c.end() == definer.end() && aliasKind.equals(c.kind()))) {
				continue;
			}
			defined.add(d.end());
			// The definition itself is not a mention: drop what earlier rounds found
			// inside it.
			int defStart = d.start();
			int defEnd = d.end();
			found.removeIf((c) -> c != definer && c.start() >= defStart && c.start() < defEnd);
			if (d.group("said") != null && kind != null && alias.split(" ").length >= 2) {
				// "(viết tắt là Nghị quyết Đại hội)" names the document once more.
				found.add(new Citation(d.start("alias"), d.end("alias"), definer.kind(), definer.number(),
						definer.name(), null, null, definer.national(), definer.province(), null, false, true));
			}
			if (kind == null || alias.split(" ").length < 2) {
				continue;
			}
			// The first word opens the pattern, so that the search skips through the text
			// (the look-behind after
			// it says what (?<![a-z]) before it would); made once for all rounds.
			Matcher use = uses.computeIfAbsent(alias, (a) -> {
				String first = a.split(" ")[0];
				return Pattern.compile(first + "(?<![a-z]" + first + ")"
						+ a.substring(first.length()).replace(" ", "\\s+") + "(?![a-z])");
			}).matcher(folded).region(d.end(), to);
			while (use.find()) {
				int at = use.start();
				// A citation found where the short name starts is the one named there
				// ("Nghị quyết Đại hội XIII"
				// where "Nghị quyết Đại hội" is short for another).
				boolean known = found.stream()
					.anyMatch(
							(c) -> c.start() == at || c.start() <= at && at < c.end() && definer.ref().equals(c.ref()));
				if (!known) {
					found.add(new Citation(at, use.end(), definer.kind(), definer.number(), definer.name(), null, null,
							definer.national(), definer.province(), null, false, true));
				}
			}
		}
	}

	/**
	 * "Kế hoạch thực hiện Quy hoạch tỉnh ..." names a plan by the named document it
	 * implements.
	 */
	private void findDerived(String folded, int from, int to, List<Citation> found) {
		for (Citation target : List.copyOf(found)) {
			if (target.name() == null) {
				continue;
			}
			int windowStart = Math.max(from, target.start() - 40);
			Matcher m = this.implementingKind.matcher(folded.substring(windowStart, target.start()));
			if (!m.find()) {
				continue;
			}
			int start = windowStart + m.start();
			DocumentKinds.Kind kind = this.kinds.byWord(m.group("kw"));
			String name = capitalised(kind) + " thực hiện " + target.name();
			boolean known = found.stream().anyMatch((c) -> c.start() == start && name.equals(c.name()));
			if (!known && kind != null) {
				found.add(new Citation(start, target.end(), kind.value(), null, name, null, null, target.national(),
						target.province(), null, false, true));
			}
		}
	}

	/** The kind's Vietnamese name ("Chiến lược"), from the registry of kinds. */
	private static String capitalised(DocumentKinds.Kind kind) {
		return kind.name();
	}

	static String roman(String folded) {
		return folded.replace('l', 'i').replace('1', 'i').toUpperCase();
	}

	private record Tail(int end, String date, String issuer, boolean issuerNational, String title) {
	}

	/**
	 * Date, issuer and title following a number: ", ngày 02/4/2022 của Bộ Chính trị khóa
	 * XIII về ...".
	 */
	private Tail tail(SourceText source, String folded, int offset, int limit) {
		int end = offset;
		String date = null;
		Matcher d = DATE.matcher(folded).region(end, limit);
		if (d.lookingAt()) {
			date = date(d);
			end = d.end();
		}
		String issuer = null;
		boolean national = false;
		Matcher of = OF.matcher(folded).region(end, limit);
		if (of.lookingAt()) {
			int issuerStart = of.end();
			List<String> words = AgencyResolver.words(folded.substring(issuerStart, Math.min(limit, issuerStart + 80)));
			var match = this.agencies.prefix(words);
			if (match.isPresent()) {
				issuer = match.get().agency().name();
				national = match.get().agency().national();
				end = advanceWords(folded, issuerStart, match.get().words(), limit);
				Matcher term = TERM.matcher(folded).region(end, limit);
				if (term.lookingAt()) {
					end = term.end();
				}
			}
		}
		if (date == null) {
			Matcher late = DATE.matcher(folded).region(end, limit);
			if (late.lookingAt()) {
				date = date(late);
				end = late.end();
			}
		}
		String title = null;
		Matcher quote = QUOTE.matcher(folded).region(end, limit);
		Matcher about = ABOUT.matcher(folded).region(end, limit);
		if (quote.lookingAt()) {
			title = source.span(quote.start(1), quote.end(1));
			end = quote.end();
		}
		else if (about.lookingAt() && ABOUT_QUOTED.matcher(folded).region(about.end(), limit).lookingAt()) {
			// "về “Bộ tiêu chí đánh giá …”": the title is the quoted phrase, not "về"
			// alone.
			Matcher quoted = ABOUT_QUOTED.matcher(folded).region(about.end(), limit);
			quoted.lookingAt();
			title = (source.span(about.start(), about.end()).strip() + " "
					+ source.span(quoted.start(1), quoted.end(1)).replaceAll("^[*_\\s]+|[*_\\s]+$", ""))
				.strip();
			end = quoted.end();
		}
		else if (about.lookingAt()) {
			int titleStart = about.start();
			int stop = Math.min(limit, about.end() + 300);
			Matcher stopAt = TITLE_END.matcher(folded).region(about.end(), stop);
			int titleEnd = stopAt.find() ? stopAt.start() : stop;
			Matcher next = this.kindWord.matcher(folded).region(about.end(), titleEnd);
			while (next.find()) {
				// Another citation inside the title ends it only if it carries a number
				// of its own.
				if (this.numbered.matcher(folded).region(next.end(), Math.min(titleEnd, next.end() + 30)).find()
						&& folded.substring(next.end(), Math.min(titleEnd, next.end() + 8)).matches("\\s*(?:so)?.*")) {
					titleEnd = next.start();
					break;
				}
			}
			title = source.span(titleStart, titleEnd).replaceAll("[,;:\\s]+$", "");
			end = titleEnd;
		}
		return new Tail(end, date, issuer, national, title);
	}

	private static int advanceWords(String folded, int offset, int words, int limit) {
		int i = offset;
		int seen = 0;
		while (i < limit && seen < words) {
			while (i < limit && !Character.isLetterOrDigit(folded.charAt(i))) {
				i++;
			}
			while (i < limit && Character.isLetterOrDigit(folded.charAt(i))) {
				i++;
			}
			seen++;
		}
		return i;
	}

	private static String date(Matcher d) {
		int base = (d.group(1) != null) ? 1 : 4;
		try {
			return LocalDate
				.of(Integer.parseInt(d.group(base + 2)), Integer.parseInt(d.group(base + 1)),
						Integer.parseInt(d.group(base)))
				.toString();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Folded text is what the patterns see; exposed for the stages that build on
	 * citations.
	 */
	public static String fold(String text) {
		return Folding.fold(text);
	}

}
