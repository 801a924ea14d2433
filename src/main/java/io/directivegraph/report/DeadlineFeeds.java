package io.directivegraph.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Service;

import io.directivegraph.task.TaskRow;
import io.directivegraph.task.TaskRows;
import io.directivegraph.task.TaskStatus;

/**
 * Deadlines where people look: an iCalendar feed (RFC 5545, by ical4j) of an agency's
 * unfinished tasks, each an all-day event on its deadline with a reminder a week before,
 * that Outlook or a phone calendar subscribes to; and an Atom feed (RFC 4287) of the
 * tasks that became overdue, newest first, for a feed reader or a mail digest.
 */
@Service
public class DeadlineFeeds {

	/** At most this many entries in the Atom feed: the most recent. */
	static final int ATOM_ENTRIES = 200;

	private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final TaskRows tasks;

	private final ZoneId zone;

	DeadlineFeeds(TaskRows tasks, java.time.Clock clock) {
		this.tasks = tasks;
		this.zone = clock.getZone();
	}

	/**
	 * The calendar of an agency's tasks not done on {@code asOf} that have a deadline
	 * (overdue ones included, marked "Quá hạn"), successors' inherited tasks included.
	 * @param base the service's address, for a link to each task
	 * @return how many events
	 */
	public long ics(String agency, String agencyName, LocalDate asOf, String base, OutputStream out) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//directive-graph//Thoi han nhiem vu//VI"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar
			.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", "Thời hạn nhiệm vụ: " + agencyName));
		long[] n = { 0 };
		for (TaskStatus status : List.of(TaskStatus.OVERDUE, TaskStatus.PENDING)) {
			this.tasks.stream(new TaskRows.Filter(asOf, null, agency, null, null, status, null), (t) -> {
				LocalDate deadline = LocalDate.parse(t.deadline());
				String summary = ((status == TaskStatus.OVERDUE) ? "[Quá hạn] " : "Hạn: ") + shorten(t.title(), 120);
				VEvent event = new VEvent(deadline, summary);
				event.add(new Uid(t.id() + "@directive-graph"));
				String document = t.document().named();
				String due = ReportFiles.due(t.due());
				event.add(new Description(
						t.title() + "\nVăn bản giao: " + document + ((due != null) ? "\nThời hạn: " + due : "")
								+ "\nChủ trì: " + ((t.lead() != null) ? t.lead().name() : agencyName) + "\n" + base
								+ "/explore/accountability.html?agency="
								+ java.net.URLEncoder.encode(agency, StandardCharsets.UTF_8)));
				event.add(new Categories(status == TaskStatus.OVERDUE ? "Quá hạn" : "Trong hạn"));
				if (status == TaskStatus.PENDING) {
					VAlarm alarm = new VAlarm(java.time.Duration.ofDays(-7));
					alarm.add(new Action("DISPLAY"));
					alarm.add(new Description("Còn 7 ngày: " + shorten(t.title(), 120)));
					event.add(alarm);
				}
				calendar.add(event);
				n[0]++;
			});
		}
		try {
			// The outputter folds lines by characters, RFC 5545 by octets (a Vietnamese
			// letter is up to 3 in UTF-8): written unfolded, then folded here.
			java.io.StringWriter unfolded = new java.io.StringWriter();
			new CalendarOutputter(false, Integer.MAX_VALUE / 2).output(calendar, unfolded);
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			for (String line : unfolded.toString().split("\r\n")) {
				writer.write(fold(line));
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return n[0];
	}

	/**
	 * The tasks that became overdue (the day after their deadline) by {@code asOf}, of a
	 * jurisdiction or an agency, newest first, at most {@link #ATOM_ENTRIES}.
	 */
	public void atom(LocalDate asOf, String jurisdiction, String agency, String base, String self, OutputStream out) {
		List<TaskRow> overdue = new ArrayList<>();
		this.tasks.stream(new TaskRows.Filter(asOf, null, agency, null, jurisdiction, TaskStatus.OVERDUE, null),
				overdue::add);
		overdue.sort(Comparator.comparing(TaskRow::deadline).reversed().thenComparing(TaskRow::id));
		List<TaskRow> entries = overdue.subList(0, Math.min(ATOM_ENTRIES, overdue.size()));
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			element(xml, "title", "Nhiệm vụ quá hạn" + ((jurisdiction != null) ? " — " + jurisdiction : "")
					+ " (tính đến " + asOf.format(VI) + ")");
			element(xml, "id", "urn:directive-graph:overdue:" + ((jurisdiction != null) ? jurisdiction : "") + ":"
					+ ((agency != null) ? agency : ""));
			element(xml, "updated", entries.isEmpty() ? timestamp(asOf) : timestamp(became(entries.get(0))));
			link(xml, "self", self);
			xml.writeStartElement("author");
			element(xml, "name", "directive-graph");
			xml.writeEndElement();
			for (TaskRow t : entries) {
				xml.writeStartElement("entry");
				element(xml, "title", "[Quá hạn] " + shorten(t.title(), 150));
				element(xml, "id", "urn:directive-graph:task:" + t.id() + ":overdue");
				element(xml, "updated", timestamp(became(t)));
				link(xml, "alternate",
						base + "/api/tasks/" + java.net.URLEncoder.encode(t.id(), StandardCharsets.UTF_8));
				String document = t.document().named();
				String due = ReportFiles.due(t.due());
				element(xml, "summary",
						t.title() + " — chủ trì: " + ((t.lead() != null) ? t.lead().name() : "(không ghi)")
								+ ((t.responsible() != null) ? " (nay: " + t.responsible().name() + ")" : "")
								+ "; văn bản giao: " + document + ((due != null) ? "; thời hạn: " + due : "")
								+ "; quá hạn từ " + became(t).format(VI) + ".");
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A content line folded at 75 octets (RFC 5545 3.1): CRLF and a space before each
	 * continuation, never inside a character.
	 */
	static String fold(String line) {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int cp = line.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		return folded.append("\r\n").toString();
	}

	/** The day a task became overdue: the day after its deadline. */
	private static LocalDate became(TaskRow t) {
		return LocalDate.parse(t.deadline()).plusDays(1);
	}

	private String timestamp(LocalDate day) {
		// RFC 3339 with seconds (OffsetDateTime.toString leaves out ":00").
		return day.atStartOfDay(this.zone).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private static String shorten(String text, int n) {
		String t = text.replaceAll("\\s+", " ").strip();
		return (t.length() > n) ? t.substring(0, n - 1) + "…" : t;
	}

}
