package io.directivegraph.ingest;

import java.util.Map;

/**
 * The Vietnamese word for a document kind, stored for search ("nghị quyết 13" finds Nghị
 * quyết 13-NQ/TW).
 */
final class KindNames {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("RESOLUTION", "Nghị quyết"),
			Map.entry("PROGRAM", "Chương trình"), Map.entry("PROJECT", "Đề án"), Map.entry("PLAN", "Kế hoạch"),
			Map.entry("DECISION", "Quyết định"), Map.entry("REGULATION", "Quy định"), Map.entry("DIRECTIVE", "Chỉ thị"),
			Map.entry("CONCLUSION", "Kết luận"), Map.entry("GUIDANCE", "Hướng dẫn"), Map.entry("NOTICE", "Thông báo"),
			Map.entry("RULES", "Quy chế"), Map.entry("REPORT", "Báo cáo"), Map.entry("DECREE", "Nghị định"),
			Map.entry("CIRCULAR", "Thông tư"), Map.entry("LAW", "Luật"), Map.entry("MASTER_PLAN", "Quy hoạch"),
			Map.entry("STRATEGY", "Chiến lược"), Map.entry("OFFICIAL_LETTER", "Công văn"),
			Map.entry("DISPATCH", "Công điện"));

	private KindNames() {
	}

	static String of(String kind) {
		return NAMES.get(kind);
	}

}
