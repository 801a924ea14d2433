package io.directivegraph.agency;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.web.FullTextQuery;
import io.directivegraph.web.Page;

/**
 * Agencies by name (diacritics ignored) and jurisdiction, with their parent body and
 * successor.
 */
@RestController
class AgencyController {

	private final Agencies agencies;

	AgencyController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/api/agencies")
	Page<AgencyRow> agencies(@RequestParam(required = false) String q,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.agencies.search(FullTextQuery.of(q),
				(jurisdiction == null || jurisdiction.isBlank()) ? null : jurisdiction.strip(),
				Page.Request.of(page, size));
	}

}
