package io.directivegraph.explore;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The jurisdictions the accountability page offers, those with the most tasks first. */
@RestController
class JurisdictionController {

	private final Jurisdictions jurisdictions;

	JurisdictionController(Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/explore/api/jurisdictions")
	List<Jurisdictions.Row> jurisdictions() {
		return this.jurisdictions.all();
	}

}
