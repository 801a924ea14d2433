package io.directivegraph.document;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.web.FullTextQuery;
import io.directivegraph.web.NotFoundException;
import io.directivegraph.web.Page;

/**
 * Documents: search by number, jurisdiction, kind or title words (diacritics ignored),
 * and one document in full.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping
	Page<DocumentSummary> search(@RequestParam(required = false) String number,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.documents.search(FullTextQuery.of(q), blankToNull(number), blankToNull(jurisdiction), kind,
				Page.Request.of(page, size));
	}

	@GetMapping("/{id}")
	DocumentDetail get(@PathVariable String id) {
		return this.documents.get(id).orElseThrow(() -> new NotFoundException("document.not-found", id));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
