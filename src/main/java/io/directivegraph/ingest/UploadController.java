package io.directivegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.directivegraph.web.PayloadTooLargeException;
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

	private final UploadProperties properties;

	UploadController(Uploads uploads, UploadProperties properties) {
		this.uploads = uploads;
		this.properties = properties;
	}

	/**
	 * What a file would give, stored nowhere ({@code POST /api/documents/preview}, a
	 * multipart {@code file}): its extraction, for the page to show before storing.
	 */
	@PostMapping(path = "/api/documents/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	io.directivegraph.extract.model.Extraction preview(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String name) throws IOException {
		if (file.getSize() > this.properties.maxSize().toBytes()) {
			throw tooLarge(file.getSize());
		}
		String given = (name != null && !name.isBlank()) ? name : file.getOriginalFilename();
		return this.uploads.preview(given, file.getBytes());
	}

	@PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Uploads.Stored> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String name, @RequestAttribute(WriteAuthentication.WHO) String who)
			throws IOException {
		if (file.getSize() > this.properties.maxSize().toBytes()) {
			throw tooLarge(file.getSize());
		}
		String given = (name != null && !name.isBlank()) ? name : file.getOriginalFilename();
		return ingest(given, file.getBytes(), who);
	}

	@PostMapping(path = "/api/documents",
			consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_MARKDOWN_VALUE, MediaType.TEXT_HTML_VALUE,
					MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.APPLICATION_PDF_VALUE,
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword" })
	ResponseEntity<Uploads.Stored> text(HttpServletRequest request, @RequestParam(required = false) String name,
			@RequestAttribute(WriteAuthentication.WHO) String who) throws IOException {
		if (request.getContentType() == null || request.getContentType().isBlank()) {
			// Without a type, a body could be anything (a form, a PDF): say what is read.
			throw new UnsupportedMediaTypeException("upload.content-type");
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

	/**
	 * Takes a document back: the sources that state it (or the one named) are removed
	 * with all they stated; recorded task changes are kept as history.
	 */
	@org.springframework.web.bind.annotation.DeleteMapping("/api/documents/{id}")
	Uploads.Removed remove(@org.springframework.web.bind.annotation.PathVariable String id,
			@RequestParam(required = false) String source, @RequestAttribute(WriteAuthentication.WHO) String who) {
		return this.uploads.remove(id, (source != null && !source.isBlank()) ? source.strip() : null, who);
	}

	private ResponseEntity<Uploads.Stored> ingest(String given, byte[] bytes, String who) {
		Uploads.Stored stored = this.uploads.store(given, bytes, who);
		if (stored.status() == IngestResult.Status.UNCHANGED || stored.documents().isEmpty()) {
			return ResponseEntity.ok(stored);
		}
		return ResponseEntity.created(URI.create("/api/documents/" + stored.documents().get(0).id())).body(stored);
	}

	private PayloadTooLargeException tooLarge(long size) {
		return (size >= 0) ? new PayloadTooLargeException("upload.too-large", size, this.properties.maxSize().toBytes())
				: new PayloadTooLargeException("upload.over-limit", this.properties.maxSize().toBytes());
	}

}
