package io.directivegraph.web;

import org.springframework.http.HttpStatus;

/**
 * A well-formed request whose content cannot be used (e.g. an upload that is not text):
 * answered with 422.
 */
public class UnprocessableException extends ApiException {

	/**
	 * The error of a code of {@code vocabulary/problems.tsv} with the values its text
	 * names.
	 */
	public UnprocessableException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNPROCESSABLE_CONTENT;
	}

}
