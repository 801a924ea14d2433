package io.directivegraph.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.directivegraph.extract.text.DataFiles;

/**
 * The relations between documents ({@code vocabulary/relations.tsv}): the one registry of
 * their types, Vietnamese names and colours, read by the extractor's cues
 * ({@code extract/relation-cues.tsv}), the API ({@code GET /api/vocabulary}), the
 * accountability page and the Browser style.
 */
public final class RelationTypes {

	/**
	 * One relation type.
	 *
	 * @param type the graph's relationship type, e.g. {@code IMPLEMENTS}
	 * @param name its Vietnamese name, e.g. "thực hiện"
	 * @param colour its colour on the page and in Browser
	 * @param width its shaft width in Browser, px
	 * @param lineage whether lineage follows it
	 */
	public record Type(String type, String name, String colour, int width, boolean lineage) {
	}

	private static final List<Type> TYPES = load();

	private RelationTypes() {
	}

	/** Every type, in the order the page lists them. */
	public static List<Type> all() {
		return TYPES;
	}

	/** The type of that name, if the registry has it. */
	public static Optional<Type> of(String type) {
		return TYPES.stream().filter((t) -> t.type().equals(type)).findFirst();
	}

	private static List<Type> load() {
		List<Type> types = new ArrayList<>();
		for (String[] c : DataFiles.rows("/vocabulary/relations.tsv")) {
			if (!c[4].equals("yes") && !c[4].equals("no")) {
				throw new IllegalStateException("vocabulary/relations.tsv: lineage of " + c[0] + " must be yes or no");
			}
			types.add(new Type(c[0], c[1], c[2], Integer.parseInt(c[3]), c[4].equals("yes")));
		}
		return List.copyOf(types);
	}

}
