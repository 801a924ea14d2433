package io.directivegraph.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.web.BadRequestException;
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

	private static final java.util.Set<String> KINDS = io.directivegraph.extract.citation.DocumentKinds.defaults()
		.all()
		.stream()
		.map(io.directivegraph.extract.citation.DocumentKinds.Kind::value)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private final Driver driver;

	DocumentController(Driver driver) {
		this.driver = driver;
	}

	@GetMapping
	Page<Map<String, Object>> search(@RequestParam(required = false) String number,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Page.Request paging = Page.Request.of(page, size);
		if (kind != null && !KINDS.contains(kind)) {
			throw new BadRequestException(
					"kind must be one of " + KINDS.stream().sorted().toList() + "; got '" + kind + "'");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", FullTextQuery.of(q));
		parameters.put("number", blankToNull(number));
		parameters.put("jurisdiction", blankToNull(jurisdiction));
		parameters.put("kind", kind);
		parameters.put("skip", paging.skip());
		parameters.put("limit", paging.size());
		Record record = this.driver.executableQuery(CypherFiles.load("queries/documents/search"))
			.withParameters(parameters)
			.execute()
			.records()
			.get(0);
		return new Page<>(record.get("items").asList((v) -> v.asMap()), record.get("total").asLong());
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable String id) {
		List<Record> records = this.driver.executableQuery(CypherFiles.load("queries/documents/get"))
			.withParameters(Map.of("id", id))
			.execute()
			.records();
		if (records.isEmpty()) {
			throw new NotFoundException("No document with id '" + id + "'; find ids with GET /api/documents?q=...");
		}
		Record r = records.get(0);
		Map<String, Object> document = new HashMap<>(r.get("document").asMap());
		document.put("sources", r.get("sources").asList((v) -> v.asMap()));
		document.put("implements", r.get("implements").asList((v) -> v.asMap()));
		document.put("implementedBy", r.get("implementedBy").asList((v) -> v.asMap()));
		document.put("tasks", r.get("tasks").asList((v) -> v.asMap()));
		return document;
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
