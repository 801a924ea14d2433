package io.directivegraph.extract.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditSimilarityTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			abcd       | abcdx      | 0.8  | 0.8
			abcde      | abcdx      | 0.8  | 0.8
			abcd       | abxd       | 0.75 | 0.75
			abcd       | abxd       | 0.76 | 0.0
			xay dung   | xay dung   | 0.9  | 1.0
			""")
	void similarityOnTheBoundaryOfTheMinimumIsAccepted(String a, String b, double min, double expected) {
		assertThat(EditSimilarity.atLeast(a, b, min)).isEqualTo(expected);
	}

	@Property(tries = 2000)
	void similarityIsTheEditDistanceRatioWhereItIsAccepted(
			@ForAll @StringLength(max = 30) @CharRange(from = 'a', to = 'f') String a,
			@ForAll @StringLength(max = 30) @CharRange(from = 'a', to = 'f') String b,
			@ForAll @DoubleRange(min = 0, max = 0.95) double min) {
		double full = fullSimilarity(a, b);
		double banded = EditSimilarity.atLeast(a, b, min);
		if (full >= min) {
			assertThat(banded).isEqualTo(full);
		}
		else {
			assertThat(banded).isLessThan(min);
		}
	}

	@Property(tries = 500)
	void similarityOfNearCopies(@ForAll @StringLength(min = 5, max = 40) @CharRange(from = 'a', to = 'd') String a,
			@ForAll @CharRange(from = 'a', to = 'e') char replacement, @ForAll int position,
			@ForAll @DoubleRange(min = 0.5, max = 0.95) double min) {
		int at = Math.floorMod(position, a.length());
		String b = a.substring(0, at) + replacement + a.substring(at + 1);
		String c = a.substring(0, at) + a.substring(at + 1);
		for (String other : new String[] { b, c, b + "x", "x" + c }) {
			double full = fullSimilarity(a, other);
			double banded = EditSimilarity.atLeast(a, other, min);
			assertThat(banded).isEqualTo((full >= min) ? full : 0.0);
		}
	}

	/** The whole Levenshtein table. */
	private static double fullSimilarity(String a, String b) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1.0;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
			}
		}
		return 1.0 - (double) d[a.length()][b.length()] / longer;
	}

}
