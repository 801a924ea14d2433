package io.directivegraph.web;

import org.springframework.http.HttpStatus;

/**
 * A body sent without a type the endpoint reads: answered 415 with the types it takes.
 */
public class UnsupportedMediaTypeException extends ApiException {

	/**
	 * The error of a code of {@code vocabulary/problems.tsv} with the values its text
	 * names.
	 */
	public UnsupportedMediaTypeException(String code, Object... args) {
		super(code, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
	}

}
