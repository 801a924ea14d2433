package io.directivegraph.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.directivegraph.web.ApiSlice;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the task endpoints translate HTTP: days and statuses checked before any read,
 * writes refused without credentials or from another site's page, the writer's name
 * handed to the service, the task answered with its history at the top level.
 */
@ApiSlice(TaskController.class)
class TaskControllerTest {

	private static final String BODY = "{\"status\": \"DONE\", \"completedOn\": \"2022-03-15\"}";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TaskRows rows;

	@MockitoBean
	TaskUpdates updates;

	private static TaskRow task() {
		return new TaskRow("d.t001", "Rà soát", null, new TaskRow.Agency("a", "Sở Nội vụ"), List.of(), null,
				"2022-06-30", null, null,
				new TaskRow.DocumentRef("d", "1/KH-UBND", "2022-01-10", "2022-01-10", null, "Kế hoạch rà soát"),
				"Hậu Giang", null, null, "d.txt", 12L, 13L, "II.1", null,
				List.of(new TaskRow.Reading("d.txt", 12L, 13L, null, "Sở Nội vụ", "2022-06-30")), List.of(),
				TaskStatus.PENDING);
	}

	@Test
	void aDayOrAStatusThatIsNotOneIsAProblemBeforeAnyRead() throws Exception {
		for (String query : List.of("asOf=2022-13-45", "asOf=yesterday", "status=LATE", "size=501", "page=-1")) {
			this.mvc.perform(get("/api/tasks?" + query))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.detail").isNotEmpty());
		}
		verifyNoInteractions(this.rows);
	}

	@Test
	void aTaskIsAnsweredWithItsFieldsAtTheTopLevelAndItsHistory() throws Exception {
		given(this.rows.one(eq("d.t001"), any())).willReturn(Optional.of(task()));
		given(this.updates.history("d.t001")).willReturn(List.of());
		this.mvc.perform(get("/api/tasks/d.t001?asOf=2022-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("d.t001"))
			.andExpect(jsonPath("$.lead.name").value("Sở Nội vụ"))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.history").isArray());
	}

	@Test
	void aChangeWithoutCredentialsIsRefusedSayingWhichToUse() throws Exception {
		this.mvc.perform(patch("/api/tasks/d.t001").contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		verifyNoInteractions(this.updates);
	}

	@Test
	void aChangeFromAPageOfAnotherSiteIsRefusedEvenWithCredentials() throws Exception {
		this.mvc
			.perform(patch("/api/tasks/d.t001").header("Authorization", "Bearer " + ApiSlice.TOKEN)
				.header("Origin", "https://evil.example")
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.updates);
	}

	@Test
	void aChangeIsHandedToTheServiceWithWhoMadeIt() throws Exception {
		given(this.rows.one(eq("d.t001"), any())).willReturn(Optional.of(task()));
		this.mvc
			.perform(patch("/api/tasks/d.t001").header("Authorization", "Bearer " + ApiSlice.TOKEN)
				.contentType("application/merge-patch+json")
				.content(BODY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("d.t001"));
		verify(this.updates).apply("d.t001", Map.of("status", "DONE", "completedOn", "2022-03-15"), "api-token");
	}

	@Test
	void aChangeInAFormatTheServiceDoesNotReadIsA415() throws Exception {
		this.mvc
			.perform(patch("/api/tasks/d.t001").header("Authorization", "Bearer " + ApiSlice.TOKEN)
				.contentType(MediaType.TEXT_PLAIN)
				.content(BODY))
			.andExpect(status().isUnsupportedMediaType());
		verifyNoInteractions(this.updates);
	}

}
