package io.directivegraph.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.web.BadRequestException;

/**
 * Lineage: down from a resolution to the programs and plans that implement it, their
 * tasks and the documents that fulfilled them; up from a program to what it implements,
 * replaces and is based on.
 */
@RestController
class LineageController {

	private final Lineage lineage;

	LineageController(Lineage lineage) {
		this.lineage = lineage;
	}

	@GetMapping("/api/documents/{id}/lineage")
	Lineage.Graph lineage(@PathVariable String id, @RequestParam(defaultValue = "down") String direction,
			@RequestParam(defaultValue = "5") int depth,
			@RequestParam(defaultValue = "" + Lineage.DEFAULT_LIMIT) int limit) {
		if (depth < 1 || depth > 10) {
			throw new BadRequestException("lineage.depth", depth);
		}
		if (limit < 1 || limit > Lineage.MAX_LIMIT) {
			throw new BadRequestException("lineage.limit", Lineage.MAX_LIMIT, limit);
		}
		List<Lineage.Graph> parts = switch (direction) {
			case "down" -> List.of(this.lineage.of(id, true, depth, limit));
			case "up" -> List.of(this.lineage.of(id, false, depth, limit));
			case "both" -> List.of(this.lineage.of(id, true, depth, limit), this.lineage.of(id, false, depth, limit));
			default -> throw new BadRequestException("lineage.direction", direction);
		};
		return merge(parts);
	}

	/** Nodes once each by id, edges once each by (from, type, to). */
	private static Lineage.Graph merge(List<Lineage.Graph> parts) {
		Map<String, Lineage.Node> nodes = new LinkedHashMap<>();
		Map<Lineage.Edge, Lineage.Edge> edges = new LinkedHashMap<>();
		boolean truncated = false;
		for (Lineage.Graph part : parts) {
			for (Lineage.Node node : part.nodes()) {
				nodes.putIfAbsent(node.id(), node);
			}
			for (Lineage.Edge edge : part.edges()) {
				edges.putIfAbsent(edge, edge);
			}
			truncated |= part.truncated();
		}
		return new Lineage.Graph(List.copyOf(nodes.values()), List.copyOf(edges.values()), truncated);
	}

}
