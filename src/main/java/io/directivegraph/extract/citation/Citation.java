package io.directivegraph.extract.citation;

/**
 * A document cited in the text, with the offsets it spans in the source (for relations
 * and provenance).
 *
 * @param start offset of the kind word (or of the number when there is none)
 * @param end offset just past the citation, its date, issuer and title included
 * @param number canonical number, or null for a named unnumbered document
 * @param name canonical name of a named unnumbered document
 * @param national whether the cited document is national (TW, CP, TTg, QH ...) rather
 * than provincial
 * @param province the province named in the citation itself, if any
 */
public record Citation(int start, int end, String kind, String number, String name, String issuedOn, String issuer,
		boolean national, String province, String title, boolean informal, boolean hasKindWord) {

	/**
	 * The identifier used in relations: the number, or the name of an unnumbered
	 * document.
	 */
	public String ref() {
		return (this.number != null) ? this.number : this.name;
	}

}
