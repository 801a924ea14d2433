package io.directivegraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.directivegraph.extract.Extraction;
import io.directivegraph.extract.Extractor;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.text.UndecodableTextException;
import io.directivegraph.neo4j.CypherFiles;

/**
 * Loads one source file into the graph: extract, then in one transaction replace
 * everything that source said before (its tasks, relations, mentions, unresolved
 * references) with what it says now. Identical content is a no-op; a failure leaves the
 * previous state; concurrent ingests of files citing the same documents meet on the
 * uniqueness constraints and are retried.
 */
@Service
public class GraphIngest {

	private static final Logger log = LoggerFactory.getLogger(GraphIngest.class);

	private static final int CONFLICT_RETRIES = 5;

	private final Driver driver;

	private final Extractor extractor;

	private final Gazetteer gazetteer;

	private final Fulfilment fulfilment;

	public GraphIngest(Driver driver, Extractor extractor, Gazetteer gazetteer, Fulfilment fulfilment) {
		this.driver = driver;
		this.extractor = extractor;
		this.gazetteer = gazetteer;
		this.fulfilment = fulfilment;
	}

	/** Ingests one file and brings the fulfilment links it affects up to date. */
	public IngestResult ingest(String file, byte[] bytes) {
		IngestResult result = ingestDeferred(file, bytes);
		completeFulfilment();
		return result;
	}

	/**
	 * Ingests one file, leaving the fulfilment links of the jurisdictions it changed
	 * marked for {@link #completeFulfilment()}: a bulk ingest computes them once at the
	 * end instead of after every file.
	 */
	public IngestResult ingestDeferred(String file, byte[] bytes) {
		Extraction extraction;
		try {
			extraction = this.extractor.extract(file, bytes);
		}
		catch (UndecodableTextException ex) {
			return IngestResult.skipped(file, ex.getMessage());
		}
		if (extraction.documents().isEmpty()) {
			return IngestResult.skipped(file, "no document in it (empty)");
		}
		GraphPlan plan = write(extraction);
		if (plan == null) {
			return IngestResult.unchanged(file);
		}
		log.debug("Ingested {}: {} documents, {} tasks", file, plan.documents.size(), plan.tasks.size());
		return new IngestResult(file, IngestResult.Status.INGESTED, plan.documents.size(), plan.tasks.size(),
				plan.citations.size(), plan.references.size(), null);
	}

	/** Recomputes the fulfilment links of every jurisdiction an ingest changed. */
	public void completeFulfilment() {
		this.fulfilment.updatePending();
	}

	private GraphPlan write(Extraction extraction) {
		for (int attempt = 1;; attempt++) {
			try (Session session = this.driver.session()) {
				return session.executeWrite((tx) -> writeIn(tx, extraction));
			}
			catch (ClientException ex) {
				// Two ingests creating the same cited document at once: one loses on the
				// constraint; run it again.
				boolean conflict = ex.code() != null && ex.code().contains("ConstraintValidationFailed");
				if (!conflict || attempt >= CONFLICT_RETRIES) {
					throw ex;
				}
			}
			catch (TransientException ex) {
				if (attempt >= CONFLICT_RETRIES) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Writes the extraction's facts in place of the source's previous ones; null when its
	 * content is unchanged.
	 */
	private GraphPlan writeIn(TransactionContext tx, Extraction extraction) {
		String file = extraction.source().file();
		Map<String, Object> source = Map.of("file", file);
		// Checked in the writing transaction: one round trip less, and two ingests of the
		// same file cannot both find it changed.
		Value sha = tx.run(CypherFiles.load("ingest/source-sha"), source).single().get("sha256");
		if (!sha.isNull() && sha.asString().equals(extraction.source().sha256())) {
			return null;
		}
		tx.run(CypherFiles.load("ingest/clear-tasks"), source).consume();
		tx.run(CypherFiles.load("ingest/clear-edges"), source).consume();
		tx.run(CypherFiles.load("ingest/clear-references"), source).consume();
		List<Object> touched = tx.run(CypherFiles.load("ingest/clear-mentions"), source)
			.single()
			.get("touched")
			.asList();
		GraphPlan plan = new GraphPlan(this.gazetteer, (key) -> candidates(tx, key)).build(extraction).inLockOrder();
		tx.run(CypherFiles.load("ingest/write-source"), Map.of("file", file, "sha256", extraction.source().sha256(),
				"chars", extraction.source().chars(), "encoding", extraction.source().encoding()))
			.consume();
		tx.run(CypherFiles.load("ingest/write-agencies"), Map.of("agencies", plan.agencies)).consume();
		tx.run(CypherFiles.load("ingest/write-documents"), Map.of("file", file, "documents", plan.documents)).consume();
		tx.run(CypherFiles.load("ingest/write-citations"), Map.of("file", file, "citations", plan.citations)).consume();
		tx.run(CypherFiles.load("ingest/write-references"), Map.of("file", file, "references", plan.references))
			.consume();
		tx.run(CypherFiles.load("ingest/write-relations"), Map.of("file", file, "relations", plan.relations)).consume();
		tx.run(CypherFiles.load("ingest/write-tasks"), Map.of("file", file, "tasks", plan.tasks)).consume();
		List<Object> updated = tx.run(CypherFiles.load("ingest/reattach-updates"), source)
			.single()
			.get("tasks")
			.asList();
		if (!updated.isEmpty()) {
			tx.run(CypherFiles.load("task/apply-updates"), Map.of("tasks", updated)).consume();
		}
		tx.run(CypherFiles.load("ingest/delete-orphan-stubs"), Map.of("ids", touched)).consume();
		tx.run(CypherFiles.load("ingest/mark-fulfilment-pending"),
				Map.of("jurisdictions", List.copyOf(plan.jurisdictions)))
			.consume();
		return plan;
	}

	private static List<String[]> candidates(TransactionContext tx, List<String> key) {
		List<String[]> found = new ArrayList<>();
		tx.run(CypherFiles.load("ingest/document-candidates"),
				Map.of("jurisdiction", key.get(0), "kind", key.get(1), "number", key.get(2)))
			.forEachRemaining((r) -> found.add(new String[] { r.get("id").asString(),
					r.get("issuedOn").isNull() ? null : r.get("issuedOn").asString() }));
		return found;
	}

}
