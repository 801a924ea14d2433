package io.directivegraph.neo4j;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaScriptTest {

	@Test
	void splitsStatementsAtLineEndSemicolonsAndDropsComments() {
		String text = """
				// a comment; with a semicolon
				CREATE CONSTRAINT a IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
				CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (d:Document) ON EACH [d.title]
				OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
				""";
		List<String> statements = SchemaMigrations.Script.statements(text);
		assertThat(statements).hasSize(2);
		assertThat(statements.get(1)).startsWith("CREATE FULLTEXT").endsWith("}}");
	}

	@Test
	void findsTheShippedScriptsInVersionOrder() {
		assertThat(SchemaMigrations.scripts()).extracting(SchemaMigrations.Script::version)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
	}

}
