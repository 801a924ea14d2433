package io.directivegraph.explore;

import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.Rows;

/** The jurisdictions in the graph ({@code queries/explore/jurisdictions}). */
@Service
public class Jurisdictions {

	/**
	 * A jurisdiction and how many documents and tasks it holds.
	 *
	 * @param name "Hậu Giang", "Trung ương", …
	 * @param documents documents issued in it
	 * @param tasks tasks of those documents
	 */
	public record Row(String name, long documents, long tasks) {
	}

	private final Driver driver;

	public Jurisdictions(Driver driver) {
		this.driver = driver;
	}

	/** Every jurisdiction, those with the most tasks first. */
	public List<Row> all() {
		return this.driver.executableQuery(CypherFiles.load("queries/explore/jurisdictions"))
			.execute()
			.records()
			.stream()
			.map((r) -> r.as(Row.class))
			.toList();
	}

}
