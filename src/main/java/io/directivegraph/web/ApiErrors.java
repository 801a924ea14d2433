package io.directivegraph.web;

import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors as {@code application/problem+json} (RFC 9457) with a detail the user can act
 * on, in the language the request prefers ({@link ProblemTexts}), naming the registry's
 * {@code code}. Ahead of Spring's own problem handler, which would answer a parameter of
 * the wrong type ({@code depth=abc}) in English only.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException ex, HttpServletRequest request) {
		return answer(request, ex.status(), ex.code(), ex.args());
	}

	/** A parameter whose bytes are not UTF-8 ({@code q=%C3%28}). */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<ProblemDetail> undecodable(org.apache.tomcat.util.http.InvalidParameterException ex,
			HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "parameter.not-utf8");
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ResponseEntity<ProblemDetail> badMultipart(org.springframework.web.multipart.MultipartException ex,
			HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "upload.multipart",
				firstLine(ex.getMostSpecificCause().getMessage()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "upload.over-limit", ex.getMaxUploadSize());
	}

	@ExceptionHandler(DateTimeParseException.class)
	ResponseEntity<ProblemDetail> badDate(DateTimeParseException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "date.invalid", ex.getParsedString());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		Class<?> type = ex.getRequiredType();
		if (type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class)) {
			return answer(request, HttpStatus.BAD_REQUEST, "parameter.number", ex.getName(), ex.getValue());
		}
		return answer(request, HttpStatus.BAD_REQUEST, "parameter.type", ex.getName(), ex.getValue(),
				(type != null) ? type.getSimpleName() : "?");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "parameter.missing", ex.getParameterName());
	}

	/** A PATCH body that is not JSON, or JSON of the wrong shape. */
	@ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadableBody(org.springframework.http.converter.HttpMessageNotReadableException ex,
			HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "body.unreadable",
				firstLine(ex.getMostSpecificCause().getMessage()));
	}

	/**
	 * What Spring MVC itself refuses (a method an address does not take, a body type it
	 * does not read, a path nothing serves), in the request's language too.
	 */
	@ExceptionHandler({ org.springframework.web.HttpRequestMethodNotSupportedException.class,
			org.springframework.web.HttpMediaTypeNotSupportedException.class,
			org.springframework.web.servlet.resource.NoResourceFoundException.class,
			org.springframework.web.servlet.NoHandlerFoundException.class })
	ResponseEntity<ProblemDetail> refusedByMvc(Exception ex, HttpServletRequest request) {
		HttpStatus status = HttpStatus.resolve(((org.springframework.web.ErrorResponse) ex).getStatusCode().value());
		if (status == null) {
			status = HttpStatus.BAD_REQUEST;
		}
		return answer(request, status, ProblemErrorController.code(status), status.value());
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no detail";
		}
		String line = message.lines().findFirst().orElse("").strip();
		return (line.length() > 160) ? line.substring(0, 160) + "…" : line;
	}

	/**
	 * The problem of a code in the request's language, saying which language it is in.
	 */
	static ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatus status, String code,
			Object... args) {
		boolean vietnamese = ProblemTexts.prefersVietnamese(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_LANGUAGE, vietnamese ? "vi" : "en")
			.body(ProblemTexts.problem(status, vietnamese, code, args));
	}

}
