package io.directivegraph.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

import io.directivegraph.extract.citation.DocumentKinds;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.Rows;
import io.directivegraph.web.BadRequestException;
import io.directivegraph.web.Page;

/**
 * Documents as the API answers them: a search by number, jurisdiction, kind or title
 * words ({@code queries/documents/search}) and one document in full
 * ({@code queries/documents/get}).
 */
@Service
public class Documents {

	private static final Set<String> KINDS = DocumentKinds.defaults()
		.all()
		.stream()
		.map(DocumentKinds.Kind::value)
		.collect(Collectors.toUnmodifiableSet());

	private final Driver driver;

	public Documents(Driver driver) {
		this.driver = driver;
	}

	/** The parameters of {@code queries/documents/search}; null: any. */
	record SearchParameters(String q, String number, String jurisdiction, String kind, long skip, int limit) {
	}

	/**
	 * One page of the documents that match; every filter may be null.
	 * @param q a Lucene query (see {@code web.FullTextQuery}), null for none
	 */
	public Page<DocumentSummary> search(String q, String number, String jurisdiction, String kind,
			Page.Request paging) {
		if (kind != null && !KINDS.contains(kind)) {
			throw new BadRequestException("document.kind", KINDS.stream().sorted().toList(), kind);
		}
		SearchParameters parameters = new SearchParameters(q, number, jurisdiction, kind, paging.skip(), paging.size());
		Record record = this.driver.executableQuery(CypherFiles.load("queries/documents/search"))
			.withParameters(Rows.parameters(parameters))
			.execute()
			.records()
			.get(0);
		return new Page<>(Rows.list(record.get("items"), DocumentSummary.class), record.get("total").asLong());
	}

	/** One document with its sources, relations and tasks; empty when there is none. */
	public Optional<DocumentDetail> get(String id) {
		List<Record> records = this.driver.executableQuery(CypherFiles.load("queries/documents/get"))
			.withParameters(java.util.Map.of("id", id))
			.execute()
			.records();
		if (records.isEmpty()) {
			return Optional.empty();
		}
		Record r = records.get(0);
		DocumentSummary d = Rows.as(r.get("document"), DocumentSummary.class);
		String signer = r.get("document").get("signer").asString(null);
		String asWritten = r.get("document").get("titleAsWritten").asString(null);
		return Optional
			.of(new DocumentDetail(d.id(), d.kind(), d.number(), d.name(), d.issuedOn(), d.issuer(), d.jurisdiction(),
					d.title(), asWritten, signer, d.hasText(), Rows.list(r.get("sources"), DocumentDetail.Source.class),
					Rows.list(r.get("implements"), DocumentDetail.Related.class),
					Rows.list(r.get("implementedBy"), DocumentDetail.Related.class),
					Rows.list(r.get("tasks"), DocumentDetail.Task.class)));
	}

}
