package io.directivegraph.web;

import org.springframework.http.HttpStatus;

/**
 * A request parameter the user can fix; answered 400 with the message as the problem's
 * detail.
 */
public class BadRequestException extends ApiException {

	/**
	 * The error of a code of {@code vocabulary/problems.tsv} with the values its text
	 * names.
	 */
	public BadRequestException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

}
