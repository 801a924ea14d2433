package io.directivegraph.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Errors the servlet container answers itself, before any of the application's code runs
 * (a request line or header too long, an encoded {@code /}, {@code \} or NUL in the
 * path), as {@code application/problem+json} like every other error of the API, instead
 * of Tomcat's HTML page.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String json = "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail(status) + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response committed: nothing more to say.
		}
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Bad request";
			case 404 -> "Not found";
			case 405 -> "Method not allowed";
			case 413 -> "Too large";
			case 414 -> "URI too long";
			case 431 -> "Headers too large";
			default -> (status >= 500) ? "Server error" : "Request refused";
		};
	}

	private static String detail(int status) {
		return switch (status) {
			case 400 -> "The request cannot be read: check the address (no encoded '/', '\\\\' or NUL in a path "
					+ "segment; search words of at most a few thousand characters) and that headers are not too "
					+ "large.";
			case 414 -> "The address is too long: send fewer or shorter search words.";
			case 431 -> "The request headers are too large.";
			case 413 -> "The request is over the size limit.";
			default -> (status >= 500) ? "The server could not answer this request; it is logged."
					: "The request was refused.";
		};
	}

}
