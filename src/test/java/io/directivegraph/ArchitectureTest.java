package io.directivegraph;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * No cycles between the feature packages ({@code ingest}, {@code task}, {@code web}, …),
 * nor between the stages of the extraction pipeline ({@code extract.text},
 * {@code extract.structure}, {@code extract.citation}, {@code extract.task}, …): shared
 * web types live in {@code web}, shared domain values in {@code domain}, the extraction's
 * records in {@code extract.model}.
 */
@AnalyzeClasses(packages = "io.directivegraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("io.directivegraph.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule extractionStagesAreFreeOfCycles = slices().matching("io.directivegraph.extract.(*)..")
		.should()
		.beFreeOfCycles();

}
