package io.directivegraph.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.task.BadRequestException;
import io.directivegraph.web.NotFoundException;

/**
 * Lineage: down from a resolution to the programs and plans that implement it, their
 * tasks and the documents that fulfilled them; up from a program to what it implements,
 * replaces and is based on.
 */
@RestController
class LineageController {

	private final Driver driver;

	LineageController(Driver driver) {
		this.driver = driver;
	}

	@GetMapping("/api/documents/{id}/lineage")
	Map<String, Object> lineage(@PathVariable String id, @RequestParam(defaultValue = "down") String direction,
			@RequestParam(defaultValue = "5") int depth) {
		if (depth < 1 || depth > 10) {
			throw new BadRequestException("depth must be 1..10; got " + depth);
		}
		Map<String, Object> down = Map.of();
		Map<String, Object> up = Map.of();
		switch (direction) {
			case "down" -> down = run("queries/lineage/down", id, depth);
			case "up" -> up = run("queries/lineage/up", id, depth);
			case "both" -> {
				down = run("queries/lineage/down", id, depth);
				up = run("queries/lineage/up", id, depth);
			}
			default -> throw new BadRequestException("direction must be up, down or both; got '" + direction + "'");
		}
		return merge(down, up);
	}

	private Map<String, Object> run(String query, String id, int depth) {
		List<Record> records = this.driver.executableQuery(CypherFiles.load(query))
			.withParameters(Map.of("id", id, "depth", depth))
			.execute()
			.records();
		if (records.isEmpty()) {
			throw new NotFoundException("No document with id '" + id + "'; find ids with GET /api/documents?q=...");
		}
		return Map.of("nodes", records.get(0).get("nodes").asList((v) -> v.asMap()), "edges",
				records.get(0).get("edges").asList((v) -> v.asMap()));
	}

	/** Nodes once each by id, edges once each by (from, type, to). */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
		Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
		Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
		for (Map<String, Object> part : List.of(a, b)) {
			for (Map<String, Object> node : (List<Map<String, Object>>) part.getOrDefault("nodes", List.of())) {
				nodes.putIfAbsent((String) node.get("id"), node);
			}
			for (Map<String, Object> edge : (List<Map<String, Object>>) part.getOrDefault("edges", List.of())) {
				edges.putIfAbsent(edge.get("from") + "|" + edge.get("type") + "|" + edge.get("to"), edge);
			}
		}
		return Map.of("nodes", List.copyOf(nodes.values()), "edges", List.copyOf(edges.values()));
	}

}
