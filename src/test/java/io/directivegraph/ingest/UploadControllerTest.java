package io.directivegraph.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.directivegraph.web.ApiSlice;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How uploads translate HTTP: a body that does not say what it is, or is over the limit,
 * is refused with a reason before anything is stored.
 */
@ApiSlice(UploadController.class)
@TestPropertySource(properties = "app.upload.max-size=1KB")
class UploadControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Uploads uploads;

	@Test
	void aBodyWithoutAContentTypeIsA415SayingWhichToSend() throws Exception {
		this.mvc
			.perform(post("/api/documents?name=a.txt").header("Authorization", "Bearer " + ApiSlice.TOKEN)
				.content("KẾ HOẠCH"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("text/plain")));
		verifyNoInteractions(this.uploads);
	}

	@Test
	void aDocumentOverTheLimitIsA413NamingTheSettingAndTheCommandLine() throws Exception {
		this.mvc
			.perform(post("/api/documents?name=a.txt").header("Authorization", "Bearer " + ApiSlice.TOKEN)
				.contentType("text/plain")
				.content("x".repeat(2048)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("app.upload.max-size")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ingest FILE")));
		verifyNoInteractions(this.uploads);
	}

	@Test
	void anUploadWithoutCredentialsIsRefused() throws Exception {
		this.mvc.perform(post("/api/documents?name=a.txt").contentType("text/plain").content("KẾ HOẠCH"))
			.andExpect(status().isUnauthorized());
		verifyNoInteractions(this.uploads);
	}

}
