package io.directivegraph.document;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A document as a search lists it.
 *
 * @param id the document's id (DOMAIN.md: identity)
 * @param kind its kind, a value of {@code GET /api/vocabulary} kinds
 * @param number its number as written, e.g. 50-CTr/TU; null for a document cited by name
 * @param name the name a document without number is cited by
 * @param issuedOn YYYY-MM-DD, or a shorter prefix when only the year or month is known
 * @param issuer the issuing body as written
 * @param jurisdiction the province, city or "Trung ương"
 * @param title its title
 * @param hasText whether its own text was read (false: only seen cited)
 */
@Schema(example = """
		{"id": "hau-giang.program.50-ctr-tu.2021", "kind": "PROGRAM", "number": "50-CTr/TU", "name": null,
		 "issuedOn": "2021-09-09", "issuer": "Tỉnh ủy Hậu Giang", "jurisdiction": "Hậu Giang",
		 "title": "Chương trình thực hiện Nghị quyết số 13-NQ/TW", "hasText": true}""")
public record DocumentSummary(String id, String kind, String number, String name, String issuedOn, String issuer,
		String jurisdiction, String title, Boolean hasText) {
}
