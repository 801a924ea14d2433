package io.directivegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.web.PayloadTooLargeException;
import io.directivegraph.web.UnprocessableException;
import io.directivegraph.web.UnsupportedMediaTypeException;
import io.directivegraph.web.WriteAuthentication;

/**
 * {@code POST /api/documents}: one document's text, as the request body or a multipart
 * {@code file}, extracted and ingested like a file of the import folder (same name = same
 * source: its facts are replaced). The file is kept in {@code app.upload.dir}.
 */
@RestController
class UploadController {

	private final Uploads uploads;

	private final Driver driver;

	private final UploadProperties properties;

	UploadController(Uploads uploads, Driver driver, UploadProperties properties) {
		this.uploads = uploads;
		this.driver = driver;
		this.properties = properties;
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
		if (request.getContentType() == null || request.getContentType().isBlank()) {
			// Without a type, a body could be anything (a form, a PDF): say what is read.
			throw new UnsupportedMediaTypeException("Say what the body is: Content-Type: text/plain (or "
					+ "text/markdown) for a document's text, or multipart/form-data with a 'file' part");
		}
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
		IngestResult result = this.uploads.upload(given, bytes, who);
		String file = result.file();
		if (result.status() == IngestResult.Status.SKIPPED) {
			throw new UnprocessableException("Nothing was stored from " + file + ": " + result.reason());
		}
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

	private PayloadTooLargeException tooLarge(long size) {
		return new PayloadTooLargeException(((size >= 0) ? "The document is " + size + " bytes; " : "The document is ")
				+ "over the upload limit of " + this.properties.maxSize().toBytes()
				+ " bytes (app.upload.max-size). Split it, or ingest it from the command line: java -jar directive-graph.jar ingest FILE");
	}

}
