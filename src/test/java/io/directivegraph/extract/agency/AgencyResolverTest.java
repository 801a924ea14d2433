package io.directivegraph.extract.agency;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.text.EditSimilarity;

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
	void oneEditApartIsOneEditApart(@ForAll @StringLength(max = 6) @CharRange(from = 'a', to = 'c') String a,
			@ForAll @StringLength(max = 6) @CharRange(from = 'a', to = 'c') String b) {
		// With no minimum the similarity is the plain edit-distance ratio
		// (EditSimilarityTest).
		int distance = (int) Math.round((1 - EditSimilarity.atLeast(a, b, 0)) * Math.max(a.length(), b.length()));
		// Equal strings are also said to be one edit apart.
		assertThat(AgencyResolver.oneEditApart(a, b)).isEqualTo(distance <= 1);
	}

}
