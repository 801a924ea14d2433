package io.directivegraph.web;

import org.springframework.http.HttpStatus;

/**
 * An error the API answers as a problem of its registry ({@link ProblemTexts}): the code
 * of its text and the values the text names, so that the answer can be given in the
 * language the request asks. Its message is the English text, for logs and the command
 * line.
 */
public abstract class ApiException extends RuntimeException {

	private final String code;

	private final Object[] args;

	protected ApiException(String code, Object... args) {
		super(ProblemTexts.english(code, args));
		this.code = code;
		this.args = args.clone();
	}

	/** The registry's code of the text. */
	public String code() {
		return this.code;
	}

	/** The values the text names, in order. */
	public Object[] args() {
		return this.args.clone();
	}

	/** The HTTP status it is answered with. */
	public abstract HttpStatus status();

}
