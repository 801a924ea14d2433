package io.directivegraph.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error dispatch ({@code /error}: a parameter that is not valid UTF-8, a
 * path no handler maps, an exception outside the controllers) answered as
 * {@code application/problem+json}, like the API's own errors, in place of Spring Boot's
 * default JSON.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve((code instanceof Integer i) ? i : 500);
		if (status == null || status.value() < 400) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		boolean vietnamese = ProblemTexts.prefersVietnamese(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		ProblemDetail problem = ProblemTexts.problem(status, vietnamese, code(status), status.value());
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
			problem.setInstance(java.net.URI.create(uri.replaceAll("[^\\x21-\\x7e]", "_")));
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, vietnamese ? "vi" : "en")
			.body(problem);
	}

	/** The registry's code of a status the application itself did not explain. */
	static String code(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "http.400";
			case NOT_FOUND -> "http.404";
			case METHOD_NOT_ALLOWED -> "http.405";
			case UNSUPPORTED_MEDIA_TYPE -> "http.415";
			default -> status.is5xxServerError() ? "http.5xx" : "http.other";
		};
	}

}
