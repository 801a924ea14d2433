package io.directivegraph.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.directivegraph.Application;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.ingest.IngestResult;
import io.directivegraph.ingest.SyntheticCorpus;
import io.directivegraph.lineage.Lineage;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.DriverTransactions;

/**
 * API latency benchmark on the synthetic corpus (at least 200,000 tasks): p50 and p99 of
 * lineage (down, depth 5) and of the overdue report over HTTP, and of the same Cypher run
 * directly through the driver in the same run (the ratio is the API's overhead); then a
 * bounded load run (concurrent clients on loopback for a fixed time) reporting throughput
 * and errors. Targets: lineage p99 ≤ 20 ms, overdue p99 ≤ 100 ms, overhead ≤ 1.5×, no
 * errors. Lineage is measured at its default limit (and at 1,000 nodes); the overdue
 * report's "direct Cypher" is {@code overdue.cypher}, while the API answers from its read
 * model ({@code OverdueCounts}), so its ratio is a speed-up, not an overhead.
 *
 * <p>
 * It starts the service itself (embedded Neo4j in {@code target/api-bench/data}, kept
 * between runs) and ingests the corpus the first time (about 10 to 20 minutes on two
 * cores). Run from the project folder (arguments: documents, default 10100; seconds of
 * load, default 30; clients, default 8):
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test &amp;&amp; java -Xmx3g -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) io.directivegraph.web.ApiBenchmark 10100
 * </pre>
 */
public final class ApiBenchmark {

	private static final int WARMUP = 100;

	/** Write credentials of the benchmark's service (uploads). */
	private static final String UPLOAD_PASSWORD = "benchmark-uploads";

	/** Requests measured per question (the overdue report is slower: fewer). */
	private static final int MEASURED = 500;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final Driver driver;

	/** The API's own lineage: in-process reads of the embedded database. */
	private final Lineage lineage;

	/** The same Cypher, through the driver (Bolt), as against an external Neo4j. */
	private final Lineage driverLineage;

	ApiBenchmark(String base, Driver driver, Lineage lineage) {
		this.base = base;
		this.driver = driver;
		this.lineage = lineage;
		this.driverLineage = new Lineage(new DriverTransactions(driver));
	}

	public static void main(String[] args) throws Exception {
		// 10,100 synthetic documents hold just over 200,000 tasks.
		int documents = (args.length > 0) ? Integer.parseInt(args[0]) : 10_100;
		int loadSeconds = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		int clients = (args.length > 2) ? Integer.parseInt(args[2]) : 8;
		try (ConfigurableApplicationContext context = service("--app.api.password=" + UPLOAD_PASSWORD)) {
			Driver driver = context.getBean(Driver.class);
			String port = context.getEnvironment().getProperty("local.server.port");
			ApiBenchmark benchmark = new ApiBenchmark("http://127.0.0.1:" + port, driver,
					context.getBean(Lineage.class));
			benchmark.load(context.getBean(FolderIngest.class), documents);
			benchmark.latencies();
			benchmark.uploads(5);
			benchmark.loadRun(loadSeconds, clients);
		}
	}

	/**
	 * The benchmarks' service: a random port, the embedded database of
	 * {@code target/api-bench/data} (kept between runs), no import on start.
	 */
	static ConfigurableApplicationContext service(String... more) {
		java.util.List<String> arguments = new java.util.ArrayList<>(
				java.util.List.of("--server.port=0", "--app.neo4j.embedded.data-dir=target/api-bench/data",
						"--app.neo4j.embedded.bolt-port=0", "--app.neo4j.embedded.http-port=0",
						"--app.import.on-start=false", "--app.neo4j.embedded.page-cache=512MB",
						"--app.upload.dir=target/api-bench/uploads", "--logging.level.root=WARN"));
		arguments.addAll(java.util.List.of(more));
		// Arguments, not default properties: they must win over application.properties.
		return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
			.run(arguments.toArray(String[]::new));
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

	void load(FolderIngest folder, int documents) {
		long tasks = count("MATCH (t:Task) RETURN count(t)");
		if (count("MATCH (s:Source) RETURN count(s)") >= documents) {
			print("graph in target/api-bench/data: %,d tasks, %,d documents (kept from an earlier run)", tasks,
					count("MATCH (d:Document) RETURN count(d)"));
			return;
		}
		print("ingesting %,d synthetic documents (once; the graph is kept in target/api-bench/data)", documents);
		long started = System.nanoTime();
		List<Map.Entry<String, byte[]>> texts = new SyntheticCorpus(2026L, documents).stream()
			.map((d) -> Map.entry(d.file(), d.bytes()))
			.toList();
		int step = Math.max(1, documents / 20);
		List<IngestResult> results = folder.ingestTexts(texts, (n, r) -> {
			if (n % step == 0) {
				print("  %,d documents in %.0f s", n, (System.nanoTime() - started) / 1e9);
			}
		});
		print("ingested %,d files in %.0f s: %,d tasks", results.size(), (System.nanoTime() - started) / 1e9,
				count("MATCH (t:Task) RETURN count(t)"));
	}

	private void latencies() throws Exception {
		List<String> roots = this.driver.executableQuery("""
				MATCH (d:Document)<-[:IMPLEMENTS|BASED_ON|GUIDES]-()
				WITH d, count(*) AS implementers ORDER BY implementers DESC LIMIT 50
				RETURN d.id AS id""").execute().records().stream().map((r) -> r.get("id").asString()).toList();
		List<String> jurisdictions = this.driver
			.executableQuery("MATCH (j:Jurisdiction)<-[:IN]-(:Document) RETURN DISTINCT j.name AS name")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("name").asString())
			.toList();
		List<String> days = List.of("2021-01-01", "2022-01-01", "2023-07-01", "2024-12-31", "2025-10-01");
		List<String> typical = this.driver.executableQuery("""
				MATCH (d:Document {hasText: true}) WHERE EXISTS { (d)<-[:IMPLEMENTS|BASED_ON|GUIDES]-() }
				RETURN d.id AS id ORDER BY d.id""")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("id").asString())
			.filter((id) -> !roots.contains(id))
			.toList();
		Lineage.Graph heaviest = this.lineage.of(roots.get(0), true, 5, Lineage.DEFAULT_LIMIT);
		print("");
		print("lineage: the %d documents most implemented (largest: %s, %,d nodes at depth 5, truncated at the default "
				+ "limit of %,d: %s) and %,d other documents with implementers; overdue report: %d jurisdictions x "
				+ "%d days", roots.size(), roots.get(0), heaviest.nodes().size(), Lineage.DEFAULT_LIMIT,
				heaviest.truncated(), typical.size(), jurisdictions.size(), days.size());
		compare("lineage d5, typical",
				(i) -> "/api/documents/" + typical.get((i * 7919) % typical.size()) + "/lineage?direction=down&depth=5",
				(i) -> this.driverLineage.of(typical.get((i * 7919) % typical.size()), true, 5, Lineage.DEFAULT_LIMIT),
				(i) -> this.lineage.of(typical.get((i * 7919) % typical.size()), true, 5, Lineage.DEFAULT_LIMIT),
				MEASURED);
		compare("lineage d5, typical, limit 1000",
				(i) -> "/api/documents/" + typical.get((i * 7919) % typical.size())
						+ "/lineage?direction=down&depth=5&limit=1000",
				(i) -> this.driverLineage.of(typical.get((i * 7919) % typical.size()), true, 5, 1000),
				(i) -> this.lineage.of(typical.get((i * 7919) % typical.size()), true, 5, 1000), MEASURED);
		compare("lineage d5, most impl.",
				(i) -> "/api/documents/" + roots.get(i % roots.size()) + "/lineage?direction=down&depth=5",
				(i) -> this.driverLineage.of(roots.get(i % roots.size()), true, 5, Lineage.DEFAULT_LIMIT),
				(i) -> this.lineage.of(roots.get(i % roots.size()), true, 5, Lineage.DEFAULT_LIMIT), MEASURED);
		compare("overdue report",
				(i) -> "/api/reports/overdue?asOf=" + days.get(i % days.size()) + "&jurisdiction=" + URLEncoder
					.encode(jurisdictions.get((i / days.size()) % jurisdictions.size()), StandardCharsets.UTF_8),
				(i) -> {
					this.driver.executableQuery(CypherFiles.load("queries/accountability/overdue"))
						.withParameters(Map.of("asOf", days.get(i % days.size()), "jurisdiction",
								jurisdictions.get((i / days.size()) % jurisdictions.size())))
						.execute();
				}, null, 200);
	}

	interface Direct {

		void run(int i) throws Exception;

	}

	/**
	 * The API, the same Cypher through the driver and (when given) the call the API makes
	 * in-process, alternately, so all see the same machine. The overhead is the API's
	 * over the driver's.
	 */
	private void compare(String name, IntFunction<String> path, Direct direct, Direct inProcess, int measured)
			throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			get(path.apply(i));
			direct.run(i);
			if (inProcess != null) {
				inProcess.run(i);
			}
		}
		long[] api = new long[measured];
		long[] cypher = new long[measured];
		long[] local = new long[measured];
		for (int i = 0; i < measured; i++) {
			long t = System.nanoTime();
			HttpResponse<byte[]> response = get(path.apply(i));
			api[i] = System.nanoTime() - t;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path.apply(i) + " -> " + response.statusCode());
			}
			t = System.nanoTime();
			direct.run(i);
			cypher[i] = System.nanoTime() - t;
			if (inProcess != null) {
				t = System.nanoTime();
				inProcess.run(i);
				local[i] = System.nanoTime() - t;
			}
		}
		Arrays.sort(api);
		Arrays.sort(cypher);
		Arrays.sort(local);
		print("%-32s API p50 %6.1f ms  p99 %6.1f ms | Cypher through the driver p50 %6.1f ms  p99 %6.1f ms | "
				+ "overhead p50 %.2fx, p99 %.2fx%s", name, ms(api, 50), ms(api, 99), ms(cypher, 50), ms(cypher, 99),
				ms(api, 50) / ms(cypher, 50), ms(api, 99) / ms(cypher, 99),
				(inProcess == null) ? "" : String.format(Locale.ROOT,
						" | in-process (the API's own reads) p50 %.1f ms p99 %.1f ms", ms(local, 50), ms(local, 99)));
	}

	private void loadRun(int seconds, int clients) throws Exception {
		List<String> paths = new ArrayList<>();
		this.driver.executableQuery("MATCH (d:Document {hasText: true}) RETURN d.id AS id ORDER BY d.id LIMIT 200")
			.execute()
			.records()
			.forEach((r) -> {
				paths.add("/api/documents/" + r.get("id").asString());
				paths.add("/api/documents/" + r.get("id").asString() + "/lineage?direction=both&depth=3");
			});
		this.driver.executableQuery("MATCH (a:Agency)<-[:LEAD_UNIT]-() RETURN DISTINCT a.id AS id LIMIT 50")
			.execute()
			.records()
			.forEach((r) -> paths.add("/api/tasks?asOf=2023-01-01&status=OVERDUE&agency=" + r.get("id").asString()));
		for (String q : List.of("ke hoach", "nghi quyet", "chuyen doi so", "de an", "50-CTr")) {
			paths.add("/api/documents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
		}
		paths.add("/api/reports/overdue?asOf=2024-01-01");
		AtomicLong requests = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			threads.add(Thread.ofPlatform().start(() -> {
				Random random = new Random(client);
				List<Long> mine = new ArrayList<>();
				while (System.nanoTime() < end) {
					String path = paths.get(random.nextInt(paths.size()));
					long t = System.nanoTime();
					try {
						HttpResponse<byte[]> response = get(path);
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
							if (firstErrors.size() < 5) {
								firstErrors.add(response.statusCode() + " " + path);
							}
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
						if (firstErrors.size() < 5) {
							firstErrors.add(ex + " " + path);
						}
					}
					mine.add(System.nanoTime() - t);
					requests.incrementAndGet();
				}
				latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		print("");
		print("load run: %d clients, %d s, %d distinct requests (documents, lineage both depth 3, overdue tasks of "
				+ "an agency, search, national report)", clients, seconds, paths.size());
		print("  %,d requests, %.0f requests/s, p50 %.1f ms, p99 %.1f ms, errors %d %s", requests.get(),
				requests.get() / (double) seconds, ms(all, 50), ms(all, 99), errors.get(),
				firstErrors.isEmpty() ? "" : firstErrors.toString());
		print("system load average (1 min): %.2f on %d CPUs",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Documents uploaded one after another (new sources, from another seed of the
	 * corpus): each answers once its facts are written and the fulfilment links of its
	 * jurisdiction recomputed.
	 */
	private void uploads(int count) throws Exception {
		List<SyntheticCorpus.Document> documents = new SyntheticCorpus(System.currentTimeMillis(), count).stream()
			.toList();
		String auth = "Basic " + java.util.Base64.getEncoder()
			.encodeToString(("editor:" + UPLOAD_PASSWORD).getBytes(StandardCharsets.UTF_8));
		long[] took = new long[count];
		for (int i = 0; i < count; i++) {
			SyntheticCorpus.Document document = documents.get(i);
			String name = "upload-" + System.currentTimeMillis() + "-" + i + ".txt";
			long t = System.nanoTime();
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create(this.base + "/api/documents?name=" + name))
					.header("Authorization", auth)
					.header("Content-Type", "text/plain; charset=utf-8")
					.POST(HttpRequest.BodyPublishers.ofByteArray(document.bytes()))
					.build(), HttpResponse.BodyHandlers.ofString());
			took[i] = System.nanoTime() - t;
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(
						"upload " + name + " -> " + response.statusCode() + " " + response.body());
			}
			print("  upload %d (%s, %,d tasks, %s): %.2f s", i + 1, document.jurisdiction(), document.tasks().size(),
					name, took[i] / 1e9);
		}
		Arrays.sort(took);
		print("%-32s p50 %.2f s, max %.2f s (%d uploads; each recomputes its jurisdiction's fulfilment links)",
				"upload (POST /api/documents)", took[count / 2] / 1e9, took[count - 1] / 1e9, count);
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static double ms(long[] sorted, int percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(format, args));
	}

}
