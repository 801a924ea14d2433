package io.directivegraph.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors the servlet container answers itself, before any of the application's code runs
 * (a request line or header too long, an encoded {@code /}, {@code \} or NUL in the
 * path), as {@code application/problem+json} like every other error of the API, instead
 * of Tomcat's HTML page.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		String code = code(status);
		boolean vietnamese = ProblemTexts.prefersVietnamese(request.getHeader("Accept-Language"));
		ProblemTexts.Text text = ProblemTexts.text(code);
		String json = JSON.writeValueAsString(new Body("about:blank", vietnamese ? text.titleVi() : text.titleEn(),
				status, ProblemTexts.fill(vietnamese ? text.detailVi() : text.detailEn(), status), code));
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Content-Language", vietnamese ? "vi" : "en");
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

	private static String code(int status) {
		return switch (status) {
			case 400, 413, 414, 431 -> "container." + status;
			default -> (status >= 500) ? "http.5xx" : "http.other";
		};
	}

	/** The problem's members, in RFC 9457's order. */
	private record Body(String type, String title, int status, String detail, String code) {
	}

}
