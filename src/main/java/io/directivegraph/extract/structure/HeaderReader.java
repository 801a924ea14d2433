package io.directivegraph.extract.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.citation.Citation;
import io.directivegraph.extract.citation.CitationFinder;
import io.directivegraph.extract.citation.DocumentKinds;
import io.directivegraph.extract.citation.Provinces;
import io.directivegraph.extract.text.Folding;
import io.directivegraph.extract.text.SourceText;
import io.directivegraph.extract.text.OcrWords;

/**
 * Stage: document header. Reads the lines around a part's kind title; adds kind, number,
 * issue date (a missing day gives month precision, {@code 2025-07}), issuer,
 * jurisdiction, title and signer — each null where the text does not say.
 */
public final class HeaderReader {

	private static final Pattern DATE = Pattern.compile(
			"ngay\\s+(\\d{1,2})?\\s*thang\\s+(\\d{1,2})?\\s*nam\\s+(\\d{4})|ngay\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");

	private static final Pattern OF = Pattern.compile("^\\s*" + OcrWords.alternation("cua") + "\\s+(.*)$");

	private static final Pattern SIGNED = Pattern.compile("^\\s*([\\p{L} ]{5,40}?)\\s*<[^>]*>\\s*đã ký");

	/** Columns side by side: a tab, a table bar or three spaces. */
	private static final Pattern COLUMNS = Pattern.compile("\\t|\\s{3,}|\\|");

	private static final Pattern TABLE_EDGE = Pattern.compile("^[|+\\s]+");

	private static final Pattern NUMBER_LINE = Pattern.compile("^(?:so|s6|sd|se)\\s*[:.]?\\s*\\d|^so\\s*:");

	private static final Pattern MOTTO = Pattern
		.compile("^(?:cong\\s+hoa\\s+xa\\s+hoi|doc\\s+lap|dang\\s+cong\\s+san\\s+viet\\s+nam|[*\\-_=—\\s]*$)");

	private static final Pattern ON_BEHALF = Pattern
		.compile("^\\s*(?:t\\s*/\\s*m|tm\\.?|t\\s*/\\s*l|tl\\.?)\\s+([a-z ]{4,60}?)\\s*$");

	private static final Pattern PERSON = Pattern.compile("^\\s*(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,4})\\s*$");

	/** The header of a part: identity and metadata of the document. */
	public record Header(String kind, String number, String issuedOn, String issuer, String jurisdiction, String title,
			String signer) {
	}

	private final DocumentKinds kinds;

	private final AgencyResolver agencies;

	private final Provinces provinces;

	private final CitationFinder citations;

	public HeaderReader(DocumentKinds kinds, AgencyResolver agencies, Provinces provinces, CitationFinder citations) {
		this.kinds = kinds;
		this.agencies = agencies;
		this.provinces = provinces;
		this.citations = citations;
	}

	public Header read(SourceText source, Part part, String fallbackJurisdiction) {
		String folded = source.folded();
		int title = part.titleLine();
		String titleFolded = line(folded, source, title).strip();
		String kind = kindOf(titleFolded, source, title, part);
		String number = null;
		int headerStart = source.lineStart(part.firstLine());
		int headerEnd = source.lineEnd(Math.min(part.lastLine(), title + 1));
		for (Citation c : this.citations.find(source, headerStart, source.lineStart(title))) {
			if (c.number() != null && !c.informal()) {
				number = c.number();
				break;
			}
		}
		String issuedOn = null;
		Matcher d = DATE.matcher(folded).region(headerStart, headerEnd);
		int dateLine = -1;
		if (d.find()) {
			issuedOn = date(d);
			dateLine = source.lineOf(d.start());
		}
		IssuerLines lines = issuerLines(source, part, title);
		String issuer = issuer(source, part, title, lines);
		int signedAt = dateLine;
		String titleText = title(source, part, title);
		// A national issuer speaks for Việt Nam; else the province of the title (a
		// compilation's report on Sóc
		// Trăng issued by Cần Thơ's committee is Sóc Trăng's), of the issuer lines, of
		// the place of signing.
		Optional<String> inTitle = (titleText == null) ? Optional.empty()
				: this.provinces.first(Folding.fold(titleText)).map(Map.Entry::getValue);
		// The issuer lines' province wins over another named in the title ("Hợp tác với
		// tỉnh Thanh Hóa" in a
		// Nghệ An plan), unless the title's merged into it (a report on Sóc Trăng issued
		// by Cần Thơ's committee
		// is Sóc Trăng's).
		Optional<String> titleProvince = inTitle.filter(
				(p) -> lines.province() == null || lines.province().equals(this.provinces.successor(p).orElse(null)));
		String jurisdiction = (lines.agency() != null && lines.agency().national()) ? NATIONAL
				: titleProvince.or(() -> Optional.ofNullable(lines.province()))
					.or(() -> jurisdiction(source, part, title, signedAt))
					.orElse(fallbackJurisdiction);
		if (part.firstLine() == 1 && !source.wrapperFields().isEmpty()) {
			// A page that lost the document's own header (a portal showing only the body)
			// still says in its info
			// table what the document is.
			Map<String, String> page = source.wrapperFields();
			boolean titled = kindWord(titleFolded.replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip()) != null;
			if (!titled && page.containsKey("kind")) {
				DocumentKinds.Kind pageKind = this.kinds
					.byWord(Folding.fold(page.get("kind")).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip());
				kind = (pageKind != null) ? pageKind.value() : kind;
			}
			if (number == null && page.containsKey("number")) {
				number = page.get("number").replaceAll("\\s+", "");
			}
			if (issuedOn == null && page.containsKey("issuedOn")) {
				issuedOn = pageDate(page.get("issuedOn"));
			}
			if (issuer == null && page.containsKey("issuer")) {
				Gazetteer.Agency agency = wholeName(Folding.fold(page.get("issuer")));
				if (agency != null) {
					issuer = agency.name();
					if (agency.national()) {
						jurisdiction = NATIONAL;
					}
				}
			}
			if ((titleText == null || !titled) && page.containsKey("title")) {
				titleText = page.get("title");
			}
		}
		return new Header(kind, number, issuedOn, issuer, jurisdiction, titleText, signer(source, part));
	}

	private String kindOf(String titleFolded, SourceText source, int title, Part part) {
		String words = titleFolded.replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
		if (words.startsWith("phu luc")) {
			for (int line = title + 1; line <= Math.min(part.lastLine(), title + 4); line++) {
				String next = line(source.folded(), source, line).replaceAll("[^a-z ]", " ")
					.replaceAll("\\s+", " ")
					.strip();
				String k = kindWord(next);
				if (k != null) {
					return k;
				}
			}
			return "REPORT";
		}
		String k = kindWord(words);
		return (k != null) ? k : "REPORT";
	}

	private String kindWord(String words) {
		for (int n = 4; n >= 2; n--) {
			String[] tokens = words.split(" ");
			if (tokens.length >= n) {
				DocumentKinds.Kind kind = this.kinds.byWord(String.join(" ", java.util.Arrays.copyOf(tokens, n)));
				if (kind != null) {
					return kind.value();
				}
			}
		}
		return null;
	}

	/**
	 * The jurisdiction of national documents ("Hà Nội, ngày …" is a place of signing).
	 */
	public static final String NATIONAL = "Việt Nam";

	/**
	 * What the issuer lines at the top left say: the agency (the lower line when there
	 * are two, "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" over "SỞ Y TẾ") and the province they name.
	 */
	private record IssuerLines(Gazetteer.Agency agency, String province, String local) {

		IssuerLines(Gazetteer.Agency agency, String province) {
			this(agency, province, null);
		}

	}

	/**
	 * The left column of the lines above the number or title: capitals only, without the
	 * national motto, separators and the place and date. Columns side by side are split
	 * at a run of three spaces or a tab.
	 */
	private IssuerLines issuerLines(SourceText source, Part part, int title) {
		List<String> block = new java.util.ArrayList<>();
		List<String> plainBlock = new java.util.ArrayList<>();
		for (int line = part.firstLine(); line < title && line < part.firstLine() + 20; line++) {
			String plain = line(source.plain(), source, line).strip();
			if (plain.isEmpty()) {
				continue;
			}
			// A header drawn as a table ("| CHÍNH PHỦ | CỘNG HÒA … |"): its first cell.
			String left = COLUMNS.split(TABLE_EDGE.matcher(plain).replaceFirst(""), 2)[0].strip();
			String folded = Folding.fold(left).strip();
			if (NUMBER_LINE.matcher(folded).lookingAt()) {
				break;
			}
			if (MOTTO.matcher(folded).lookingAt() || !mostlyCapitals(left)) {
				continue;
			}
			block.add(folded);
			plainBlock.add(left);
		}
		String province = block.isEmpty() ? null
				: this.provinces.first(String.join(" ", block)).map(Map.Entry::getValue).orElse(null);
		// The lower line alone, else all of them, else the last two.
		List<String> tries = new java.util.ArrayList<>();
		if (!block.isEmpty()) {
			tries.add(block.get(block.size() - 1));
			if (block.size() > 1) {
				// "ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ / VĂN PHÒNG": the office of the
				// body
				// above it, "Văn phòng Ủy ban nhân dân thành phố".
				tries.add(block.get(block.size() - 1) + " " + String.join(" ", block.subList(0, block.size() - 1)));
			}
			if (block.size() > 1 && block.get(0).matches("dang bo (tinh|thanh pho)\\b.*")) {
				// "ĐẢNG BỘ TỈNH AN GIANG / BAN TUYÊN GIÁO VÀ DÂN VẬN": a board of the
				// provincial (city) Party committee.
				tries.add(block.get(block.size() - 1)
						+ (block.get(0).startsWith("dang bo tinh") ? " tinh uy" : " thanh uy"));
			}
			tries.add(String.join(" ", block));
			if (block.size() > 2) {
				tries.add(block.get(block.size() - 2) + " " + block.get(block.size() - 1));
			}
		}
		for (String candidate : tries) {
			Gazetteer.Agency agency = wholeName(candidate);
			if (agency != null) {
				return new IssuerLines(agency, agency.national() ? null : province);
			}
		}
		String local = block.isEmpty() ? null
				: localBody(block.get(block.size() - 1), plainBlock.get(plainBlock.size() - 1));
		return new IssuerLines(null, province, local);
	}

	/**
	 * A commune's body named with its commune ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA" → "Ủy ban
	 * nhân dân xã Tân Hòa"): the gazetteer holds the body of every commune under one
	 * name, and the name alone would not say which of a province's hundred communes
	 * issued the document. Null unless the line is such a body and a name of at most four
	 * words.
	 */
	private String localBody(String folded, String plain) {
		List<String> words = AgencyResolver.words(folded);
		var match = this.agencies.prefix(words);
		if (match.isEmpty() || !"COMMUNE".equals(match.get().agency().level())) {
			return null;
		}
		int rest = words.size() - match.get().words();
		List<String> written = java.util.Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
			.filter((w) -> !w.isEmpty())
			.toList();
		if (rest < 1 || rest > 4 || written.size() < rest
				|| this.provinces.unit(String.join(" ", words.subList(match.get().words(), words.size())))
					.isPresent()) {
			return null;
		}
		StringBuilder name = new StringBuilder(match.get().agency().name());
		for (String word : written.subList(written.size() - rest, written.size())) {
			String lower = word.toLowerCase(java.util.Locale.ROOT);
			name.append(' ').append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
		}
		return name.toString();
	}

	/**
	 * The agency these words name in full, a province name after it allowed ("ủy ban nhân
	 * dân tỉnh nghệ an"), or null.
	 */
	private Gazetteer.Agency wholeName(String folded) {
		List<String> words = AgencyResolver.words(folded);
		var match = this.agencies.prefix(words);
		if (match.isEmpty()) {
			return null;
		}
		if (match.get().words() == words.size()) {
			return match.get().agency();
		}
		String rest = String.join(" ", words.subList(match.get().words(), words.size()));
		// Only a province after the name, and nothing else ("ỦY BAN NHÂN DÂN TỈNH NGHỆ
		// AN", not "ĐẢNG BỘ TỈNH
		// SÓC TRĂNG, LẦN THỨ XIV").
		return this.provinces.unit(rest.replaceFirst("^(?:tinh|thanh pho)\\s+", "")).isPresent() ? match.get().agency()
				: null;
	}

	private static boolean mostlyCapitals(String text) {
		return Folding.mostlyCapitals(text, 2, 80);
	}

	private String issuer(SourceText source, Part part, int title, IssuerLines lines) {
		// "CHƯƠNG TRÌNH / CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH": the issuer in capitals under
		// the kind.
		for (int line = title; line <= Math.min(part.lastLine(), title + 2); line++) {
			Matcher of = OF.matcher(line(source.folded(), source, line));
			if (of.find() && mostlyCapitals(line(source.plain(), source, line))) {
				var match = this.agencies.prefix(AgencyResolver.words(of.group(1)));
				if (match.isPresent()) {
					return match.get().agency().name();
				}
			}
		}
		if (lines.agency() != null) {
			return signedFor(source, part, lines.agency());
		}
		if (lines.local() != null) {
			return lines.local();
		}
		for (int line = part.firstLine(); line < title; line++) {
			var words = AgencyResolver.words(line(source.folded(), source, line));
			var match = this.agencies.prefix(words);
			if (match.isPresent() && !words.isEmpty()) {
				return match.get().agency().name();
			}
		}
		return null;
	}

	/**
	 * A Party committee's document signed for its standing committee or standing board
	 * ("T/M BAN THƯỜNG VỤ", "T/L THƯỜNG TRỰC TỈNH ỦY", "T/M BỘ CHÍNH TRỊ") is theirs.
	 */
	private String signedFor(SourceText source, Part part, Gazetteer.Agency issuer) {
		if (!"PARTY_COMMITTEE".equals(issuer.kind())) {
			return issuer.name();
		}
		for (int line = Math.max(part.firstLine(), part.lastLine() - 40); line <= part.lastLine(); line++) {
			// The signature block often stands beside "Nơi nhận:", in the cell of a table
			// or after a wide gap: each cell is tried.
			Matcher on = null;
			for (String cell : line(source.folded(), source, line).split("\\||\\t|\\s{3,}")) {
				Matcher m = ON_BEHALF.matcher(cell);
				if (m.lookingAt()) {
					on = m;
					break;
				}
			}
			if (on == null) {
				continue;
			}
			List<String> words = AgencyResolver.words(on.group(1));
			String issuerKey = Gazetteer.key(issuer.name());
			for (String candidate : List.of(String.join(" ", words), String.join(" ", words) + " " + issuerKey)) {
				Gazetteer.Agency agency = this.agencies.gazetteer().byKey(candidate);
				if (agency != null && (agency.kind().startsWith("PARTY") || agency.national() == issuer.national())) {
					return agency.name();
				}
			}
			if (String.join(" ", words).equals("ban thuong vu")) {
				// "T/M BAN THƯỜNG VỤ" of a committee the gazetteer knows no standing
				// committee of ("Đảng ủy Chính phủ"): its standing committee all the
				// same.
				return "Ban Thường vụ " + issuer.name();
			}
		}
		return issuer.name();
	}

	private Optional<String> jurisdiction(SourceText source, Part part, int title, int dateLine) {
		String folded = source.folded();
		int end = Math.min(part.lastLine(), title + 4);
		Optional<Map.Entry<Integer, String>> inTitle = this.provinces
			.first(folded.substring(source.lineStart(title), source.lineEnd(end)));
		if (inTitle.isPresent()) {
			return Optional.of(inTitle.get().getValue());
		}
		if (dateLine > 0) {
			var place = this.provinces.first(line(folded, source, dateLine));
			if (place.isPresent()) {
				return Optional.of(place.get().getValue());
			}
		}
		int scanEnd = Math.min(part.lastLine(), part.firstLine() + 60);
		return this.provinces.first(folded.substring(source.lineStart(part.firstLine()), source.lineEnd(scanEnd)))
			.map(Map.Entry::getValue);
	}

	/**
	 * The title block: what follows the kind word on its line and the lines after it, up
	 * to a separator ("-----", "*"), a heading, the preamble ("Căn cứ …", "Theo đề nghị
	 * …", "Thực hiện …" once a title line was read), the issuer's name standing alone
	 * ("CHÍNH PHỦ" before the preamble), "QUYẾT NGHỊ:", or eight lines. The issuer line
	 * under the kind ("CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH") is not part of it. Single blank
	 * lines inside it are skipped (PDF text has one after every line).
	 */
	private String title(SourceText source, Part part, int title) {
		StringBuilder text = new StringBuilder();
		String kindLine = line(source.plain(), source, title).strip();
		String rest = afterKindWords(kindLine);
		if (!rest.isEmpty() && !(mostlyCapitals(rest) && OF.matcher(Folding.fold(rest)).find())) {
			text.append(rest);
		}
		int taken = rest.isEmpty() ? 0 : 1;
		int blanks = 0;
		boolean adjacent = false;
		for (int line = title + 1; line <= part.lastLine() && line <= title + 8; line++) {
			String plain = line(source.plain(), source, line).strip();
			if (plain.isEmpty()) {
				// A title written on consecutive lines ends at its first blank line; one
				// spread over blank lines
				// (PDF text) ends at a separator.
				if (++blanks >= 3 || taken >= 2 && adjacent) {
					break;
				}
				continue;
			}
			String folded = Folding.fold(plain);
			if (taken == 1 && blanks == 0) {
				adjacent = true;
			}
			boolean capitals = mostlyCapitals(plain);
			if (!plain.codePoints().anyMatch(Character::isLetterOrDigit)
					|| plain.matches("^(?:[IVX]{1,4}|\\d{1,2})\\.\\s.*") || plain.endsWith(":")
					|| PREAMBLE.matcher(folded).lookingAt() && (taken > 0 || !folded.startsWith("thuc hien"))
					|| taken > 0 && (plain.length() > 250 || capitals && wholeName(folded) != null)
					|| plain.length() > 450) {
				break;
			}
			if (capitals && OF.matcher(folded).find() && taken == 0) {
				// "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH": the issuer, read elsewhere.
				continue;
			}
			blanks = 0;
			text.append(' ').append(plain);
			taken++;
		}
		String collapsed = text.toString().replaceAll("\\s+", " ").strip();
		if (collapsed.isEmpty()) {
			return kindLine.isEmpty() ? null : kindLine;
		}
		return collapsed;
	}

	/**
	 * The kind line without its kind words ("KẾ HOẠCH" → "", "CHỈ THỊ CỦA BAN BÍ THƯ" →
	 * "CỦA BAN BÍ THƯ").
	 */
	private String afterKindWords(String kindLine) {
		String[] words = kindLine.split("\\s+");
		for (int n = Math.min(4, words.length); n >= 1; n--) {
			String head = Folding.fold(String.join(" ", java.util.Arrays.copyOf(words, n)))
				.replaceAll("[^a-z ]", "")
				.strip();
			if (this.kinds.byWord(head) != null) {
				return String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)).strip();
			}
		}
		return kindLine;
	}

	private static final Pattern PREAMBLE = Pattern.compile(
			"^(?:can\\s+cu|thuc\\s+hien|theo\\s+de\\s+nghi|xet\\s|tren\\s+co\\s+so|de\\s|sau\\s+khi|ngay\\s+\\d|nham\\s)");

	private static String signer(SourceText source, Part part) {
		String found = null;
		boolean signedDigitally = false;
		for (int line = Math.max(part.firstLine(), part.lastLine() - 40); line <= part.lastLine(); line++) {
			String plain = source.plain().substring(source.lineStart(line), source.lineEnd(line));
			Matcher signed = SIGNED.matcher(plain);
			if (signed.find() && found == null) {
				String name = signed.group(1).strip();
				if (!name.toLowerCase().contains("ủy") && !name.toLowerCase().contains("uy ")) {
					found = name;
					signedDigitally = true;
				}
			}
			Matcher person = PERSON.matcher(plain);
			if (person.find() && source.hasDiacritics() && line > part.lastLine() - 25 && !signedDigitally) {
				String name = person.group(1);
				if (!name.contains("Nơi") && !name.startsWith("Lưu") && !name.equals("Việt Nam")) {
					found = name;
				}
			}
		}
		return found;
	}

	private static String line(String text, SourceText source, int line) {
		return text.substring(source.lineStart(line), source.lineEnd(line));
	}

	private static final Pattern PAGE_DATE = Pattern
		.compile("^\\s*(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\s*$");

	/** A page's date field ("21/07/2026", "2026-07-21") as an ISO date, or null. */
	private static String pageDate(String value) {
		Matcher m = PAGE_DATE.matcher(value);
		if (!m.matches()) {
			return null;
		}
		try {
			return (m.group(1) != null)
					? LocalDate
						.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
						.toString()
					: LocalDate
						.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)))
						.toString();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static String date(Matcher d) {
		try {
			if (d.group(6) != null) {
				return LocalDate
					.of(Integer.parseInt(d.group(6)), Integer.parseInt(d.group(5)), Integer.parseInt(d.group(4)))
					.toString();
			}
			int year = Integer.parseInt(d.group(3));
			if (d.group(2) == null) {
				return String.valueOf(year);
			}
			int month = Integer.parseInt(d.group(2));
			if (d.group(1) == null) {
				// "tháng 13" is no month: YearMonth.of refuses it as LocalDate.of does a
				// day.
				return java.time.YearMonth.of(year, month).toString();
			}
			return LocalDate.of(year, month, Integer.parseInt(d.group(1))).toString();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
