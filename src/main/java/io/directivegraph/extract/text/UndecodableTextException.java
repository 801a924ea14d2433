package io.directivegraph.extract.text;

/**
 * The bytes are not text in an encoding we read (binary data, or a legacy encoding we
 * cannot identify).
 */
public class UndecodableTextException extends RuntimeException {

	public UndecodableTextException(String message) {
		super(message);
	}

}
