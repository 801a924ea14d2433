package io.directivegraph.ingest;

/**
 * What ingesting one file did.
 *
 * @param status INGESTED (written), UNCHANGED (same content already loaded), SKIPPED
 * (could not be read)
 * @param reason why it was skipped, else null
 */
public record IngestResult(String file, Status status, int documents, int tasks, int citations, int unresolved,
		String reason) {

	/** Outcome of one file. */
	public enum Status {

		INGESTED, UNCHANGED, SKIPPED

	}

	static IngestResult unchanged(String file) {
		return new IngestResult(file, Status.UNCHANGED, 0, 0, 0, 0, null);
	}

	static IngestResult skipped(String file, String reason) {
		return new IngestResult(file, Status.SKIPPED, 0, 0, 0, 0, reason);
	}

}
