package io.directivegraph.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.directivegraph.extract.Extractor;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.web.BadRequestException;
import io.directivegraph.web.NotFoundException;

/**
 * Evidence: the lines of an ingested source file around a line a fact was read from, so a
 * user can check what the text says. Served only for files of the import folder whose
 * content is the one ingested (same sha256), decoded and split into lines as the
 * extractor did.
 */
@Service
public class SourceExcerpts {

	/** One line of the text. */
	public record Line(int number, String text) {
	}

	/**
	 * The lines around the one asked, of a source whose text is the one ingested.
	 *
	 * @param page the page the line is on (a PDF), else null
	 * @param pages the pages of the source (0 when it has none)
	 * @param name the name the file was uploaded as, when the stored name differs; else
	 * null
	 */
	public record Excerpt(String file, String sha256, int line, List<Line> lines, int total, Integer page, int pages,
			String name) {
	}

	private static final int MAX_CONTEXT = 50;

	private final Driver driver;

	private final Path importDir;

	private final Path uploadDir;

	private final Extractor extractor;

	SourceExcerpts(Driver driver, Extractor extractor, @Value("${app.import.dir:import/documents}") Path importDir,
			@Value("${app.upload.dir:import/documents}") Path uploadDir) {
		this.driver = driver;
		this.extractor = extractor;
		this.importDir = importDir.toAbsolutePath().normalize();
		this.uploadDir = uploadDir.toAbsolutePath().normalize();
	}

	/**
	 * The whole text of a source, for a reader to see a fact in its place: its lines, the
	 * line each page starts on, the name it was uploaded as and the documents it states.
	 *
	 * @param name the name the file was uploaded as, when the stored name differs; else
	 * null
	 */
	public record Text(String file, String name, String sha256, List<Line> lines, int total, List<Integer> pages,
			List<Stated> documents) {
	}

	/** A document a source states, by id, kind, number and title. */
	public record Stated(String id, String kind, String number, String title) {
	}

	/** A source as ingested, and its text as the extraction read it. */
	private record Loaded(Record row, String sha256, String[] lines) {

		List<Integer> pages() {
			return this.row.get("pages").asList(org.neo4j.driver.Value::asInt);
		}

	}

	/** The excerpt, or a 400 / 404 saying why there is none. */
	public Excerpt excerpt(String file, int line, int context) {
		if (context < 0 || context > MAX_CONTEXT) {
			throw new BadRequestException("source.context", MAX_CONTEXT, context);
		}
		Loaded source = load(file);
		String[] lines = source.lines();
		if (line < 1 || line > lines.length) {
			throw new BadRequestException("source.line", lines.length, file, line);
		}
		int from = Math.max(1, line - context);
		int to = Math.min(lines.length, line + context);
		List<Integer> pages = source.pages();
		Integer page = pages.isEmpty() ? null
				: new io.directivegraph.extract.model.Extraction.Source(file, source.sha256(), 0, null, null, pages)
					.pageOf(line);
		return new Excerpt(file, source.sha256(), line, lines(lines, from, to), lines.length, page, pages.size(),
				source.row().get("name").asString(null));
	}

	/** The whole text, or a 404 saying why there is none. */
	public Text whole(String file) {
		Loaded source = load(file);
		String[] lines = source.lines();
		List<Stated> documents = source.row()
			.get("documents")
			.asList((v) -> new Stated(v.get("id").asString(null), v.get("kind").asString(null),
					v.get("number").asString(null), v.get("title").asString(null)));
		return new Text(file, source.row().get("name").asString(null), source.sha256(), lines(lines, 1, lines.length),
				lines.length, source.pages(), documents);
	}

	private static List<Line> lines(String[] lines, int from, int to) {
		List<Line> excerpt = new ArrayList<>(to - from + 1);
		for (int n = from; n <= to; n++) {
			excerpt.add(new Line(n, Normalizer.normalize(lines[n - 1], Normalizer.Form.NFC)));
		}
		return excerpt;
	}

	private Loaded load(String file) {
		List<Record> sources = this.driver.executableQuery(CypherFiles.load("queries/explore/source"))
			.withParameters(Map.of("file", file))
			.execute()
			.records();
		if (sources.isEmpty()) {
			throw new NotFoundException("source.not-ingested", file);
		}
		// The import folder's files, or the copies kept of uploads.
		Path path = within(this.importDir, file);
		if (path == null) {
			path = within(this.uploadDir, file);
		}
		if (path == null) {
			throw new NotFoundException("source.text-missing", file, this.importDir, this.uploadDir);
		}
		byte[] bytes = read(path);
		String sha256 = sources.get(0).get("sha256").asString(null);
		if (sha256 != null && !sha256.equals(sha256(bytes))) {
			throw new NotFoundException("source.changed", file, this.importDir);
		}
		// The text as the extraction read it: a PDF's text layer (or its pages' OCR, kept
		// in the OCR cache), a Word file's paragraphs, decoded text.
		String[] lines = this.extractor.text(file, bytes).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		return new Loaded(sources.get(0), sha256, lines);
	}

	/** The file of that name directly in the folder, or null. */
	private static Path within(Path folder, String file) {
		Path path = folder.resolve(file).normalize();
		return (folder.equals(path.getParent()) && Files.isRegularFile(path)) ? path : null;
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] bytes) {
		return io.directivegraph.extract.text.Sha256.hex(bytes);
	}

}
