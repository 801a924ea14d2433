package io.directivegraph.web;

/** An id that names nothing; answered 404 with the message as the problem's detail. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
