package io.directivegraph.explore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /explore/api/sources/{file}?line=&context=}: the evidence of a fact, the
 * lines of its source around the line it was read from; {@code GET
 * /explore/api/sources/{file}/text}: the whole text ({@link SourceExcerpts}).
 */
@RestController
class SourceExcerptController {

	private final SourceExcerpts excerpts;

	SourceExcerptController(SourceExcerpts excerpts) {
		this.excerpts = excerpts;
	}

	@GetMapping("/explore/api/sources/{file}")
	SourceExcerpts.Excerpt excerpt(@PathVariable String file, @RequestParam int line,
			@RequestParam(defaultValue = "4") int context) {
		return this.excerpts.excerpt(file, line, context);
	}

	/**
	 * The whole text of a source, with the documents it states and the name it was
	 * uploaded as.
	 */
	@GetMapping("/explore/api/sources/{file}/text")
	SourceExcerpts.Text text(@PathVariable String file) {
		return this.excerpts.whole(file);
	}

}
