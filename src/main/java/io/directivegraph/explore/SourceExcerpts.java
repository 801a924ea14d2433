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
	 */
	public record Excerpt(String file, String sha256, int line, List<Line> lines, int total, Integer page, int pages) {
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

	/** The excerpt, or a 400 / 404 saying why there is none. */
	public Excerpt excerpt(String file, int line, int context) {
		if (context < 0 || context > MAX_CONTEXT) {
			throw new BadRequestException("context must be 0.." + MAX_CONTEXT + "; got " + context);
		}
		List<Record> sources = this.driver.executableQuery(CypherFiles.load("queries/explore/source"))
			.withParameters(Map.of("file", file))
			.execute()
			.records();
		if (sources.isEmpty()) {
			throw new NotFoundException("No ingested source file '" + file + "'");
		}
		// The import folder's files, or the copies kept of uploads.
		Path path = within(this.importDir, file);
		if (path == null) {
			path = within(this.uploadDir, file);
		}
		if (path == null) {
			throw new NotFoundException("The text of '" + file + "' is neither in the import folder " + this.importDir
					+ " (app.import.dir) nor among the uploads in " + this.uploadDir
					+ " (app.upload.dir): it was ingested from elsewhere");
		}
		byte[] bytes = read(path);
		String sha256 = sources.get(0).get("sha256").asString(null);
		if (sha256 != null && !sha256.equals(sha256(bytes))) {
			throw new NotFoundException("'" + file + "' in " + this.importDir
					+ " changed since it was ingested: ingest it again to see its lines");
		}
		// The text as the extraction read it: a PDF's text layer (or its pages' OCR, kept
		// in the OCR cache), a Word file's paragraphs, decoded text.
		String[] lines = this.extractor.text(file, bytes).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		if (line < 1 || line > lines.length) {
			throw new BadRequestException("line must be 1.." + lines.length + " in '" + file + "'; got " + line);
		}
		int from = Math.max(1, line - context);
		int to = Math.min(lines.length, line + context);
		List<Line> excerpt = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			excerpt.add(new Line(n, Normalizer.normalize(lines[n - 1], Normalizer.Form.NFC)));
		}
		List<Integer> pages = sources.get(0).get("pages").asList(org.neo4j.driver.Value::asInt);
		Integer page = pages.isEmpty() ? null
				: new io.directivegraph.extract.model.Extraction.Source(file, sha256, 0, null, null, pages)
					.pageOf(line);
		return new Excerpt(file, sha256, line, excerpt, lines.length, page, pages.size());
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
