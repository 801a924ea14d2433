package io.directivegraph.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.directivegraph.extract.agency.Gazetteer.Agency;
import io.directivegraph.extract.citation.Provinces.Unit;

/**
 * The successions of the 1 July 2025 provincial merger, generated rather than typed: for
 * each former province merged into another and each PROVINCE-level agency of the
 * gazetteer, the agency in the former province's form ("Ban Tổ chức Tỉnh ủy") is
 * succeeded by the same agency in the successor's form ("Ban Tổ chức Thành ủy" of a
 * centrally-run city); a Sở keeps its name. Only pairs whose both forms are gazetteer
 * names are generated.
 */
public final class ProvinceMergerSuccessions {

	/** One succession: a predecessor agency of one unit, its successor, from a day. */
	public record Row(String fromName, String fromJurisdiction, String toName, String toJurisdiction, LocalDate on) {
	}

	/**
	 * Provincial bodies that no longer existed on 1 July 2025 (the sở merged on 1 March
	 * 2025, the provincial party boards, delegations and bloc committees ended in
	 * February 2025): they have their own successions inside the province, not a namesake
	 * in the successor.
	 */
	static final Set<String> ENDED_BEFORE_MERGER = Set.of("Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường",
			"Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Thông tin và Truyền thông",
			"Sở Lao động - Thương binh và Xã hội", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Thành ủy",
			"Ban Dân vận Tỉnh ủy", "Ban Dân vận Thành ủy", "Ban Dân tộc tỉnh", "Ban Dân tộc thành phố",
			"Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban cán sự đảng Ủy ban nhân dân thành phố",
			"Đảng đoàn Hội đồng nhân dân tỉnh", "Đảng đoàn Hội đồng nhân dân thành phố",
			"Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
			"Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh",
			"Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Đảng ủy Khối các cơ quan thành phố",
			"Đảng ủy Khối Doanh nghiệp thành phố", "Đảng ủy Khối các cơ quan và doanh nghiệp thành phố",
			"Đảng ủy Khối cơ quan Dân chính Đảng thành phố");

	private static final Pattern TINH = Pattern.compile("(?<!\\p{L})tỉnh(?!\\p{L})");

	private static final Pattern THANH_PHO = Pattern.compile("(?<!\\p{L})thành phố(?!\\p{L})");

	private ProvinceMergerSuccessions() {
	}

	/** Every generated succession, in the order of the units and the gazetteer. */
	public static List<Row> generate(List<Unit> units, List<Agency> agencies) {
		Set<String> names = new HashSet<>();
		agencies.forEach((a) -> names.add(a.name()));
		List<Unit> byName = units;
		List<Row> rows = new ArrayList<>();
		for (Unit former : units) {
			if (former.successor() == null || former.until() == null || former.successor().equals(former.name())) {
				continue;
			}
			Unit successor = byName.stream()
				.filter((u) -> u.name().equals(former.successor()))
				.findFirst()
				.orElse(null);
			if (successor == null) {
				continue;
			}
			LocalDate on = former.until().plusDays(1);
			for (Agency agency : agencies) {
				String name = agency.name();
				if (!"PROVINCE".equals(agency.level()) || "COLLECTIVE".equals(agency.kind())
						|| ENDED_BEFORE_MERGER.contains(name) || !inForm(name, former.city())) {
					continue;
				}
				String target = successor.city() ? asCity(name) : asProvince(name);
				if (names.contains(target)) {
					rows.add(new Row(name, former.name(), target, successor.name(), on));
				}
			}
		}
		return rows;
	}

	/** Whether the name is of a city's form, of a province's form, or of both (a Sở). */
	static boolean inForm(String name, boolean city) {
		boolean cityForm = !asProvince(name).equals(name);
		boolean provinceForm = !asCity(name).equals(name);
		return city ? !provinceForm : !cityForm;
	}

	/**
	 * "Ban Tổ chức Tỉnh ủy" → "Ban Tổ chức Thành ủy", "Ủy ban nhân dân tỉnh" → "… thành
	 * phố".
	 */
	static String asCity(String name) {
		String s = name.replace("Tỉnh ủy", "Thành ủy").replace("Tỉnh đoàn", "Thành đoàn");
		return TINH.matcher(s).replaceAll("thành phố");
	}

	/** The reverse of {@link #asCity(String)}. */
	static String asProvince(String name) {
		String s = name.replace("Thành ủy", "Tỉnh ủy").replace("Thành đoàn", "Tỉnh đoàn");
		return THANH_PHO.matcher(s).replaceAll("tỉnh");
	}

}
