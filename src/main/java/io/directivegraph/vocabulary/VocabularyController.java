package io.directivegraph.vocabulary;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.domain.DocumentIds;
import io.directivegraph.extract.citation.DocumentKinds;
import io.directivegraph.extract.citation.RelationTypes;
import io.directivegraph.task.StatusVocabulary;

/**
 * {@code GET /api/vocabulary}: the document kinds and task statuses with their Vietnamese
 * names, graph labels and colours, from the registries the extractor and the Browser
 * style use too ({@code extract/kinds.tsv}, {@code vocabulary/statuses.tsv},
 * {@code vocabulary/relations.tsv}), so the page never keeps a copy of its own.
 */
@RestController
class VocabularyController {

	/** A document kind as shown. */
	record Kind(String value, String name, String symbol, String label, String colour, String border) {
	}

	/** A task status as shown. */
	record Status(String value, String key, String name, String label, String colour, String border, String text) {
	}

	/**
	 * A relation between documents as shown; {@code lineage}: whether lineage follows it.
	 */
	record Relation(String value, String name, String colour, boolean lineage) {
	}

	/** The answer. */
	record Vocabulary(List<Kind> kinds, List<Status> statuses, List<Relation> relations) {
	}

	private static final Vocabulary VOCABULARY = new Vocabulary(
			DocumentKinds.defaults()
				.all()
				.stream()
				.map((k) -> new Kind(k.value(), k.name(), k.canonicalSymbol().isEmpty() ? null : k.canonicalSymbol(),
						DocumentIds.label(k.value()), k.colour(), k.border()))
				.toList(),
			StatusVocabulary.all()
				.stream()
				.map((s) -> new Status(s.status().name(), s.key(), s.name(), s.label(), s.colour(), s.border(),
						s.text()))
				.toList(),
			RelationTypes.all()
				.stream()
				.map((r) -> new Relation(r.type(), r.name(), r.colour(), r.lineage()))
				.toList());

	@GetMapping("/api/vocabulary")
	Vocabulary vocabulary() {
		return VOCABULARY;
	}

}
