package io.directivegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fulfilment measured on annotated task ↔ document pairs ({@code fulfilment/pairs.tsv}:
 * the four links of 50-CTr/TU, a provincial plan, a Government resolution, with traps:
 * another period, another congress, two near-identical decisions, a document issued
 * before the task). Precision first: no wrong link; recall has a floor.
 */
class FulfilmentMatchingTest {

	private record Group(List<Fulfilment.TaskRow> tasks, List<Fulfilment.DocumentRow> documents, Set<String> expected) {
	}

	private static Map<String, Group> groups() throws IOException {
		Map<String, Group> groups = new LinkedHashMap<>();
		try (InputStream in = FulfilmentMatchingTest.class.getResourceAsStream("/fulfilment/pairs.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				Group group = groups.computeIfAbsent(f[0],
						(j) -> new Group(new ArrayList<>(), new ArrayList<>(), new TreeSet<>()));
				switch (f[1]) {
					case "T" -> group.tasks()
						.add(new Fulfilment.TaskRow(f[2], f[5], f[3].equals("-") ? null : f[3], "own." + f[2], f[4]));
					case "D" -> group.documents().add(new Fulfilment.DocumentRow(f[2], f[3], f[5], f[4]));
					case "L" -> group.expected().add(f[2] + " -> " + f[3]);
					default -> throw new IllegalStateException(line);
				}
			}
		}
		return groups;
	}

	@Test
	void annotatedPairsAreLinkedWithoutAWrongLink() throws IOException {
		Set<String> expected = new TreeSet<>();
		Set<String> found = new TreeSet<>();
		for (Map.Entry<String, Group> entry : groups().entrySet()) {
			Group group = entry.getValue();
			List<Fulfilment.Link> links = new ArrayList<>();
			Fulfilment.match(entry.getKey(), group.tasks(), group.documents(), links, new ArrayList<>());
			links.forEach((l) -> found.add(l.task() + " -> " + l.document()));
			expected.addAll(group.expected());
		}
		Set<String> right = new TreeSet<>(found);
		right.retainAll(expected);
		double precision = found.isEmpty() ? 1 : (double) right.size() / found.size();
		double recall = (double) right.size() / expected.size();
		System.out.printf("fulfilment on annotated pairs: precision %.3f, recall %.3f (%d found, %d expected)%n",
				precision, recall, found.size(), expected.size());
		assertThat(found).as("no wrong link").isSubsetOf(expected);
		assertThat(found).as("the four links of 50-CTr/TU")
			.contains("hg.t151 -> hg.05-NQ", "hg.t174 -> hg.04-DA", "hg.t209 -> hg.01-DA", "hg.t126 -> hg.1120-QD");
		assertThat(recall).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void documentsNamingAnotherCongressOrPeriodAreOtherDocuments() {
		assertThat(Fulfilment.conflict(Fulfilment.identifiers("Nghị quyết Đại hội XIII và lần thứ XIV"),
				Fulfilment.identifiers("tiến tới Đại hội lần thứ XV và Đại hội toàn quốc lần thứ XIV")))
			.isTrue();
		assertThat(Fulfilment.conflict(Fulfilment.identifiers("giai đoạn 2026 - 2030"),
				Fulfilment.identifiers("giai đoạn 2021 - 2025")))
			.isTrue();
		assertThat(Fulfilment.conflict(Fulfilment.identifiers("giai đoạn 2021 - 2025, định hướng đến năm 2030"),
				Fulfilment.identifiers("giai đoạn 2021 - 2025, tầm nhìn đến năm 2030")))
			.isFalse();
		assertThat(Fulfilment.conflict(Fulfilment.identifiers("nâng cao chất lượng cán bộ"),
				Fulfilment.identifiers("nhiệm kỳ 2020 - 2025")))
			.isFalse();
	}

}
