package io.directivegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.directivegraph.fault.FaultPoints;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.GraphTransactions;
import io.directivegraph.web.BadRequestException;
import io.directivegraph.task.TasksChanged;

/**
 * Documents uploaded through the API: named, kept as a copy (for showing their lines) and
 * ingested, so that a crash at any moment leaves the copy and the graph agreeing.
 * <p>
 * The bytes are first written whole beside the copy ({@code .<file>.pending}), then the
 * graph commits, then the pending file replaces the copy. A crash before the commit
 * leaves a pending file the graph does not know (deleted at the next start); after it, a
 * pending file with the graph's content (moved into place at the next start). A re-upload
 * of the same bytes repairs a missing or different copy. Uploads are written one at a
 * time ({@link GraphIngest} serialises its writes), so two uploads of one name cannot
 * interleave: the last one wins whole, and identical ones are one INGESTED and the others
 * UNCHANGED.
 */
@Service
public class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	private static final String PENDING = ".pending";

	private final GraphIngest ingest;

	private final GraphTransactions transactions;

	private final UploadProperties properties;

	private final ApplicationEventPublisher events;

	/**
	 * One lock per stripe of file names: uploads of one name never overlap, and the locks
	 * do not grow with the names ever uploaded (two names sharing a stripe only wait for
	 * each other, as their ingests do anyway at the graph's write lock).
	 */
	private final Object[] stripes = new Object[64];

	{
		java.util.Arrays.setAll(this.stripes, (i) -> new Object());
	}

	private final io.directivegraph.extract.Extractor extractor;

	Uploads(GraphIngest ingest, GraphTransactions transactions, UploadProperties properties,
			ApplicationEventPublisher events, io.directivegraph.extract.Extractor extractor) {
		this.ingest = ingest;
		this.extractor = extractor;
		this.transactions = transactions;
		this.properties = properties;
		this.events = events;
		recover();
	}

	/**
	 * Stores and ingests one upload.
	 * @param given the name the user gave (or the part's file name); null for one made
	 * from the content
	 * @param who the authenticated user, for the log and the change event
	 */
	public IngestResult upload(String given, byte[] bytes, String who) {
		if (bytes.length == 0) {
			throw new BadRequestException("upload.empty-body");
		}
		String file = fileName(given, bytes);
		// One upload of a name at a time: its pending copy, commit and copy are one step.
		synchronized (this.stripes[Math.floorMod(file.hashCode(), this.stripes.length)]) {
			IngestResult result = keepAndIngest(file, bytes, who);
			String name = (given != null) ? Normalizer.normalize(given.strip(), Normalizer.Form.NFC) : null;
			if (result.status() != IngestResult.Status.SKIPPED && name != null && !name.equals(file)) {
				this.transactions.write((tx) -> {
					tx.run(CypherFiles.load("ingest/source-name"), Map.of("file", file, "name", name));
					return null;
				});
			}
			return result;
		}
	}

	private IngestResult keepAndIngest(String file, byte[] bytes, String who) {
		Path pending = writePending(file, bytes);
		FaultPoints.reach(FaultPoints.UPLOAD_COPY_KEPT);
		IngestResult result;
		try {
			result = this.ingest.ingest(file, bytes);
		}
		catch (RuntimeException ex) {
			deleteQuietly(pending);
			throw ex;
		}
		FaultPoints.reach(FaultPoints.UPLOAD_COMMITTED);
		Path copy = this.properties.dir().resolve(file);
		switch (result.status()) {
			case INGESTED -> moveInto(pending, copy);
			// The graph has these bytes already: the copy is repaired if a crash or a
			// hand lost it.
			case UNCHANGED -> {
				if (sha256(readOrNull(copy)).equals(sha256(bytes))) {
					deleteQuietly(pending);
				}
				else {
					log.info("Restored the missing or changed copy of {}", file);
					moveInto(pending, copy);
				}
			}
			case SKIPPED -> deleteQuietly(pending);
		}
		if (result.status() == IngestResult.Status.INGESTED) {
			// The statuses that may have changed: those of the file's jurisdictions
			// (fulfilment links are recomputed across each).
			List<String> jurisdictions = this.transactions
				.read((tx) -> tx.rows(CypherFiles.load("queries/documents/jurisdictions-of-source"),
						Map.of("file", file)))
				.stream()
				.map((row) -> (String) row.get("jurisdiction"))
				.toList();
			this.events.publishEvent(jurisdictions.isEmpty() ? TasksChanged.any(file + " uploaded by " + who)
					: TasksChanged.in(file + " uploaded by " + who, jurisdictions));
		}
		log.info("{} uploaded {}: {}", who, file, result.status());
		return result;
	}

	/**
	 * What taking a document back removed: the sources that stated it (their copies moved
	 * to {@code .removed/} in the upload folder, so no later start ingests them again),
	 * the documents that went, those kept as stubs because others cite them, and those
	 * another source still states.
	 */
	public record Removed(String document, List<String> files, List<String> deleted, List<String> stubs,
			List<String> stillStated) {
	}

	/**
	 * Takes a document back: every source that states it (or only {@code source}) is
	 * removed with everything it stated.
	 * @throws io.directivegraph.web.NotFoundException when no such document exists, or
	 * {@code source} does not state it
	 * @throws io.directivegraph.web.ConflictException when no source states it (a
	 * document only cited: what cites it must go instead)
	 */
	public Removed remove(String documentId, String source, String who) {
		Map<String, Object> row = this.transactions
			.read((tx) -> tx.rows(CypherFiles.load("queries/documents/stating-sources"), Map.of("id", documentId)))
			.get(0);
		if (!Boolean.TRUE.equals(row.get("exists"))) {
			throw new io.directivegraph.web.NotFoundException("document.not-found", documentId);
		}
		List<String> files = ((List<?>) row.get("files")).stream().map(String.class::cast).toList();
		if (files.isEmpty()) {
			throw new io.directivegraph.web.ConflictException("document.only-cited", documentId);
		}
		if (source != null && !files.contains(source)) {
			throw new io.directivegraph.web.NotFoundException("document.not-in-source", printable(source), documentId,
					files);
		}
		List<String> removing = (source != null) ? List.of(source) : files;
		GraphIngest.Removal removal = this.ingest.remove(removing);
		for (String file : removal.files()) {
			synchronized (this.stripes[Math.floorMod(file.hashCode(), this.stripes.length)]) {
				setAside(file);
			}
		}
		log.info("{} removed {}: sources {}, documents deleted {}, kept as stubs {}", who, documentId, removal.files(),
				removal.deleted(), removal.stubs());
		this.events.publishEvent(TasksChanged.any(documentId + " removed by " + who));
		return new Removed(documentId, removal.files(), removal.deleted(), removal.stubs(), removal.stated());
	}

	/** Moves a removed source's copy out of the folder the service ingests at start. */
	private void setAside(String file) {
		Path copy = this.properties.dir().resolve(file).normalize();
		if (!copy.startsWith(this.properties.dir().normalize()) || !Files.isRegularFile(copy)) {
			return;
		}
		try {
			Path removed = this.properties.dir().resolve(".removed");
			Files.createDirectories(removed);
			move(copy, removed.resolve(file));
		}
		catch (IOException ex) {
			log.warn("Removed {} from the graph but could not move its copy out of {}: {}", file, this.properties.dir(),
					ex.toString());
		}
	}

	/** A document an upload stated, as the answer to the upload lists it. */
	public record StoredDocument(String id, String kind, String number, String issuedOn, String jurisdiction,
			String title, long tasks) {
	}

	/**
	 * What an upload stored: its file name, whether it was ingested or unchanged, the
	 * documents it states and how many tasks, citations and unresolved citations it gave.
	 */
	public record Stored(String file, IngestResult.Status status, List<StoredDocument> documents, int tasks,
			int citations, int unresolved) {
	}

	/**
	 * What an upload would give, stored nowhere: the extraction of the file (its
	 * documents, their tasks with leads and deadlines, the warnings), for a person to
	 * check before storing it.
	 * @throws io.directivegraph.web.UnprocessableException when the file cannot be read
	 */
	public io.directivegraph.extract.model.Extraction preview(String given, byte[] bytes) {
		if (bytes.length == 0) {
			throw new io.directivegraph.web.UnprocessableException("upload.empty-file");
		}
		String file = fileName(given, bytes);
		try {
			return this.extractor.extract(file, bytes);
		}
		catch (io.directivegraph.extract.text.UndecodableTextException ex) {
			throw new io.directivegraph.web.UnprocessableException("upload.undecodable", file, ex.getMessage());
		}
	}

	/**
	 * Stores and ingests one upload, and says what is now in the graph from it; nothing
	 * read from it is stored when it cannot be read ({@code UnprocessableException}).
	 */
	public Stored store(String given, byte[] bytes, String who) {
		IngestResult result = upload(given, bytes, who);
		if (result.status() == IngestResult.Status.SKIPPED) {
			throw new io.directivegraph.web.UnprocessableException("upload.nothing-stored", result.file(),
					result.reason());
		}
		List<StoredDocument> documents = this.transactions
			.read((tx) -> tx.rows(CypherFiles.load("queries/documents/by-source"), Map.of("file", result.file())))
			.stream()
			.map((row) -> new StoredDocument((String) row.get("id"), (String) row.get("kind"),
					(String) row.get("number"), (String) row.get("issuedOn"), (String) row.get("jurisdiction"),
					(String) row.get("title"), ((Number) row.get("tasks")).longValue()))
			.toList();
		return new Stored(result.file(), result.status(), documents, result.tasks(), result.citations(),
				result.unresolved());
	}

	/**
	 * A safe file name: the given one without odd characters, else one made from the
	 * content. A name that tries to leave the folder ("../x", "..\\x", "a/b") is refused
	 * rather than silently made into another file's name.
	 */
	static String fileName(String given, byte[] bytes) {
		if (given != null && !given.isBlank()) {
			String name = Normalizer.normalize(given.strip(), Normalizer.Form.NFC);
			if (name.contains("/") || name.contains("\\") || name.contains("..") || name.indexOf('\0') >= 0) {
				throw new BadRequestException("upload.name", printable(name));
			}
			String base = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "");
			if (base.length() > 120) {
				base = base.substring(0, 120);
			}
			if (!base.isBlank()) {
				// The original name and type are kept: a .pdf stays a .pdf.
				String lower = base.toLowerCase(java.util.Locale.ROOT);
				return (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".pdf")
						|| lower.endsWith(".docx") || lower.endsWith(".doc") || lower.endsWith(".html")
						|| lower.endsWith(".htm")) ? base : base + ".txt";
			}
		}
		return "upload-" + sha256(bytes).substring(0, 12) + ".txt";
	}

	private static String printable(String name) {
		String shown = name.replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 80) ? shown.substring(0, 80) + "…" : shown;
	}

	/** The bytes written whole beside the copy, under a name no folder ingest reads. */
	private Path writePending(String file, byte[] bytes) {
		try {
			Path dir = this.properties.dir();
			Files.createDirectories(dir);
			Path tmp = Files.createTempFile(dir, ".upload-", ".tmp");
			Files.write(tmp, bytes);
			Path pending = dir.resolve("." + file + PENDING);
			move(tmp, pending);
			return pending;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep a copy of the upload in " + this.properties.dir()
					+ " (app.upload.dir): " + ex.getMessage(), ex);
		}
	}

	/**
	 * After a crash: a pending copy whose content the graph has is moved into place, any
	 * other is deleted (its upload never committed). Leftover temporary files go too.
	 */
	void recover() {
		Path dir = this.properties.dir();
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*")) {
			for (Path path : files) {
				String name = path.getFileName().toString();
				if (name.startsWith(".upload-") && name.endsWith(".tmp")) {
					deleteQuietly(path);
				}
				else if (name.endsWith(PENDING) && name.length() > 1 + PENDING.length()) {
					String file = name.substring(1, name.length() - PENDING.length());
					String stored = storedSha256(file);
					if (stored != null && stored.equals(sha256(readOrNull(path)))) {
						log.info("Recovered the copy of {} after an interrupted upload", file);
						moveInto(path, dir.resolve(file));
					}
					else {
						log.info("Removed the copy of an upload of {} that never committed", file);
						deleteQuietly(path);
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not check {} for interrupted uploads: {}", dir, ex.toString());
		}
	}

	private String storedSha256(String file) {
		List<Map<String, Object>> rows = this.transactions
			.read((tx) -> tx.rows(CypherFiles.load("ingest/source-shas"), Map.of("files", List.of(file))));
		// The sha256 column is null for a file the graph never had.
		return rows.isEmpty() ? null : (String) rows.get(0).get("sha256");
	}

	private static void moveInto(Path from, Path to) {
		try {
			move(from, to);
		}
		catch (IOException ex) {
			// The graph has it; only the copy for showing lines is missing, and a
			// re-upload of the same bytes restores it.
			log.warn("Could not keep a copy of {}: {}", to.getFileName(), ex.getMessage());
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static byte[] readOrNull(Path path) {
		try {
			return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", path, ex.getMessage());
		}
	}

	static String sha256(byte[] bytes) {
		return (bytes == null) ? "" : io.directivegraph.extract.text.Sha256.hex(bytes);
	}

}
