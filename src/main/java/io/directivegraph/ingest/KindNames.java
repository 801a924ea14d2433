package io.directivegraph.ingest;

import io.directivegraph.extract.citation.DocumentKinds;

/**
 * The Vietnamese word for a document kind, stored for search ("nghị quyết 13" finds Nghị
 * quyết 13-NQ/TW).
 */
final class KindNames {

	private KindNames() {
	}

	static String of(String kind) {
		DocumentKinds.Kind found = DocumentKinds.defaults().byValue(kind);
		return (found != null) ? found.name() : null;
	}

}
