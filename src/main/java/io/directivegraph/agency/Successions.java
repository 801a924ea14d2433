package io.directivegraph.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.directivegraph.extract.agency.Csv;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.citation.Provinces;
import io.directivegraph.domain.DocumentIds;
import io.directivegraph.neo4j.CypherFiles;

/**
 * Loads agency successions ({@code import/successions.csv}, else the packaged copy) at
 * start, with the successions of the 1 July 2025 provincial merger generated from the
 * gazetteer ({@link ProvinceMergerSuccessions}): the reorganisation is data, not code.
 * Idempotent (every row is a MERGE).
 */
@Component
@Order(0)
public class Successions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Successions.class);

	private static final Path FILE = Path.of("import/successions.csv");

	private final Driver driver;

	Successions(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		load();
	}

	/** Loads (again) every succession of the file; idempotent. */
	public void load() throws IOException {
		List<Map<String, Object>> rows = read();
		this.driver.executableQuery(CypherFiles.load("agency/load-successions"))
			.withParameters(Map.of("successions", rows))
			.execute();
		log.debug("Loaded {} agency successions", rows.size());
	}

	static List<Map<String, Object>> read() throws IOException {
		String text;
		if (Files.exists(FILE)) {
			text = Files.readString(FILE, StandardCharsets.UTF_8);
		}
		else {
			try (InputStream in = Successions.class.getResourceAsStream("/gazetteer/successions.csv")) {
				if (in == null) {
					return List.of();
				}
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<List<String>> predecessors = new HashSet<>();
		List<String> lines = text.lines().filter((l) -> !l.isBlank()).toList();
		for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			List<String> cells = Csv.parseLine(line);
			if (cells.size() < 5) {
				throw new UncheckedIOException(new IOException("successions.csv: 5 columns expected: " + line));
			}
			rows.add(Map.of("from", agency(cells.get(0), cells.get(1)), "to", agency(cells.get(2), cells.get(3)), "on",
					cells.get(4).strip()));
			predecessors.add(List.of(cells.get(0).strip(), cells.get(1).strip()));
		}
		// The provincial merger of 1 July 2025 is generated from the gazetteer templates
		// and
		// provinces.csv; a row of the file wins for the same predecessor.
		for (ProvinceMergerSuccessions.Row row : ProvinceMergerSuccessions.generate(Provinces.defaults().units(),
				Gazetteer.defaults().agencies())) {
			if (predecessors.add(List.of(row.fromName(), row.fromJurisdiction()))) {
				rows.add(Map.of("from", agency(row.fromName(), row.fromJurisdiction()), "to",
						agency(row.toName(), row.toJurisdiction()), "on", row.on().toString()));
			}
		}
		return rows;
	}

	private static Map<String, Object> agency(String name, String jurisdiction) {
		return Map.of("id", DocumentIds.agency(jurisdiction.strip(), name.strip()), "name", name.strip(),
				"jurisdiction", jurisdiction.strip());
	}

}
