package io.directivegraph.web;

import org.springframework.http.HttpStatus;

/** An upload over the configured size: answered with 413. */
public class PayloadTooLargeException extends ApiException {

	/**
	 * The error of a code of {@code vocabulary/problems.tsv} with the values its text
	 * names.
	 */
	public PayloadTooLargeException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONTENT_TOO_LARGE;
	}

}
