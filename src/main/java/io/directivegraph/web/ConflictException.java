package io.directivegraph.web;

/**
 * The request met a change made at the same moment (a task replaced by a re-upload of its
 * document while a change to it was being recorded): answered 409, to be sent again.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
