package io.directivegraph.fault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named points in the work that must survive a crash (first start, an upload between its
 * copy and its commit, …), where a test can stop the process as {@code kill -9} would:
 * started with {@code -Ddirective-graph.fault-point=<name>}, the process halts there at
 * once, without shutdown hooks. Without the property (always, in use) a point costs one
 * comparison.
 */
public final class FaultPoints {

	private static final Logger log = LoggerFactory.getLogger(FaultPoints.class);

	/** The system property naming the point to halt at. */
	public static final String PROPERTY = "directive-graph.fault-point";

	/** The exit status of a halt at a fault point (as after SIGKILL). */
	public static final int STATUS = 137;

	private static final String POINT = System.getProperty(PROPERTY);

	/** The first start wrote its credentials file and has not told the database yet. */
	public static final String CREDENTIALS_WRITTEN = "first-start.credentials-written";

	/** An upload kept its copy and has not committed its facts yet. */
	public static final String UPLOAD_COPY_KEPT = "upload.copy-kept";

	/** An upload committed its facts. */
	public static final String UPLOAD_COMMITTED = "upload.committed";

	/** A recorded change (PATCH) is about to commit. */
	public static final String UPDATE_BEFORE_COMMIT = "update.before-commit";

	private FaultPoints() {
	}

	/** Halts the process when it was started to halt at this point. */
	public static void reach(String point) {
		if (POINT != null && POINT.equals(point)) {
			log.warn("Fault point {} reached: halting as kill -9 would", point);
			System.err.println("FAULT POINT " + point);
			System.err.flush();
			Runtime.getRuntime().halt(STATUS);
		}
	}

}
