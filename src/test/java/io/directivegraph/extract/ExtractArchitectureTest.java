package io.directivegraph.extract;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The extraction pipeline is plain Java: testable alone, usable without a database or a
 * container.
 */
@AnalyzeClasses(packages = "io.directivegraph.extract", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtractArchitectureTest {

	@ArchTest
	static final ArchRule pipelineUsesNeitherSpringNorNeo4j = noClasses().that()
		.resideInAPackage("io.directivegraph.extract..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.neo4j..");

}
