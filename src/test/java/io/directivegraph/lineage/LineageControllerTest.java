package io.directivegraph.lineage;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.directivegraph.web.ApiSlice;
import io.directivegraph.web.NotFoundException;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the lineage endpoint translates HTTP: parameters checked, answers merged, errors
 * said.
 */
@ApiSlice(LineageController.class)
class LineageControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Lineage lineage;

	private static Lineage.Node document(String id) {
		return new Lineage.Node(id, "Document", "PROGRAM", "1-CTr/TU", "t", "2021-01-01", null);
	}

	@Test
	void depthLimitAndDirectionOutsideTheirRangesAreProblemsSayingTheRange() throws Exception {
		for (String query : List.of("depth=0", "depth=11", "limit=0", "limit=10001", "direction=sideways")) {
			this.mvc.perform(get("/api/documents/d/lineage?" + query))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.detail").isNotEmpty());
		}
		verifyNoInteractions(this.lineage);
	}

	@Test
	void anUnknownDocumentIsA404ThatSaysHowToFindIds() throws Exception {
		given(this.lineage.of(eq("nope"), anyBoolean(), anyInt(), anyInt()))
			.willThrow(new NotFoundException("document.not-found", "nope"));
		this.mvc.perform(get("/api/documents/nope/lineage"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("document.not-found"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("GET /api/documents?q=")));
	}

	@Test
	void aPageAskingForVietnameseIsAnsweredInVietnameseWithTheSameCode() throws Exception {
		given(this.lineage.of(eq("nope"), anyBoolean(), anyInt(), anyInt()))
			.willThrow(new NotFoundException("document.not-found", "nope"));
		this.mvc.perform(get("/api/documents/nope/lineage").header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Language", "vi"))
			.andExpect(jsonPath("$.code").value("document.not-found"))
			.andExpect(jsonPath("$.title").value("Không tìm thấy"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Không có văn bản mã 'nope'")));
		this.mvc.perform(get("/api/documents/nope/lineage?depth=99").header("Accept-Language", "vi"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Độ sâu (depth) phải từ 1 đến 10; nhận được 99"));
		this.mvc.perform(get("/api/documents/nope/lineage?depth=abc").header("Accept-Language", "vi"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("parameter.number"))
			.andExpect(jsonPath("$.detail").value("Tham số depth không nhận giá trị 'abc': cần một số nguyên"));
	}

	@Test
	void bothDirectionsGiveEachNodeAndEdgeOnceAndTruncatedIfEitherWas() throws Exception {
		Lineage.Edge down = new Lineage.Edge("b", "a", "IMPLEMENTS");
		Lineage.Edge up = new Lineage.Edge("a", "c", "IMPLEMENTS");
		given(this.lineage.of("a", true, 5, Lineage.DEFAULT_LIMIT))
			.willReturn(new Lineage.Graph(List.of(document("a"), document("b")), List.of(down), false));
		given(this.lineage.of("a", false, 5, Lineage.DEFAULT_LIMIT))
			.willReturn(new Lineage.Graph(List.of(document("a"), document("c")), List.of(up, up), true));
		this.mvc.perform(get("/api/documents/a/lineage?direction=both"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id").value(org.hamcrest.Matchers.contains("a", "b", "c")))
			.andExpect(jsonPath("$.edges.length()").value(2))
			.andExpect(jsonPath("$.truncated").value(true));
	}

}
