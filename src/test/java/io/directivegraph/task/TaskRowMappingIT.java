package io.directivegraph.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

import io.directivegraph.agency.Successions;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.web.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written mapping of task rows gives what the driver's own mapping gives, on
 * every task of the seeds and every query that answers tasks; and an export (who answers
 * for a task looked up once per agency) lists the same rows as the pages of the list
 * (looked up per task), the 2025 mergers included.
 */
@ApiTest
class TaskRowMappingIT {

	@Autowired
	Driver driver;

	@Autowired
	TaskRows rows;

	@Autowired
	void seeds(FolderIngest ingest, Successions successions) throws Exception {
		TestNeo4j.seedsFor(getClass(), ingest, successions);
	}

	@Test
	void theHandMappingEqualsTheDriversOnEveryTask() {
		Map<String, Object> page = io.directivegraph.neo4j.Rows.parameters(
				new TaskRows.PageParameters("2026-12-01", null, null, null, null, null, null, 0, 100_000, List.of()));
		Record result = this.driver.executableQuery(CypherFiles.load("queries/tasks/page"))
			.withParameters(page)
			.execute()
			.records()
			.get(0);
		List<Value> items = result.get("items").asList((v) -> v);
		assertThat(items).hasSizeGreaterThan(50);
		for (Value item : items) {
			assertThat(TaskRowMapper.read(item)).isEqualTo(item.as(TaskRow.Read.class));
		}
		Map<String, Object> all = io.directivegraph.neo4j.Rows
			.parameters(new TaskRows.Parameters(null, null, null, null, LocalDate.parse("2026-12-01")));
		List<Record> records = this.driver.executableQuery(CypherFiles.load("queries/accountability/tasks"))
			.withParameters(all)
			.execute()
			.records();
		assertThat(records).hasSameSizeAs(items);
		for (Record record : records) {
			assertThat(TaskRowMapper.read(record)).isEqualTo(record.as(TaskRow.Read.class));
		}
	}

	@Test
	void anExportListsWhatThePagesListWithWhoAnswersNow() {
		for (String jurisdiction : new String[] { "Hậu Giang", "Cần Thơ" }) {
			TaskRows.Filter filter = new TaskRows.Filter(LocalDate.parse("2026-12-01"), null, null, null, jurisdiction,
					null, null);
			List<TaskRow> exported = new ArrayList<>();
			this.rows.stream(filter, exported::add);
			List<TaskRow> listed = new ArrayList<>();
			for (int p = 0;; p++) {
				Page<TaskRow> rows = this.rows.page(filter, new Page.Request(p, Page.MAX_SIZE));
				listed.addAll(rows.items());
				if (rows.items().size() < Page.MAX_SIZE) {
					break;
				}
			}
			assertThat(exported).as(jurisdiction).isEqualTo(listed);
			if (jurisdiction.equals("Hậu Giang")) {
				assertThat(exported).as("merged into Cần Thơ in 2025").anyMatch((t) -> t.responsible() != null);
			}
		}
	}

}
