package io.directivegraph.web;

/**
 * A request parameter the user can fix; answered 400 with the message as the problem's
 * detail.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
