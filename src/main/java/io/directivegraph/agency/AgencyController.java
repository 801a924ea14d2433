package io.directivegraph.agency;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.web.FullTextQuery;
import io.directivegraph.web.Page;

/**
 * Agencies by name (diacritics ignored) and jurisdiction, with their parent body and
 * successor.
 */
@RestController
class AgencyController {

	private final Driver driver;

	AgencyController(Driver driver) {
		this.driver = driver;
	}

	@GetMapping("/api/agencies")
	Page<Map<String, Object>> agencies(@RequestParam(required = false) String q,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Page.Request paging = Page.Request.of(page, size);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", FullTextQuery.of(q));
		parameters.put("jurisdiction", (jurisdiction == null || jurisdiction.isBlank()) ? null : jurisdiction.strip());
		parameters.put("skip", paging.skip());
		parameters.put("limit", paging.size());
		Record record = this.driver.executableQuery(CypherFiles.load("queries/agencies/search"))
			.withParameters(parameters)
			.execute()
			.records()
			.get(0);
		return new Page<>(record.get("items").asList((v) -> v.asMap()), record.get("total").asLong());
	}

}
