package io.directivegraph.web;

/**
 * A body sent without a type the endpoint reads: answered 415 with the types it takes.
 */
public class UnsupportedMediaTypeException extends RuntimeException {

	public UnsupportedMediaTypeException(String message) {
		super(message);
	}

}
