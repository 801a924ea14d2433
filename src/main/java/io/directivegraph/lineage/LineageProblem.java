package io.directivegraph.lineage;

/**
 * What {@code cypher/queries/lineage/implements-check} reports of an IMPLEMENTS edge that
 * points the wrong way: a lineage picture would draw a document both above and below
 * another.
 */
public enum LineageProblem {

	/** The edge closes a cycle: a document implements, through others, itself. */
	CYCLE,

	/** A national document implements a provincial one. */
	UPWARD,

	/** A document implements one issued after it. */
	OLDER

}
