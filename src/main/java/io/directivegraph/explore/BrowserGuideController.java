package io.directivegraph.explore;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.web.PublicAddress;

/**
 * Serves Neo4j Browser its guide ({@code :play <base>/explore/browser/guide.html}) and
 * style ({@code :style <base>/explore/browser/directive-graph.grass}). Browser fetches
 * them from its own origin (the Neo4j HTTP port), hence the CORS mapping in
 * {@link ExploreWebConfiguration}, and only from host names its server allows
 * ({@code app.neo4j.embedded.browser.remote-content-hosts}).
 */
@RestController
class BrowserGuideController {

	static final String GUIDE_PATH = "/explore/browser/guide.html";

	static final String STYLE_PATH = "/explore/browser/directive-graph.grass";

	private final PublicAddress address;

	BrowserGuideController(PublicAddress address) {
		this.address = address;
	}

	/**
	 * The guide, its links to this service built from configuration, never from the
	 * request.
	 */
	@GetMapping(path = GUIDE_PATH, produces = "text/html;charset=UTF-8")
	String guide() {
		return BrowserGuide.render(this.address.base());
	}

	@GetMapping(path = STYLE_PATH, produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
	String style() {
		return BrowserGuide.style();
	}

}
