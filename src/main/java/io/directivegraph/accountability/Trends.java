package io.directivegraph.accountability;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

import io.directivegraph.agency.Mergers;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.Rows;

/**
 * The question leaders ask — "is this department getting better?": per lead agency and
 * per quarter, of the tasks that fell due in the quarter, the share done on time
 * ({@code queries/accountability/trends}).
 */
@Service
public class Trends {

	/** One agency's quarter: tasks due in it, done on time, done late, not done. */
	public record Quarter(OverdueCounts.Agency agency, long year, long quarter, long due, long onTime, long late,
			long notDone) {

		/** The share done on time, 0..1. */
		public double onTimeShare() {
			return (this.due == 0) ? 0 : (double) this.onTime / this.due;
		}

	}

	record Parameters(String asOf, String jurisdiction, String agency, List<Mergers.Merger> predecessors) {
	}

	private final Driver driver;

	Trends(Driver driver) {
		this.driver = driver;
	}

	/** The quarters up to {@code asOf}; filters may be null. */
	public List<Quarter> quarters(LocalDate asOf, String jurisdiction, String agency) {
		return this.driver.executableQuery(CypherFiles.load("queries/accountability/trends"))
			.withParameters(Rows
				.parameters(new Parameters(asOf.toString(), jurisdiction, agency, Mergers.predecessors(jurisdiction))))
			.execute()
			.records()
			.stream()
			.map((r) -> r.as(Quarter.class))
			.toList();
	}

}
