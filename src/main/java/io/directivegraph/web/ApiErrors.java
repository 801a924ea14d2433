package io.directivegraph.web;

import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import io.directivegraph.web.BadRequestException;

/**
 * Errors as {@code application/problem+json} (RFC 9457) with a detail the user can act
 * on.
 */
@RestControllerAdvice
class ApiErrors {

	@ExceptionHandler(UnsupportedMediaTypeException.class)
	ProblemDetail unsupportedType(UnsupportedMediaTypeException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type", ex.getMessage());
	}

	/** A parameter whose bytes are not UTF-8 ({@code q=%C3%28}). */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ProblemDetail undecodable(org.apache.tomcat.util.http.InvalidParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad parameter",
				"A parameter is not valid UTF-8 text: send the words percent-encoded from UTF-8");
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad parameter", ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Changed meanwhile", ex.getMessage());
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail badMultipart(org.springframework.web.multipart.MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad upload",
				"The multipart body cannot be read (" + firstLine(ex.getMostSpecificCause().getMessage())
						+ "): send the file as a form field named 'file' (curl -F file=@plan.txt), "
						+ "or the text itself with Content-Type: text/plain");
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large",
				"The upload is over the limit of " + ex.getMaxUploadSize()
						+ " bytes (app.upload.max-size). Split it, or ingest it from the command line: "
						+ "java -jar directive-graph.jar ingest FILE");
	}

	@ExceptionHandler(UnprocessableException.class)
	ProblemDetail unprocessable(UnprocessableException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Cannot read the document", ex.getMessage());
	}

	@ExceptionHandler(DateTimeParseException.class)
	ProblemDetail badDate(DateTimeParseException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad date",
				"'" + ex.getParsedString() + "' is not a date: write it as YYYY-MM-DD, e.g. 2022-01-01");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad parameter",
				ex.getName() + " cannot be '" + ex.getValue() + "': " + ((ex.getRequiredType() != null)
						? "a " + ex.getRequiredType().getSimpleName() + " is expected" : "wrong type"));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Missing parameter", ex.getParameterName() + " is required");
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no detail";
		}
		String line = message.lines().findFirst().orElse("").strip();
		return (line.length() > 160) ? line.substring(0, 160) + "…" : line;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
