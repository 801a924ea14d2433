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

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			bo y te chu tri                           | Sở Y tế
			so y te chu tri                           | Sở Y tế
			uy ban nhan dan xa xay dung ke hoach      | Ủy ban nhân dân tỉnh
			ban to chuc thanh uy chu tri              | Ban Tổ chức Tỉnh ủy
			""")
	void spellingRepairNeverChangesALevelWord(String folded, String nearAgency) {
		var match = RESOLVER.prefixApproximately(AgencyResolver.words(folded));
		// Whatever it finds, it is not the agency of another level one edit away.
		assertThat(match.map((m) -> m.agency().name()).orElse(""))
			.isNotEqualTo(folded.startsWith("so y te") ? "" : nearAgency);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ban to chuc tinh uy chu tri     | true  | Ban Tổ chức Tỉnh ủy
			ban t6 chirc tinh iy chu tri    | false | -
			ban t6 chirc tinh iy chu tri    | true  | Ban Tổ chức Tỉnh ủy
			""")
	void cleanTextIsMatchedExactly(String folded, boolean repairSpelling, String agency) {
		var match = RESOLVER.prefix(AgencyResolver.words(folded), repairSpelling);
		assertThat(match.map((m) -> m.agency().name()).orElse("-")).isEqualTo(agency);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			bo y te                 | so y te                 | false
			ban t6 chirc tinh iy    | ban to chuc tinh uy     | true
			uy ban nhan dan xa      | uy ban nhan dan tinh    | false
			huyen oty cheau thanh   | huyen uy chau thanh     | true
			ban to chuc             | ban to chuc tinh uy     | false
			""")
	void levelWordsMustAgree(String phrase, String form, boolean same) {
		assertThat(AgencyResolver.sameLevelWords(AgencyResolver.words(phrase), form.split(" "))).isEqualTo(same);
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
