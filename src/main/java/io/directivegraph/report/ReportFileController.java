package io.directivegraph.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.directivegraph.task.TaskRows;
import io.directivegraph.task.TaskStatus;

/**
 * The file twins of the JSON answers, with the same parameters: {@code /api/tasks.csv}
 * ({@code /api/tasks}), {@code /api/reports/overdue.xlsx} and {@code .docx}
 * ({@code /api/reports/overdue}, and {@code agency} for one agency). Streamed: the answer
 * starts before the last row is read.
 */
@RestController
class ReportFileController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ReportFiles files;

	private final QuarterlyReport quarterly;

	private final Clock clock;

	private final DeadlineFeeds feeds;

	private final io.directivegraph.web.PublicAddress address;

	private final org.neo4j.driver.Driver driver;

	ReportFileController(ReportFiles files, QuarterlyReport quarterly, Clock clock, DeadlineFeeds feeds,
			io.directivegraph.web.PublicAddress address, org.neo4j.driver.Driver driver) {
		this.files = files;
		this.quarterly = quarterly;
		this.clock = clock;
		this.feeds = feeds;
		this.address = address;
		this.driver = driver;
	}

	/**
	 * An agency's deadlines as a calendar to subscribe to: its unfinished tasks (and
	 * those it inherited by succession), each on its deadline, with a reminder a week
	 * before.
	 */
	@GetMapping("/api/agencies/{id}/deadlines.ics")
	ResponseEntity<StreamingResponseBody> ics(@org.springframework.web.bind.annotation.PathVariable String id,
			@RequestParam(required = false) String asOf) {
		LocalDate day = TaskStatus.day(asOf, this.clock);
		var found = this.driver.executableQuery("MATCH (a:Agency {id: $id}) RETURN a.name AS name")
			.withParameters(java.util.Map.of("id", id))
			.execute()
			.records();
		if (found.isEmpty()) {
			throw new io.directivegraph.web.NotFoundException("agency.not-found", id);
		}
		String name = found.get(0).get("name").asString(id);
		String base = this.address.base();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(name("thoi-han", id, day, "ics"), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body((out) -> this.feeds.ics(id, name, day, base, out));
	}

	/** The tasks that became overdue, newest first, as an Atom feed. */
	@GetMapping(path = "/api/reports/overdue.atom")
	ResponseEntity<StreamingResponseBody> atom(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String agency,
			jakarta.servlet.http.HttpServletRequest request) {
		LocalDate day = TaskStatus.day(asOf, this.clock);
		String where = blank(jurisdiction);
		String who = blank(agency);
		String base = this.address.base();
		String self = base + request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body((out) -> this.feeds.atom(day, where, who, base, self, out));
	}

	@GetMapping("/api/tasks.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String document, @RequestParam(required = false) String status,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer dueWithin) {
		TaskRows.Filter filter = TaskRows.Filter.of(agency, document, status, asOf, jurisdiction, q, dueWithin,
				this.clock);
		return file(name("nhiem-vu", filter.jurisdiction(), filter.asOf(), "csv"),
				new MediaType("text", "csv", StandardCharsets.UTF_8), (out) -> this.files.csv(filter, out));
	}

	@GetMapping("/api/reports/overdue.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String agency) {
		return report(asOf, jurisdiction, agency, "xlsx", XLSX, this.files::xlsx);
	}

	@GetMapping("/api/reports/overdue.docx")
	ResponseEntity<StreamingResponseBody> docx(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String agency) {
		return report(asOf, jurisdiction, agency, "docx", DOCX, this.quarterly::docx);
	}

	/** A report of a jurisdiction (or an agency) on a day, written to the answer. */
	@FunctionalInterface
	interface ReportWriter {

		void write(LocalDate asOf, String jurisdiction, String agency, java.io.OutputStream out);

	}

	private ResponseEntity<StreamingResponseBody> report(String asOf, String jurisdiction, String agency,
			String extension, MediaType type, ReportWriter writer) {
		LocalDate day = TaskStatus.day(asOf, this.clock);
		String where = blank(jurisdiction);
		String who = blank(agency);
		return file(name("bao-cao-thuc-hien-nhiem-vu", where, day, extension), type,
				(out) -> writer.write(day, where, who, out));
	}

	private static ResponseEntity<StreamingResponseBody> file(String name, MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/** "bao-cao-thuc-hien-nhiem-vu-can-tho-2026-12-04.xlsx": no marks, no spaces. */
	static String name(String what, String jurisdiction, LocalDate day, String extension) {
		String place = (jurisdiction == null) ? ""
				: "-" + Normalizer.normalize(jurisdiction, Normalizer.Form.NFD)
					.replaceAll("\\p{M}", "")
					.replace('đ', 'd')
					.replace('Đ', 'D')
					.toLowerCase(java.util.Locale.ROOT)
					.replaceAll("[^a-z0-9]+", "-")
					.replaceAll("(^-|-$)", "");
		return what + place + "-" + day + "." + extension;
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
