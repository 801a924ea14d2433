package io.directivegraph.web;

/** An upload over the configured size: answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(String message) {
		super(message);
	}

}
