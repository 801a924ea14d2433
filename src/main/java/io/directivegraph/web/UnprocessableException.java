package io.directivegraph.web;

/**
 * A well-formed request whose content cannot be used (e.g. an upload that is not text):
 * answered with 422.
 */
public class UnprocessableException extends RuntimeException {

	public UnprocessableException(String message) {
		super(message);
	}

}
