package io.directivegraph.extract.citation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements that follow a lineage name exactly the relation types the registry says
 * lineage follows ({@code vocabulary/relations.tsv}): adding a type there without the
 * Cypher, or the reverse, fails here.
 */
class RelationTypesTest {

	/** A relationship pattern naming several types: {@code [r:IMPLEMENTS|GUIDES]}. */
	private static final Pattern TYPES = Pattern.compile("\\[\\w*:((?:[A-Z_]+\\|)+[A-Z_]+)[\\]*]");

	@ParameterizedTest
	@ValueSource(strings = { "queries/lineage/down-level.cypher", "queries/lineage/up-level.cypher",
			"queries/documents/get.cypher", "queries/browser/02-what-implements-it.cypher" })
	void lineageStatementsFollowTheRelationsTheRegistrySays(String file) throws IOException {
		Set<String> lineage = RelationTypes.all()
			.stream()
			.filter(RelationTypes.Type::lineage)
			.map(RelationTypes.Type::type)
			.collect(Collectors.toCollection(TreeSet::new));
		Matcher m = TYPES.matcher(Files.readString(Path.of("cypher", file)));
		int found = 0;
		while (m.find()) {
			Set<String> types = new TreeSet<>(Set.of(m.group(1).split("\\|")));
			// Patterns of other relationships ([m:STATES|CITES]) are not this test's.
			if (types.stream().anyMatch((t) -> RelationTypes.of(t).isPresent())) {
				assertThat(types).as(file).isEqualTo(lineage);
				found++;
			}
		}
		assertThat(found).as(file).isPositive();
	}

}
