package io.directivegraph.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.GraphTransactions;
import io.directivegraph.neo4j.Rows;
import io.directivegraph.web.NotFoundException;

/**
 * A document's lineage, breadth first, one query per level: the nearest documents come
 * first, the depth is honoured exactly, and the answer stops at {@code limit} nodes (a
 * national resolution can have thousands of descendants) with {@code truncated} set.
 * Down, the tasks of every document reached and the documents that fulfilled them are
 * added.
 */
@Component
public class Lineage {

	/**
	 * Nodes returned when the request does not say: a drawing stays readable, and the
	 * answer is small (a typical document has some 180 documents within 5 levels and
	 * thousands of tasks: at 1,000 nodes the answer was about 370 KB).
	 */
	public static final int DEFAULT_LIMIT = 200;

	/** The most nodes a request may ask for. */
	public static final int MAX_LIMIT = 10_000;

	private final GraphTransactions transactions;

	public Lineage(GraphTransactions transactions) {
		this.transactions = transactions;
	}

	/** The lineage graph: nodes, edges, whether it was cut at the limit. */
	public record Graph(List<Node> nodes, List<Edge> edges, boolean truncated) {
	}

	/**
	 * A document or a task of a lineage.
	 *
	 * @param id its id
	 * @param type {@code Document} or {@code Task}
	 * @param kind a document's kind (a value of {@code GET /api/vocabulary}),
	 * {@code TASK} for a task
	 * @param number a document's number, null for a task or a document cited by name
	 * @param title its title
	 * @param issuedOn a document's day of issue, null for a task
	 * @param deadline a task's deadline YYYY-MM-DD, null for a document
	 */
	public record Node(String id, String type, String kind, String number, String title, String issuedOn,
			String deadline) {
	}

	/**
	 * An edge of a lineage, from the newer document to the older one (IMPLEMENTS, GUIDES,
	 * BASED_ON, AMENDS, SUPERSEDES), from a document to its task (HAS_TASK), from a task
	 * to the document that fulfilled it (FULFILLED_BY).
	 */
	public record Edge(String from, String to, String type) {
	}

	/** A row of {@code queries/lineage/down-level} and {@code up-level}. */
	record LevelRow(String from, String to, String type, Node node) {
	}

	/** A row of {@code queries/lineage/tasks}. */
	record TaskRow(String document, Node task, Node fulfilledBy) {
	}

	/**
	 * @param id the document to start from
	 * @param down what implements it (true) or what it implements (false)
	 * @param depth levels of documents, 1..10
	 * @param limit most nodes returned
	 */
	public Graph of(String id, boolean down, int depth, int limit) {
		// One read transaction for every level: one snapshot of the graph. In-process
		// when the database is embedded: a level is then a call, not a Bolt round trip.
		return this.transactions.read((tx) -> of(tx, id, down, depth, limit));
	}

	private Graph of(GraphTransactions.Statements tx, String id, boolean down, int depth, int limit) {
		List<Map<String, Object>> root = run(tx, "queries/lineage/root", Map.of("id", id));
		if (root.isEmpty()) {
			throw new NotFoundException("document.not-found", id);
		}
		Map<String, Node> nodes = new LinkedHashMap<>();
		Map<String, Edge> edges = new LinkedHashMap<>();
		nodes.put(id, Rows.as(root.get(0).get("node"), Node.class));
		boolean truncated = false;
		List<String> frontier = List.of(id);
		for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
			Set<String> next = new LinkedHashSet<>();
			// Rows past what the limit can take are not fetched; edges between nodes
			// already there need some room too.
			int room = 2 * (limit - nodes.size()) + frontier.size();
			for (Map<String, Object> row : run(tx, down ? "queries/lineage/down-level" : "queries/lineage/up-level",
					Map.of("ids", frontier, "max", room))) {
				LevelRow r = Rows.as(row, LevelRow.class);
				Node node = r.node();
				String nodeId = node.id();
				if (!nodes.containsKey(nodeId)) {
					if (nodes.size() >= limit) {
						truncated = true;
						break;
					}
					nodes.put(nodeId, node);
					next.add(nodeId);
				}
				edge(edges, r.from(), r.to(), r.type());
			}
			frontier = new ArrayList<>(next);
		}
		if (down && !truncated) {
			truncated = tasks(tx, nodes, edges, limit);
		}
		return new Graph(List.copyOf(nodes.values()), List.copyOf(edges.values()), truncated);
	}

	/** Adds the tasks of the documents reached, and what fulfilled them; true if cut. */
	private boolean tasks(GraphTransactions.Statements tx, Map<String, Node> nodes, Map<String, Edge> edges,
			int limit) {
		List<String> documents = List.copyOf(nodes.keySet());
		// One more than fits, to know whether the answer was cut.
		int room = limit - nodes.size() + 1;
		for (Map<String, Object> row : run(tx, "queries/lineage/tasks", Map.of("ids", documents, "max", room))) {
			TaskRow r = Rows.as(row, TaskRow.class);
			String taskId = r.task().id();
			if (nodes.size() >= limit) {
				return true;
			}
			nodes.put(taskId, r.task());
			edge(edges, r.document(), taskId, "HAS_TASK");
			if (r.fulfilledBy() != null) {
				// The fulfilling document counts against the limit too.
				if (!nodes.containsKey(r.fulfilledBy().id())) {
					if (nodes.size() >= limit) {
						return true;
					}
					nodes.put(r.fulfilledBy().id(), r.fulfilledBy());
				}
				edge(edges, taskId, r.fulfilledBy().id(), "FULFILLED_BY");
			}
		}
		return false;
	}

	private static void edge(Map<String, Edge> edges, String from, String to, String type) {
		edges.putIfAbsent(from + "|" + type + "|" + to, new Edge(from, to, type));
	}

	private static List<Map<String, Object>> run(GraphTransactions.Statements tx, String query,
			Map<String, Object> parameters) {
		return tx.rows(CypherFiles.load(query), parameters);
	}

}
