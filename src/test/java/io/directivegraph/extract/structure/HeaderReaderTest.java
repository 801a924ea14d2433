package io.directivegraph.extract.structure;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.directivegraph.extract.model.Extraction.Header;
import io.directivegraph.extract.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers as State, provincial and Party documents write them, plain and wrapped by a
 * portal: the issuer is the body of the issuer lines (the lower of two), a national
 * issuer's jurisdiction is Việt Nam whatever the place of signing, and the title ends
 * before the preamble.
 */
class HeaderReaderTest {

	private static final Extractor EXTRACTOR = Extractor.defaults();

	static Stream<Arguments> headers() {
		return Stream.of(
				Arguments.of("Government resolution, columns side by side", """
						CHÍNH PHỦ                               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
						-------                                 Độc lập - Tự do - Hạnh phúc
						Số: 14/NQ-CP                            Hà Nội, ngày 16 tháng 01 năm 2026

						NGHỊ QUYẾT
						Về nhiệm vụ, giải pháp thúc đẩy tăng trưởng
						Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
						""", "RESOLUTION", "14/NQ-CP", "2026-01-16", "Chính phủ", "Việt Nam",
						"Về nhiệm vụ, giải pháp thúc đẩy tăng trưởng"),
				Arguments.of("Prime Minister's decision, lines one under the other", """
						THỦ TƯỚNG CHÍNH PHỦ
						-------
						CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
						Độc lập - Tự do - Hạnh phúc
						Số: 412/2026/QĐ-TTg
						Hà Nội, ngày 14 tháng 4 năm 2026
						QUYẾT ĐỊNH
						Phê duyệt Đề án phát triển hạ tầng sạc điện
						THỦ TƯỚNG CHÍNH PHỦ
						Căn cứ Luật Tổ chức Chính phủ;
						""", "DECISION", "412/2026/QĐ-TTg", "2026-04-14", "Thủ tướng Chính phủ", "Việt Nam",
						"Phê duyệt Đề án phát triển hạ tầng sạc điện"),
				Arguments.of("A department under its province", """
						ỦY BAN NHÂN DÂN TỈNH NGHỆ AN         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
						SỞ Y TẾ                              Độc lập - Tự do - Hạnh phúc
						Số: 87/KH-SYT                        Nghệ An, ngày 14 tháng 01 năm 2026
						KẾ HOẠCH
						Thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị
						Căn cứ Kế hoạch số 12/KH-UBND;
						""", "PLAN", "87/KH-SYT", "2026-01-14", "Sở Y tế", "Nghệ An",
						"Thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị"),
				Arguments.of("A People's Council drawn as a table", """
						| HỘI ĐỒNG NHÂN DÂN          | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
						| TỈNH LÂM ĐỒNG              | Độc lập - Tự do - Hạnh phúc         |
						| Số: 214/NQ-HĐND            | Lâm Đồng, ngày 11 tháng 12 năm 2025 |
						NGHỊ QUYẾT
						Về kết quả giám sát chuyên đề
						""", "RESOLUTION", "214/NQ-HĐND", "2025-12-11", "Hội đồng nhân dân tỉnh", "Lâm Đồng",
						"Về kết quả giám sát chuyên đề"),
				Arguments.of("A Party committee's program signed for its standing committee", """
						TỈNH ỦY GIA LAI                      ĐẢNG CỘNG SẢN VIỆT NAM
						*
						Số 18-CTr/TU                         Gia Lai, ngày 20 tháng 10 năm 2025
						CHƯƠNG TRÌNH HÀNH ĐỘNG
						thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị
						-----
						Ban Thường vụ Tỉnh ủy đề ra Chương trình hành động như sau:
						T/M BAN THƯỜNG VỤ
						PHÓ BÍ THƯ
						""", "PROGRAM", "18-CTr/TU", "2025-10-20", "Ban Thường vụ Tỉnh ủy", "Gia Lai",
						"thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị"),
				Arguments.of("A crawled page without the document's own header", """
						Trang chủ > Văn bản > Công điện
						| Thuộc tính | Nội dung |
						|---|---|
						| Số hiệu | 87/CĐ-TTg |
						| Loại văn bản | Công điện |
						| Cơ quan ban hành | Thủ tướng Chính phủ |
						| Ngày ban hành | 21/07/2026 |
						| Trích yếu | Về ứng phó khẩn cấp với bão số 3 |

						THỦ TƯỚNG CHÍNH PHỦ điện:
						1. Bộ Quốc phòng chỉ đạo các đơn vị sẵn sàng lực lượng.
						""", "DISPATCH", "87/CĐ-TTg", "2026-07-21", "Thủ tướng Chính phủ", "Việt Nam",
						"Về ứng phó khẩn cấp với bão số 3"),
				Arguments.of("A ward's committee is named with its ward", """
						THÀNH PHỐ HÀ NỘI                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
						ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH       Độc lập - Tự do - Hạnh phúc
						Số: 15/KH-UBND                       Ba Đình, ngày 12 tháng 02 năm 2026
						KẾ HOẠCH
						Chỉnh trang đô thị năm 2026
						""", "PLAN", "15/KH-UBND", "2026-02-12", "Ủy ban nhân dân phường Ba Đình", "Hà Nội",
						"Chỉnh trang đô thị năm 2026"),
				Arguments.of("A province's committee keeps its canonical name", """
						ỦY BAN NHÂN DÂN TỈNH NGHỆ AN         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
						Số: 20/KH-UBND                       Nghệ An, ngày 12 tháng 02 năm 2026
						KẾ HOẠCH
						Chuyển đổi số năm 2026
						""", "PLAN", "20/KH-UBND", "2026-02-12", "Ủy ban nhân dân tỉnh", "Nghệ An",
						"Chuyển đổi số năm 2026"),
				Arguments.of("An office named under its parent body", """
						ỦY BAN NHÂN DÂN
						TỈNH NGHỆ AN
						VĂN PHÒNG                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
						Số: 88/TB-VP                         Nghệ An, ngày 03 tháng 6 năm 2026
						THÔNG BÁO
						Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh về phòng, chống hạn hán
						""", "NOTICE", "88/TB-VP", "2026-06-03", "Văn phòng Ủy ban nhân dân tỉnh", "Nghệ An",
						"Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh về phòng, chống hạn hán"),
				Arguments.of("A provincial Party board under its Party organisation, signed beside the recipients", """
						ĐẢNG BỘ TỈNH NGHỆ AN                 ĐẢNG CỘNG SẢN VIỆT NAM
						BAN TỔ CHỨC
						*
						Số 21-HD/BTCTU                       Nghệ An, ngày 05 tháng 5 năm 2026
						HƯỚNG DẪN
						Đánh giá, xếp loại tổ chức đảng năm 2026
						Ban Tổ chức Tỉnh ủy hướng dẫn như sau:
						Nơi nhận:                            K/T TRƯỞNG BAN
						""", "GUIDANCE", "21-HD/BTCTU", "2026-05-05", "Ban Tổ chức Tỉnh ủy", "Nghệ An",
						"Đánh giá, xếp loại tổ chức đảng năm 2026"),
				Arguments.of("YAML front matter is not the header", """
						---
						title: "Nghị quyết 61/NQ-CP năm 2026"
						so_hieu: 99/NQ-CP
						---
						**CHÍNH PHỦ**
						Số: 61/NQ-CP
						*Hà Nội, ngày 27 tháng 3 năm 2026*
						# NGHỊ QUYẾT
						## Ban hành Chương trình hành động về an ninh nguồn nước
						**CHÍNH PHỦ**
						""", "RESOLUTION", "61/NQ-CP", "2026-03-27", "Chính phủ", "Việt Nam",
						"Ban hành Chương trình hành động về an ninh nguồn nước"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("headers")
	void theHeaderSaysWhoIssuedWhatWhenForWhere(String layout, String text, String kind, String number, String issuedOn,
			String issuer, String jurisdiction, String title) {
		Header header = EXTRACTOR.extract("h.txt", text.getBytes(StandardCharsets.UTF_8)).documents().get(0).document();
		assertThat(header.kind()).as("kind").isEqualTo(kind);
		assertThat(header.number()).as("number").isEqualTo(number);
		assertThat(header.issuedOn()).as("issuedOn").isEqualTo(issuedOn);
		assertThat(header.issuer()).as("issuer").isEqualTo(issuer);
		assertThat(header.jurisdiction()).as("jurisdiction").isEqualTo(jurisdiction);
		assertThat(header.title()).as("title").isEqualTo(title);
	}

}
