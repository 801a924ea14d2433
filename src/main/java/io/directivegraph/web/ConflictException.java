package io.directivegraph.web;

import org.springframework.http.HttpStatus;

/**
 * The request met a change made at the same moment (a task replaced by a re-upload of its
 * document while a change to it was being recorded): answered 409, to be sent again.
 */
public class ConflictException extends ApiException {

	/**
	 * The error of a code of {@code vocabulary/problems.tsv} with the values its text
	 * names.
	 */
	public ConflictException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

}
