package io.directivegraph.extract.text;

/**
 * How alike two folded strings are, by edit distance: for OCR-damaged words and names
 * ("t6 chirc" for "to chuc"), where only a high similarity is ever accepted.
 */
public final class EditSimilarity {

	private EditSimilarity() {
	}

	/**
	 * 1 - Levenshtein distance / length of the longer string, or 0 when that is under
	 * {@code min} (lower values are only ever rejected). Only the band of the distance
	 * table that can hold an accepted distance is computed, and the computation stops
	 * once every cell of a row is over it. With {@code min} 0 it is the plain ratio.
	 */
	public static double atLeast(String a, String b, double min) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1.0;
		}
		// The most edits a similarity of at least min allows, rounded up a hair: 5 * (1 -
		// 0.8) is 0.9999999999999998 in doubles, and one edit in five must still count.
		// A wider band only costs time; the final test below is exact.
		double allowed = longer * (1 - min) + 1e-9;
		if (Math.abs(a.length() - b.length()) > allowed) {
			return 0;
		}
		// Distances over k are all rejected: they are computed as "over k" (k + 1).
		int k = (int) allowed + 1;
		int over = k + 1;
		// Each edit changes the counts of the characters by at most 2 in all: strings
		// with counts far apart are rejected without the table.
		int[] counts = new int[64];
		for (int i = 0; i < a.length(); i++) {
			counts[a.charAt(i) & 63]++;
		}
		for (int i = 0; i < b.length(); i++) {
			counts[b.charAt(i) & 63]--;
		}
		int apart = 0;
		for (int count : counts) {
			apart += Math.abs(count);
		}
		if ((apart + 1) / 2 > k) {
			return 0;
		}
		int m = b.length();
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = Math.min(j, over);
		}
		for (int i = 1; i <= a.length(); i++) {
			int lo = Math.max(1, i - k);
			int hi = Math.min(m, i + k);
			current[lo - 1] = (lo == 1) ? Math.min(i, over) : over;
			int rowMin = current[lo - 1];
			char ca = a.charAt(i - 1);
			for (int j = lo; j <= hi; j++) {
				int cost = (ca == b.charAt(j - 1)) ? 0 : 1;
				int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				current[j] = Math.min(value, over);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (hi < m) {
				current[hi + 1] = over;
			}
			// The distance is at least the smallest value of any row.
			if (rowMin > k) {
				return 0;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		int distance = previous[m];
		if (distance > k) {
			return 0;
		}
		double similarity = 1.0 - (double) distance / longer;
		return (similarity >= min) ? similarity : 0;
	}

}
