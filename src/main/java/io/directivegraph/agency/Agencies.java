package io.directivegraph.agency;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.Rows;
import io.directivegraph.web.Page;

/** Agencies as the API answers them ({@code queries/agencies/search}). */
@Service
public class Agencies {

	private final Driver driver;

	public Agencies(Driver driver) {
		this.driver = driver;
	}

	/** The parameters of {@code queries/agencies/search}; null: any. */
	record SearchParameters(String q, String jurisdiction, long skip, int limit) {
	}

	/**
	 * One page of the agencies that match.
	 * @param q a Lucene query (see {@code web.FullTextQuery}), null for none
	 * @param jurisdiction null for any
	 */
	public Page<AgencyRow> search(String q, String jurisdiction, Page.Request paging) {
		Record record = this.driver.executableQuery(CypherFiles.load("queries/agencies/search"))
			.withParameters(Rows.parameters(new SearchParameters(q, jurisdiction, paging.skip(), paging.size())))
			.execute()
			.records()
			.get(0);
		return new Page<>(Rows.list(record.get("items"), AgencyRow.class), record.get("total").asLong());
	}

}
