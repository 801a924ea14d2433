package io.directivegraph.task;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/tasks/{id}} as the OpenAPI document describes it. The
 * body is read as a JSON merge patch (RFC 7396), where an absent field and a null one
 * differ, so {@link TaskUpdates} reads the JSON object itself; this record only names the
 * fields and their types.
 *
 * @param status DONE, NOT_DONE, or null: as the documents say
 * @param completedOn the day it was done, YYYY-MM-DD, not after today
 * @param fulfilledBy the id of the document that fulfilled it
 * @param deadline a corrected deadline, YYYY-MM-DD
 * @param evidence what shows it (a document number, a report)
 * @param note why the change was made
 */
@Schema(description = "A JSON merge patch of a task: absent fields stay, null gives the field back to what the "
		+ "documents say", example = """
				{"status": "DONE", "completedOn": "2021-12-20", "evidence": "Tờ trình số 45-TTr/BTCTU",
				 "note": "đã trình Ban Thường vụ"}""")
public record TaskPatch(@Schema(nullable = true) ManualStatus status,
		@Schema(nullable = true, format = "date") String completedOn, @Schema(nullable = true) String fulfilledBy,
		@Schema(nullable = true, format = "date") String deadline,
		@Schema(nullable = true, maxLength = 2000) String evidence,
		@Schema(nullable = true, maxLength = 2000) String note) {
}
