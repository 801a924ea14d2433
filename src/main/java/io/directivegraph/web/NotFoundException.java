package io.directivegraph.web;

import org.springframework.http.HttpStatus;

/** An id that names nothing; answered 404 with the message as the problem's detail. */
public class NotFoundException extends ApiException {

	/**
	 * The error of a code of {@code vocabulary/problems.tsv} with the values its text
	 * names.
	 */
	public NotFoundException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}

}
