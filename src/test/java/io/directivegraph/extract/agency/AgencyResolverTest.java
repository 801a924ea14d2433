package io.directivegraph.extract.agency;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyResolverTest {

	private static final AgencyResolver RESOLVER = new AgencyResolver(Gazetteer.defaults());

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			ban to chuc tinh uy chu tri xay dung           | Ban Tổ chức Tỉnh ủy          | 5
			ban t6 chirc tinh iy chu tri                    | Ban Tổ chức Tỉnh ủy          | 5
			ban thudng vu tinh uy lanh dao                  | Ban Thường vụ Tỉnh ủy        | 5
			uy ban nhan dan tinh xay dung ke hoach          | Ủy ban nhân dân tỉnh         | 5
			tiep tuc lanh dao                               | -                            | 0
			""")
	void agencyOpeningThePhrase(String folded, String agency, int words) {
		var match = RESOLVER.prefixApproximately(AgencyResolver.words(folded));
		assertThat(match.map((m) -> m.agency().name()).orElse(null)).isEqualTo(agency);
		assertThat(match.map(AgencyResolver.Match::words).orElse(0)).isEqualTo(words);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			giao cho ban to chuc tinh uy         | Ban Tổ chức Tỉnh ủy   | 5
			de nghi ban t chire tinh uy          | Ban Tổ chức Tỉnh ủy   | 5
			do so tai chinh                      | Sở Tài chính          | 3
			""")
	void agencyEndingThePhrase(String folded, String agency, int words) {
		var match = RESOLVER.suffix(AgencyResolver.words(folded));
		assertThat(match).isPresent();
		assertThat(match.get().agency().name()).isEqualTo(agency);
		assertThat(match.get().words()).isEqualTo(words);
	}

	@Property(tries = 2000)
	void similarityIsTheEditDistanceRatioWhereItIsAccepted(
			@ForAll @StringLength(max = 30) @CharRange(from = 'a', to = 'f') String a,
			@ForAll @StringLength(max = 30) @CharRange(from = 'a', to = 'f') String b) {
		double full = fullSimilarity(a, b);
		double banded = AgencyResolver.similarity(a, b);
		if (full >= AgencyResolver.MIN_SIMILARITY) {
			assertThat(banded).isEqualTo(full);
		}
		else {
			assertThat(banded).isLessThan(AgencyResolver.MIN_SIMILARITY);
		}
	}

	@Property(tries = 500)
	void similarityOfNearCopies(@ForAll @StringLength(min = 5, max = 40) @CharRange(from = 'a', to = 'd') String a,
			@ForAll @CharRange(from = 'a', to = 'e') char replacement, @ForAll int position) {
		int at = Math.floorMod(position, a.length());
		String b = a.substring(0, at) + replacement + a.substring(at + 1);
		String c = a.substring(0, at) + a.substring(at + 1);
		for (String other : new String[] { b, c, b + "x", "x" + c }) {
			double full = fullSimilarity(a, other);
			double banded = AgencyResolver.similarity(a, other);
			assertThat(banded).isEqualTo((full >= AgencyResolver.MIN_SIMILARITY) ? full : 0.0);
		}
	}

	@Property(tries = 2000)
	void oneEditApartIsOneEditApart(@ForAll @StringLength(max = 6) @CharRange(from = 'a', to = 'c') String a,
			@ForAll @StringLength(max = 6) @CharRange(from = 'a', to = 'c') String b) {
		int distance = (int) Math.round((1 - fullSimilarity(a, b)) * Math.max(a.length(), b.length()));
		// Equal strings are also said to be one edit apart.
		assertThat(AgencyResolver.oneEditApart(a, b)).isEqualTo(distance <= 1);
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
