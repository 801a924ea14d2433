package io.directivegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import io.directivegraph.neo4j.CypherFiles;

/**
 * Writes the graph as CSV files (one per node label and per relationship shape, queries
 * in {@code cypher/export/}), which {@code cypher/load/load-export.cypher} loads with
 * {@code LOAD CSV} into an empty database with the same result: for users of Neo4j's own
 * bulk tools.
 */
@Component
public class GraphExport {

	/** The export files, in the order the load script reads them. */
	static final List<String> FILES = List.of("nodes-jurisdiction", "nodes-quarter", "nodes-source", "nodes-agency",
			"nodes-document", "nodes-task", "nodes-reference", "rels-document-document", "rels-document-agency",
			"rels-document-jurisdiction", "rels-agency-jurisdiction", "rels-agency-agency", "rels-document-task",
			"rels-task-agency", "rels-agency-task", "rels-task-quarter", "rels-task-document", "rels-source-document",
			"rels-source-task", "rels-document-reference", "nodes-task-update", "rels-task-update");

	private final Driver driver;

	public GraphExport(Driver driver) {
		this.driver = driver;
	}

	/** Writes every export file into {@code dir}; returns rows written per file. */
	public Map<String, Integer> export(Path dir) {
		Map<String, Integer> rows = new LinkedHashMap<>();
		try {
			Files.createDirectories(dir);
			try (Session session = this.driver.session()) {
				for (String name : FILES) {
					rows.put(name, session.executeRead((tx) -> {
						var result = tx.run(CypherFiles.load("export/" + name));
						try (Writer out = Files.newBufferedWriter(dir.resolve(name + ".csv"), StandardCharsets.UTF_8)) {
							List<String> keys = result.keys();
							out.write(String.join(",", keys) + "\n");
							int n = 0;
							while (result.hasNext()) {
								Record record = result.next();
								List<String> cells = new ArrayList<>();
								for (String key : keys) {
									cells.add(cell(record.get(key)));
								}
								out.write(String.join(",", cells) + "\n");
								n++;
							}
							return n;
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/**
	 * Runs the load script against the configured database, reading files from
	 * {@code base} (a URL).
	 */
	public void load(String base) {
		try (Session session = this.driver.session()) {
			for (String statement : CypherFiles.statements("load/load-export")) {
				session.run(statement, Map.of("base", base)).consume();
			}
		}
	}

	/** RFC 4180 cell; null is empty, lists are joined with '|'. */
	private static String cell(Value value) {
		if (value.isNull()) {
			return "";
		}
		Object object = value.asObject();
		String text = (object instanceof List<?> list)
				? String.join("|", list.stream().map((v) -> (v != null) ? v.toString() : "").toList())
				: object.toString();
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
