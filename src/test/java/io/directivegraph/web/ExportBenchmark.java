package io.directivegraph.web;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.lineage.Lineage;

/**
 * The report files of the province with most tasks in the synthetic corpus of the API
 * benchmark (at least 200,000 tasks; the graph in {@code target/api-bench/data} is shared
 * with {@link ApiBenchmark}, built the first time): time to the last byte and the heap's
 * peak while each file is written (the service and the benchmark share one JVM, so run it
 * with a small heap to show the bound). Target: a few seconds, memory that does not grow
 * with the number of tasks.
 *
 * <pre>
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) io.directivegraph.web.ExportBenchmark
 * </pre>
 */
public final class ExportBenchmark {

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int documents = (args.length > 0) ? Integer.parseInt(args[0]) : 10_100;
		try (ConfigurableApplicationContext context = ApiBenchmark.service()) {
			Driver driver = context.getBean(Driver.class);
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			new ApiBenchmark(base, driver, context.getBean(Lineage.class)).load(context.getBean(FolderIngest.class),
					documents);
			var top = driver.executableQuery("""
					MATCH (d:Document)-[:HAS_TASK]->(t:Task) WHERE d.jurisdiction IS NOT NULL
					RETURN d.jurisdiction AS name, count(t) AS tasks ORDER BY tasks DESC LIMIT 1""")
				.execute()
				.records()
				.get(0);
			String province = top.get("name").asString();
			System.out.printf("province %s: %,d tasks; heap max %,d MB%n", province, top.get("tasks").asLong(),
					Runtime.getRuntime().maxMemory() >> 20);
			String where = "jurisdiction=" + URLEncoder.encode(province, StandardCharsets.UTF_8) + "&asOf=2026-12-01";
			// Where an export's time goes: the query alone (rows consumed, not mapped),
			// then
			// mapped to task rows as the files are written from.
			io.directivegraph.task.TaskRows rows = context.getBean(io.directivegraph.task.TaskRows.class);
			io.directivegraph.task.TaskRows.Filter filter = new io.directivegraph.task.TaskRows.Filter(
					java.time.LocalDate.parse("2026-12-01"), null, null, null, province, null, null);
			for (int run = 1; run <= 2; run++) {
				long started = System.nanoTime();
				long[] n = { 0 };
				rows.stream(filter, (t) -> n[0]++);
				System.out.printf("run %d stream mapped to TaskRow        %6.2f s  %,d rows%n", run,
						(System.nanoTime() - started) / 1e9, n[0]);
			}
			// The query alone, rows consumed but not mapped; and, given
			// -Dexport.variants=a.cypher,b.cypher, other
			// texts of it (to see what each part of a row costs).
			java.util.List<String> variants = new java.util.ArrayList<>();
			variants.add("cypher/queries/tasks/export.cypher");
			for (String variant : System.getProperty("export.variants", "").split(",")) {
				if (!variant.isBlank()) {
					variants.add(variant);
				}
			}
			java.util.Map<String, Object> parameters = new java.util.HashMap<>();
			parameters.put("asOf", "2026-12-01");
			parameters.put("jurisdiction", province);
			parameters.put("predecessors", java.util.List.of());
			for (String key : new String[] { "q", "agency", "document", "status", "dueBy" }) {
				parameters.put(key, null);
			}
			for (String variant : variants) {
				String text = java.nio.file.Files.readString(java.nio.file.Path.of(variant));
				for (int run = 1; run <= 2; run++) {
					long started = System.nanoTime();
					long n = 0;
					try (org.neo4j.driver.Session session = driver.session(org.neo4j.driver.SessionConfig.builder()
						.withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
						.withFetchSize(5000)
						.build())) {
						n = session.executeRead((tx) -> {
							org.neo4j.driver.Result result = tx.run(text, parameters);
							long k = 0;
							while (result.hasNext()) {
								result.next().get("item");
								k++;
							}
							return k;
						});
					}
					System.out.printf("run %d query only %-40s %6.2f s  %,d rows%n", run,
							variant.substring(variant.lastIndexOf('/') + 1), (System.nanoTime() - started) / 1e9, n);
				}
			}
			HttpClient http = HttpClient.newHttpClient();
			for (int run = 1; run <= 3; run++) {
				for (String path : new String[] { "/api/tasks.csv?" + where, "/api/reports/overdue.xlsx?" + where,
						"/api/reports/overdue.docx?" + where }) {
					System.gc();
					long before = heapUsed();
					ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
					long started = System.nanoTime();
					long bytes;
					try (InputStream in = http
						.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
								HttpResponse.BodyHandlers.ofInputStream())
						.body()) {
						bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
					}
					double seconds = (System.nanoTime() - started) / 1e9;
					System.out.printf("run %d %-28s %6.2f s  %,9d KB  heap peak %,5d MB (%,d MB before)%n", run,
							path.substring(0, path.indexOf('?')), seconds, bytes >> 10, heapPeak() >> 20, before >> 20);
				}
			}
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** The sum of the heap pools' peaks since they were reset. */
	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((p) -> p.getType() == MemoryType.HEAP)
			.mapToLong((p) -> p.getPeakUsage().getUsed())
			.sum();
	}

}
