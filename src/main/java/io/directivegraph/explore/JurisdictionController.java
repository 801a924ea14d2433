package io.directivegraph.explore;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.neo4j.CypherFiles;

/** The jurisdictions the accountability page offers, those with the most tasks first. */
@RestController
class JurisdictionController {

	private final Driver driver;

	JurisdictionController(Driver driver) {
		this.driver = driver;
	}

	@GetMapping("/explore/api/jurisdictions")
	List<Map<String, Object>> jurisdictions() {
		return this.driver.executableQuery(CypherFiles.load("queries/explore/jurisdictions"))
			.execute()
			.records()
			.stream()
			.map((r) -> r.asMap())
			.toList();
	}

}
