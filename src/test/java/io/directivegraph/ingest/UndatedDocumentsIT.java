package io.directivegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan whose text gives no date, no year and cites nothing dated: its tasks are
 * reported apart (UNDATED) on every day, never counted as overdue or in time.
 */
@ApiTest
class UndatedDocumentsIT {

	static final String PLAN = """
			ỦY BAN NHÂN DÂN
			TỈNH VĨNH LONG

			KẾ HOẠCH
			Tuyên truyền phòng, chống tác hại của thuốc lá trong trường học

			I. NHIỆM VỤ
			1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế tổ chức tuyên truyền trong các trường học,
			hoàn thành trong quý II.
			2. Sở Y tế chủ trì hướng dẫn xây dựng trường học không khói thuốc.
			""";

	@Autowired
	GraphIngest ingest;

	@Autowired
	Driver driver;

	@BeforeEach
	void empty() {
		TestNeo4j.clear();
	}

	private Record countsOf(String agency, String asOf) {
		return this.driver.executableQuery(CypherFiles.load("queries/accountability/overdue"))
			.withParameters(Map.of("asOf", asOf, "jurisdiction", "Vĩnh Long", "predecessors", java.util.List.of()))
			.execute()
			.records()
			.stream()
			.filter((r) -> !r.get("agency").isNull() && r.get("agency").get("name").asString().equals(agency))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void tasksOfAPlanWithNoInferableDateAreReportedApartOnEveryDay() {
		IngestResult result = this.ingest.ingest("ke-hoach-thuoc-la.txt", PLAN.getBytes(StandardCharsets.UTF_8));
		assertThat(result.status()).isEqualTo(IngestResult.Status.INGESTED);
		assertThat(this.driver.executableQuery("MATCH (d:Document)-[:HAS_TASK]->() RETURN DISTINCT d.setOn AS s")
			.execute()
			.records()
			.get(0)
			.get("s")
			.isNull()).isTrue();
		for (String day : new String[] { "2001-01-01", "2026-12-04", "2040-01-01" }) {
			Record counts = countsOf("Sở Y tế", day);
			assertThat(counts.get("undated").asLong()).as(day).isEqualTo(1);
			assertThat(counts.get("overdue").asLong() + counts.get("pending").asLong() + counts.get("open").asLong())
				.as(day)
				.isZero();
		}
	}

}
