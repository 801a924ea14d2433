package io.directivegraph.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/session}: whether the credentials sent are valid, and whose they are.
 * The page signs an editor in with it before offering uploads and changes (the filter
 * answers 401 for wrong credentials, 403 for a page of another site); nothing is stored
 * on the server, each write carries the credentials again.
 */
@RestController
class SessionController {

	/** Who is signed in. */
	record Session(String user) {
	}

	@PostMapping("/api/session")
	Session session(@RequestAttribute(WriteAuthentication.WHO) String who) {
		return new Session(who);
	}

}
