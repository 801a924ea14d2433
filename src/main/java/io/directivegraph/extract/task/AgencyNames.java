package io.directivegraph.extract.task;

import java.util.List;

import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.citation.Provinces;

/**
 * Where a named agency belongs: the province written after it ("Ủy ban nhân dân tỉnh
 * Quảng Ninh", "Sở Y tế Nghệ An") and whether the document may name it without one. Used
 * by the sentence and the table readers alike.
 */
final class AgencyNames {

	/**
	 * A lead: its canonical name (or the name as written when unknown), whether the
	 * gazetteer knows it, its coordinators, and its jurisdiction when it is not the
	 * document's ("Ủy ban nhân dân tỉnh Quảng Ninh" in a Government resolution).
	 */
	record Lead(String name, boolean known, List<String> coordinating, String jurisdiction) {

		Lead withCoordinators(List<String> coordinators) {
			return new Lead(this.name, this.known, coordinators, this.jurisdiction);
		}

	}

	private final Provinces provinces;

	AgencyNames(Provinces provinces) {
		this.provinces = provinces;
	}

	/**
	 * A lead of the right level for the document: a provincial body named without its
	 * province in a national document is not known to be any province's, so it is kept as
	 * written and flagged unknown rather than given to a province.
	 */
	Lead lead(Gazetteer.Agency agency, String province, boolean nationalDocument) {
		// A collective is national unless it is some provincial body's ("Các đảng ủy trực
		// thuộc Tỉnh ủy"): in a national document "các đảng ủy trực thuộc" are the
		// issuer's, not a province's.
		boolean local = !agency.national() && (!"COLLECTIVE".equals(agency.kind())
				|| "PROVINCE".equals(agency.level()) && agency.parent() != null && !agency.parent().isBlank());
		if (nationalDocument && local && province == null) {
			return new Lead(agency.name(), false, List.of(), null);
		}
		return new Lead(agency.name(), true, List.of(), agency.national() ? null : province);
	}

	/**
	 * The province named at word i ("tỉnh Quảng Ninh", "thành phố Hà Nội", "Nghệ An"),
	 * with the words it takes in {@code consumed[0]}; null when none.
	 */
	String provinceAt(List<String> words, int i, int[] consumed) {
		int start = i;
		if (start < words.size() && words.get(start).equals("tinh")) {
			start++;
		}
		else if (start + 1 < words.size() && words.get(start).equals("thanh") && words.get(start + 1).equals("pho")) {
			start += 2;
		}
		for (int n = Math.min(4, words.size() - start); n >= 1; n--) {
			var unit = this.provinces.unit(String.join(" ", words.subList(start, start + n)));
			if (unit.isPresent()) {
				consumed[0] = start + n - i;
				return unit.get().name();
			}
		}
		consumed[0] = 0;
		return null;
	}

	/** The province the words end with, with the words it takes; null when none. */
	String provinceEnding(List<String> words, int[] consumed) {
		for (int n = Math.min(4, words.size()); n >= 1; n--) {
			var unit = this.provinces.unit(String.join(" ", words.subList(words.size() - n, words.size())));
			if (unit.isPresent()) {
				consumed[0] = n;
				return unit.get().name();
			}
		}
		consumed[0] = 0;
		return null;
	}

}
