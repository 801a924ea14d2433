package io.directivegraph.agency;

/**
 * An agency with its parent body and successor.
 *
 * @param id its id, {@code <jurisdiction>.<name folded>}
 * @param name its name as the gazetteer or the documents write it
 * @param jurisdiction the province, city or "Trung ương"
 * @param known whether the gazetteer knows it (false: a name kept as written)
 * @param parent the body it is part of, or null
 * @param successor the agency that took over its work, and from when, or null
 */
public record AgencyRow(String id, String name, String jurisdiction, Boolean known, Ref parent, Successor successor) {

	/** Another agency, by id and name. */
	public record Ref(String id, String name) {
	}

	/** The agency that took over, from a day (YYYY-MM-DD). */
	public record Successor(String id, String name, String on) {
	}

}
