package io.directivegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.task.BadRequestException;
import io.directivegraph.task.TasksChanged;
import io.directivegraph.web.PayloadTooLargeException;
import io.directivegraph.web.UnprocessableException;
import io.directivegraph.web.WriteAuthentication;

/**
 * {@code POST /api/documents}: one document's text, as the request body or a multipart
 * {@code file}, extracted and ingested like a file of the import folder (same name = same
 * source: its facts are replaced). The file is kept in {@code app.upload.dir}.
 */
@RestController
class UploadController {

	private static final Logger log = LoggerFactory.getLogger(UploadController.class);

	private final GraphIngest ingest;

	private final Driver driver;

	private final UploadProperties properties;

	private final ApplicationEventPublisher events;

	UploadController(GraphIngest ingest, Driver driver, UploadProperties properties, ApplicationEventPublisher events) {
		this.ingest = ingest;
		this.driver = driver;
		this.properties = properties;
		this.events = events;
	}

	@PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String name, @RequestAttribute(WriteAuthentication.WHO) String who)
			throws IOException {
		if (file.getSize() > this.properties.maxSize().toBytes()) {
			throw tooLarge(file.getSize());
		}
		String given = (name != null && !name.isBlank()) ? name : file.getOriginalFilename();
		return ingest(given, file.getBytes(), who);
	}

	@PostMapping(path = "/api/documents", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_MARKDOWN_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<Map<String, Object>> text(HttpServletRequest request, @RequestParam(required = false) String name,
			@RequestAttribute(WriteAuthentication.WHO) String who) throws IOException {
		long max = this.properties.maxSize().toBytes();
		if (request.getContentLengthLong() > max) {
			throw tooLarge(request.getContentLengthLong());
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			// Read at most one byte past the limit: a body without Content-Length cannot
			// make the server hold more than that.
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		}
		if (bytes.length > max) {
			throw tooLarge(-1);
		}
		return ingest(name, bytes, who);
	}

	private ResponseEntity<Map<String, Object>> ingest(String given, byte[] bytes, String who) {
		if (bytes.length == 0) {
			throw new BadRequestException("The body is empty: send the document's text (UTF-8, UTF-16 or "
					+ "Windows-1258), e.g. curl --data-binary @file.txt -H 'Content-Type: text/plain'");
		}
		String file = fileName(given, bytes);
		IngestResult result = this.ingest.ingest(file, bytes);
		if (result.status() == IngestResult.Status.SKIPPED) {
			throw new UnprocessableException("Nothing was stored from " + file + ": " + result.reason());
		}
		if (result.status() == IngestResult.Status.INGESTED) {
			keep(file, bytes);
			this.events.publishEvent(TasksChanged.any(file + " uploaded by " + who));
		}
		log.info("{} uploaded {}: {}", who, file, result.status());
		List<Map<String, Object>> documents = this.driver
			.executableQuery(CypherFiles.load("queries/documents/by-source"))
			.withParameters(Map.of("file", file))
			.execute()
			.records()
			.stream()
			.map(Record::asMap)
			.toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("file", file);
		body.put("status", result.status().name());
		body.put("documents", documents);
		body.put("tasks", result.tasks());
		body.put("citations", result.citations());
		body.put("unresolved", result.unresolved());
		if (result.status() == IngestResult.Status.UNCHANGED || documents.isEmpty()) {
			return ResponseEntity.ok(body);
		}
		return ResponseEntity.created(URI.create("/api/documents/" + documents.get(0).get("id"))).body(body);
	}

	/**
	 * A safe file name: the given one without folders or odd characters, else one made
	 * from the content.
	 */
	static String fileName(String given, byte[] bytes) {
		if (given != null) {
			String base = given.replace('\\', '/');
			base = base.substring(base.lastIndexOf('/') + 1);
			base = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
			base = base.replaceAll("^[._]+", "");
			if (base.length() > 120) {
				base = base.substring(0, 120);
			}
			if (!base.isBlank()) {
				return (base.endsWith(".txt") || base.endsWith(".md")) ? base : base + ".txt";
			}
		}
		return "upload-" + sha256(bytes).substring(0, 12) + ".txt";
	}

	private void keep(String file, byte[] bytes) {
		try {
			Path dir = this.properties.dir();
			Files.createDirectories(dir);
			Path tmp = Files.createTempFile(dir, ".upload-", ".tmp");
			Files.write(tmp, bytes);
			Files.move(tmp, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// The graph has it; only the copy for showing lines is missing.
			log.warn("Ingested {} but could not keep a copy in {}: {}", file, this.properties.dir(), ex.getMessage());
		}
	}

	private PayloadTooLargeException tooLarge(long size) {
		return new PayloadTooLargeException(((size >= 0) ? "The document is " + size + " bytes; " : "The document is ")
				+ "over the upload limit of " + this.properties.maxSize().toBytes()
				+ " bytes (app.upload.max-size). Split it, or ingest it from the command line: java -jar directive-graph.jar ingest FILE");
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
