package io.directivegraph.task;

/**
 * How a task's fulfilment is decided, stored as {@code Task.fulfilment} and read by the
 * status queries ({@code cypher/queries/**}, {@code cypher/task/**}); absent: the
 * automatic match of a later document (DOMAIN.md). {@code CypherVocabularyTest} checks
 * that the Cypher files compare {@code fulfilment} with these names only.
 */
public enum FulfilmentMode {

	/** The document a person named, and only it. */
	MANUAL,

	/** Not fulfilled, whatever document matched. */
	NONE

}
