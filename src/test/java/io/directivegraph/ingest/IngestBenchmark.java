package io.directivegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.slf4j.LoggerFactory;

import io.directivegraph.extract.Extractor;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.neo4j.DriverTransactions;
import io.directivegraph.neo4j.EmbeddedTransactions;
import io.directivegraph.neo4j.GraphTransactions;
import io.directivegraph.neo4j.SchemaMigrations;

/**
 * Ingest benchmark: in one run, the time to ingest the five seeds warm, the rate of
 * ingesting a {@link SyntheticCorpus} (tasks/s, documents/s), the rate of loading the
 * same graph with {@code LOAD CSV} from its {@link GraphExport export}, and the ratio of
 * the two. Targets: seeds in at most 5 s warm; ingest at least half as fast as LOAD CSV.
 * It starts its own in-process Neo4j (page cache as the embedded default, 256 MB) in a
 * temporary folder and wires the ingest by hand, without Spring.
 *
 * <p>
 * Run from the project folder (argument: number of synthetic documents, default 1000,
 * about 20 tasks each; optional second argument: the corpus seed):
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test &amp;&amp; java -Xmx2g -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) io.directivegraph.ingest.IngestBenchmark 1000
 * </pre>
 *
 * ({@code java} must be JDK 21 or newer.)
 */
public final class IngestBenchmark {

	private static final Path SEEDS = Path.of("import/documents");

	private static final long PAGE_CACHE = 256L * 1024 * 1024;

	private static final int WARM_RUNS = 3;

	private final Driver driver;

	private final Path importRoot;

	private final Extractor extractor = Extractor.defaults();

	private final TimedFulfilment fulfilment;

	private final GraphIngest ingest;

	private final GraphExport export;

	private final FolderIngest folder;

	/**
	 * Files ingested at once (system property {@code threads}, default as the product).
	 */
	private static final int THREADS = Integer.getInteger("threads", 2);

	/**
	 * Files per transaction (system property {@code batch}, default as the product; 1 =
	 * one transaction per file).
	 */
	private static final int BATCH = Integer.getInteger("batch", 100);

	/**
	 * How the ingest writes (system property {@code writes}): {@code embedded} (default,
	 * as the product with its embedded database) or {@code driver} (as with an external
	 * Neo4j: through Bolt).
	 */
	private static final String WRITES = System.getProperty("writes", "embedded");

	private final TimedWrites timed;

	private IngestBenchmark(Driver driver, TimedWrites writes, Path importRoot) {
		this.driver = driver;
		this.timed = writes;
		this.importRoot = importRoot;
		this.fulfilment = new TimedFulfilment(writes);
		this.ingest = new GraphIngest(writes, this.extractor, Gazetteer.defaults(), this.fulfilment);
		this.export = new GraphExport(driver);
		this.folder = new FolderIngest(this.ingest, THREADS, BATCH);
	}

	public static void main(String[] args) throws IOException {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		long seed = (args.length > 1) ? Long.parseLong(args[1]) : 2026L;
		quietLogs();
		HeapPeak heap = HeapPeak.start();
		Path work = Files.createTempDirectory("directive-graph-bench");
		Path importRoot = Files.createDirectories(work.resolve("import"));
		print("directive-graph ingest benchmark: %d synthetic documents (seed %d); JDK %s, %d CPUs, max heap %d MB, "
				+ "page cache %d MB, %d extraction threads, %d files per transaction, writes through the %s", size,
				seed, Runtime.version(), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, PAGE_CACHE >> 20, THREADS, BATCH,
				WRITES.equals("driver") ? "driver (Bolt)" : "embedded API");
		printLoad();
		long started = System.nanoTime();
		try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(work.resolve("neo4j"))
			.withDisabledServer()
			.withConfig(GraphDatabaseSettings.load_csv_file_url_root, importRoot.toAbsolutePath())
			.withConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE)
			// As the embedded database of the product (EmbeddedNeo4j).
			.withConfig(org.neo4j.configuration.GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
			.build(); Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
			print("Neo4j %s started in %.1f s", neo4j.boltURI(), seconds(System.nanoTime() - started));
			// afterPropertiesSet() is the public way in: migrate() is package-private.
			new SchemaMigrations(driver).afterPropertiesSet();
			GraphTransactions writes = WRITES.equals("driver") ? new DriverTransactions(driver)
					: new EmbeddedTransactions(neo4j.defaultDatabaseService());
			TimedWrites timed = new TimedWrites(writes);
			IngestBenchmark benchmark = new IngestBenchmark(driver, timed, importRoot);
			Seeds seeds = benchmark.seeds();
			Synthetic synthetic = benchmark.synthetic(size, seed);
			Load load = benchmark.loadCsv(synthetic.tasks());
			print("");
			print("== Figures");
			print("(a) seeds warm: median %.2f s, last %.2f s (cold %.2f s)  [target <= 5 s: %s]", seeds.median(),
					seeds.last(), seeds.cold(), (seeds.median() <= 5) ? "met" : "NOT met");
			print("(b) synthetic ingest: %,.0f tasks/s, %.1f documents/s (%,d documents, %,d tasks in %.1f s); "
					+ "10,000 documents: ~%s", synthetic.tasksPerSecond(), synthetic.documentsPerSecond(),
					synthetic.documents(), synthetic.tasks(), synthetic.seconds(), duration(synthetic.tenThousand()));
			print("    first ingest of the corpus (JIT compiling): %,.0f tasks/s, %.1f %% of LOAD CSV's second load",
					synthetic.tasks() / synthetic.firstSeconds(),
					100 * synthetic.tasks() / synthetic.firstSeconds() / load.tasksPerSecond());
			print("(c) LOAD CSV, second load: %,.0f rows/s, %,.0f tasks/s (%,d rows in %.1f s; first load %.1f s)",
					load.rowsPerSecond(), load.tasksPerSecond(), load.rows(), load.seconds(), load.firstSeconds());
			double ratio = synthetic.tasksPerSecond() / load.tasksPerSecond();
			print("(d) ingest / LOAD CSV (tasks/s): %.1f %%  [target >= 50 %%: %s]", 100 * ratio,
					(ratio >= 0.5) ? "met" : "NOT met");
			print("    without the fulfilment recomputation: %,.0f tasks/s, %.1f %% of LOAD CSV",
					synthetic.tasks() / (synthetic.seconds() - synthetic.fulfilment()),
					100 * synthetic.tasks() / (synthetic.seconds() - synthetic.fulfilment()) / load.tasksPerSecond());
		}
		finally {
			heap.stop();
			deleteRecursively(work);
		}
		print("peak heap used: %,d MB of %,d MB max (sampled every 20 ms; the database shares this heap)",
				heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		printLoad();
		print("total run time: %.0f s", seconds(System.nanoTime() - started));
	}

	/** Seed ingest times, in seconds. */
	record Seeds(double cold, List<Double> warm) {

		double median() {
			List<Double> sorted = warm.stream().sorted().toList();
			return sorted.get(sorted.size() / 2);
		}

		double last() {
			return this.warm.get(this.warm.size() - 1);
		}

	}

	/**
	 * @param tenThousand projected seconds for 10,000 documents
	 */
	record Synthetic(int documents, int tasks, double seconds, double fulfilment, double tenThousand,
			double firstSeconds) {

		double tasksPerSecond() {
			return this.tasks / this.seconds;
		}

		double documentsPerSecond() {
			return this.documents / this.seconds;
		}

	}

	/**
	 * @param seconds the second load, with its statements planned: the ingest ran warm
	 * too
	 */
	record Load(long rows, int tasks, double seconds, double firstSeconds) {

		double rowsPerSecond() {
			return this.rows / this.seconds;
		}

		double tasksPerSecond() {
			return this.tasks / this.seconds;
		}

	}

	/**
	 * (a) The five seeds into an empty graph: once cold, then {@value #WARM_RUNS} warm.
	 */
	private Seeds seeds() throws IOException {
		print("");
		print("== (a) Seeds: %s", SEEDS.toAbsolutePath());
		List<Path> files = FolderIngest.files(List.of(SEEDS));
		List<byte[]> bytes = new ArrayList<>();
		for (Path file : files) {
			bytes.add(Files.readAllBytes(file));
		}
		double cold = 0;
		List<Double> warm = new ArrayList<>();
		for (int run = 0; run <= WARM_RUNS; run++) {
			clear();
			this.fulfilment.reset();
			long started = System.nanoTime();
			long cpu = cpuNanos();
			int tasks = 0;
			for (IngestResult result : this.folder.ingest(files, (n, r) -> {
			})) {
				if (result.status() != IngestResult.Status.INGESTED) {
					throw new IllegalStateException("Seed not ingested: " + result);
				}
				tasks += result.tasks();
			}
			double took = seconds(System.nanoTime() - started);
			print("  %s: %d files, %,d tasks in %.2f s (fulfilment %.2f s; process CPU %.2f s)",
					(run == 0) ? "cold" : "warm " + run, files.size(), tasks, took, seconds(this.fulfilment.nanos()),
					seconds(cpuNanos() - cpu));
			if (run == 0) {
				cold = took;
			}
			else {
				warm.add(took);
			}
		}
		long started = System.nanoTime();
		for (int i = 0; i < files.size(); i++) {
			this.extractor.extract(files.get(i).getFileName().toString(), bytes.get(i));
		}
		print("  extraction alone (warm, no database): %.2f s", seconds(System.nanoTime() - started));
		return new Seeds(cold, warm);
	}

	/**
	 * (b) The synthetic corpus into an empty graph, as the product ingests a folder; the
	 * second of two ingests is timed.
	 */
	private Synthetic synthetic(int size, long seed) {
		print("");
		print("== (b) Synthetic corpus: %,d documents", size);
		clear();
		long started = System.nanoTime();
		List<SyntheticCorpus.Document> corpus = new SyntheticCorpus(seed, size).stream().toList();
		int plannedTasks = corpus.stream().mapToInt((d) -> d.tasks().size()).sum();
		long bytes = corpus.stream().mapToLong((d) -> d.bytes().length).sum();
		print("  generated in %.1f s: %,d tasks written, %.1f MB", seconds(System.nanoTime() - started), plannedTasks,
				bytes / 1e6);

		// Extraction alone: the part of the ingest that does not depend on the graph.
		started = System.nanoTime();
		for (SyntheticCorpus.Document document : corpus) {
			this.extractor.extract(document.file(), document.bytes());
		}
		double extraction = seconds(System.nanoTime() - started);
		print("  extraction alone (no database): %.1f s = %,.0f tasks/s", extraction, plannedTasks / extraction);

		// A first ingest of the corpus, then the same again into the emptied graph,
		// timed:
		// as LOAD CSV is timed on its second load. In a run this short the JIT compiler
		// takes much of the first one (about 40 % of the process CPU at 1,000
		// documents), which a long-running service pays once.
		List<Map.Entry<String, byte[]>> first = corpus.stream().map((d) -> Map.entry(d.file(), d.bytes())).toList();
		long firstStarted = System.nanoTime();
		Map<String, Double> firstCpu = cpuByThreadGroup();
		this.folder.ingestTexts(first, (n, result) -> {
		});
		double firstSeconds = seconds(System.nanoTime() - firstStarted);
		print("  first ingest (JIT compiling): %,.0f tasks/s, %.1f s", plannedTasks / firstSeconds, firstSeconds);
		printCpuSince(firstCpu);
		clear();

		this.fulfilment.reset();
		this.timed.reset();
		long[] perDocument = new long[size];
		int[] counts = new int[2];
		int step = Math.max(1, size / 10);
		long[] clock = new long[3];
		started = System.nanoTime();
		long cpu = cpuNanos();
		clock[0] = started;
		clock[1] = started;
		List<Map.Entry<String, byte[]>> texts = corpus.stream().map((d) -> Map.entry(d.file(), d.bytes())).toList();
		Map<String, Integer> planned = new HashMap<>();
		corpus.forEach((d) -> planned.put(d.file(), d.tasks().size()));
		long begun = started;
		Map<String, Double> cpuBefore = cpuByThreadGroup();
		// As the product ingests a folder: THREADS files at once, fulfilment once at the
		// end (inside ingestTexts).
		List<IngestResult> results = this.folder.ingestTexts(texts, (n, result) -> {
			long now = System.nanoTime();
			perDocument[n - 1] = now - clock[1];
			clock[1] = now;
			if (result.status() != IngestResult.Status.INGESTED) {
				throw new IllegalStateException("Not ingested: " + result);
			}
			counts[0] += result.tasks();
			int expected = planned.get(result.file());
			if (Math.abs(result.tasks() - expected) > expected / 10) {
				counts[1]++;
			}
			if (n % step == 0 || n == size) {
				print("  %,6d documents, %,8d tasks, %6.1f s: last %d at %.1f documents/s", n, counts[0],
						seconds(now - begun), step, step / seconds(now - clock[0]));
				clock[0] = now;
			}
		});
		int tasks = counts[0];
		int off = counts[1];
		if (results.size() != size) {
			throw new IllegalStateException(results.size() + " results for " + size + " documents");
		}
		double took = seconds(System.nanoTime() - started);
		printCpuSince(cpuBefore);
		this.timed.print();
		double fulfilment = seconds(this.fulfilment.nanos());
		print("  fulfilment of the whole corpus at the end: %.1f s", fulfilment);
		print("  ingested %,d tasks (written %,d: %.1f %%; %d documents off by more than 10 %%) in %.1f s, "
				+ "process CPU %.1f s", tasks, plannedTasks, 100.0 * tasks / plannedTasks, off, took,
				seconds(cpuNanos() - cpu));
		print("  time split: extraction ~%.1f s (measured alone), fulfilment %.1f s, graph reads and writes ~%.1f s",
				extraction, fulfilment, took - extraction - fulfilment);
		// Per document: the mean over the last half (the graph is large by then; files
		// complete a batch at a time, so single gaps say little); fulfilment runs once
		// at the end over an inverted index, taken as linear in the corpus size.
		long[] lastHalf = Arrays.copyOfRange(perDocument, size / 2, size);
		double perFile = Arrays.stream(lastHalf).sum() / 1e9 / lastHalf.length;
		double projected = perFile * 10_000 + fulfilment * 10_000 / size;
		print("  per document at the end: %.1f ms (mean over the last half)", perFile * 1e3);
		print("  10,000 documents (~200,000 tasks) projected: ~%s, %,.0f tasks/s over the run", duration(projected),
				200_000 / projected);
		printGraph();
		return new Synthetic(size, tasks, took, fulfilment, projected, firstSeconds);
	}

	/** (c) Export the graph as CSV, empty the database, load the CSV back. */
	private Load loadCsv(int tasks) {
		print("");
		print("== (c) LOAD CSV of the same graph");
		Map<String, Long> before = shape();
		Path dir = this.importRoot.resolve("export");
		long started = System.nanoTime();
		Map<String, Integer> files = this.export.export(dir);
		long rows = files.values().stream().mapToLong(Integer::longValue).sum();
		print("  exported %d files, %,d rows, %.1f MB in %.1f s", files.size(), rows, size(dir) / 1e6,
				seconds(System.nanoTime() - started));
		double[] took = new double[2];
		for (int run = 0; run < 2; run++) {
			clear();
			started = System.nanoTime();
			long cpu = cpuNanos();
			this.export.load("file:///export");
			took[run] = seconds(System.nanoTime() - started);
			Map<String, Long> after = shape();
			print("  %s load into the emptied database: %.1f s, process CPU %.1f s; same labels and relationship "
					+ "counts as ingested: %s", (run == 0) ? "first" : "second", took[run], seconds(cpuNanos() - cpu),
					before.equals(after) ? "yes" : "NO: before " + before + ", after " + after);
		}
		return new Load(rows, tasks, took[1], took[0]);
	}

	private void printGraph() {
		Map<String, Long> shape = shape();
		StringBuilder nodes = new StringBuilder();
		StringBuilder edges = new StringBuilder();
		shape.forEach((key, count) -> (key.startsWith("-") ? edges : nodes)
			.append(String.format(Locale.ROOT, " %s %,d;", key.startsWith("-") ? key.substring(1) : key, count)));
		print("  graph nodes:%s", nodes);
		print("  graph relationships:%s", edges);
	}

	private Map<String, Long> shape() {
		return GraphShape.of(this.driver);
	}

	/**
	 * Every node but the schema bookkeeping, in batches: one transaction would hold it
	 * all in memory.
	 */
	private void clear() {
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS""").consume();
		}
	}

	/**
	 * Times each statement of the ingest's transactions, by the first line of its file
	 * (its description), and the transactions as a whole (commit included).
	 */
	private static final class TimedWrites implements GraphTransactions {

		private final GraphTransactions writes;

		private final Map<String, long[]> nanos = new java.util.concurrent.ConcurrentHashMap<>();

		TimedWrites(GraphTransactions writes) {
			this.writes = writes;
		}

		@Override
		public <T> T write(java.util.function.Function<Statements, T> work) {
			return timed(work, this.writes::write);
		}

		@Override
		public <T> T read(java.util.function.Function<Statements, T> work) {
			return timed(work, this.writes::read);
		}

		private <T> T timed(java.util.function.Function<Statements, T> work,
				java.util.function.Function<java.util.function.Function<Statements, T>, T> transaction) {
			long started = System.nanoTime();
			long[] inside = new long[2];
			try {
				return transaction.apply((tx) -> {
					inside[0] = 0;
					long begun = System.nanoTime();
					T result = work.apply(new Statements() {

						@Override
						public List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
							long begun = System.nanoTime();
							try {
								return tx.rows(query, parameters);
							}
							finally {
								inside[0] += add(query, System.nanoTime() - begun);
							}
						}

						@Override
						public void run(String query, Map<String, Object> parameters) {
							long begun = System.nanoTime();
							try {
								tx.run(query, parameters);
							}
							finally {
								inside[0] += add(query, System.nanoTime() - begun);
							}
						}

					});
					inside[1] = System.nanoTime() - begun;
					return result;
				});
			}
			finally {
				long total = System.nanoTime() - started;
				add("(transactions, total)", total);
				add("(Java between statements: graph plans, candidates)", inside[1] - inside[0]);
				add("(begin and commit)", total - inside[1]);
			}
		}

		private long add(String query, long took) {
			if (took > 1_000_000_000L && !query.startsWith("(")) {
				IngestBenchmark.print("  slow statement (%.1f s): %s", seconds(took),
						query.lines().filter((l) -> !l.startsWith("//")).limit(3).toList());
			}
			String name = String.join(" / ",
					query.lines()
						.filter((l) -> !l.startsWith("CYPHER") && !l.startsWith("//"))
						.limit(2)
						.map(String::strip)
						.toList());
			long[] slot = this.nanos.computeIfAbsent(name.substring(0, Math.min(90, name.length())),
					(k) -> new long[2]);
			synchronized (slot) {
				slot[0] += took;
				slot[1]++;
			}
			return took;
		}

		void reset() {
			this.nanos.clear();
		}

		void print() {
			IngestBenchmark.print("  writer thread, by statement (s, calls):");
			this.nanos.entrySet()
				.stream()
				.sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
				.forEach((e) -> IngestBenchmark.print("    %6.2f %5d  %s", seconds(e.getValue()[0]), e.getValue()[1],
						e.getKey()));
		}

	}

	/** Counts the time spent recomputing fulfilment links after each ingest. */
	private static final class TimedFulfilment extends Fulfilment {

		private final AtomicLong nanos = new AtomicLong();

		TimedFulfilment(GraphTransactions writes) {
			super(writes);
		}

		@Override
		public void updatePending() {
			long started = System.nanoTime();
			try {
				super.updatePending();
			}
			finally {
				this.nanos.addAndGet(System.nanoTime() - started);
			}
		}

		long nanos() {
			return this.nanos.get();
		}

		void reset() {
			this.nanos.set(0);
		}

	}

	/**
	 * The highest heap use seen, sampled: pool peaks would add peaks of different
	 * moments.
	 */
	private static final class HeapPeak implements Runnable {

		private final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		private Thread thread;

		static HeapPeak start() {
			HeapPeak heap = new HeapPeak();
			heap.thread = Thread.ofPlatform().daemon().name("heap-peak").start(heap);
			return heap;
		}

		@Override
		public void run() {
			var memory = ManagementFactory.getMemoryMXBean();
			while (this.running) {
				this.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void stop() {
			this.running = false;
			this.thread.interrupt();
		}

		long peak() {
			return this.peak.get();
		}

	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * CPU seconds per group of threads of this process, from /proc (Linux; empty
	 * elsewhere): the JVM's own threads (garbage collector, JIT compiler) too.
	 */
	static Map<String, Double> cpuByThreadGroup() {
		Map<String, Double> groups = new TreeMap<>();
		Path tasks = Path.of("/proc/self/task");
		if (!Files.isDirectory(tasks)) {
			return groups;
		}
		try (Stream<Path> threads = Files.list(tasks)) {
			threads.forEach((thread) -> {
				try {
					String name = Files.readString(thread.resolve("comm")).strip();
					String stat = Files.readString(thread.resolve("stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					// utime and stime: fields 14 and 15 of stat, in clock ticks (100/s).
					double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
					groups.merge(threadGroup(name), seconds, Double::sum);
				}
				catch (IOException | RuntimeException ex) {
					// The thread ended meanwhile.
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups;
	}

	private static String threadGroup(String name) {
		if (name.startsWith("C1 ") || name.startsWith("C2 ")) {
			return "JIT compiler";
		}
		if (name.startsWith("GC ") || name.startsWith("G1 ")) {
			return "garbage collector";
		}
		if (name.startsWith("ingest")) {
			return "extraction (ingest-N)";
		}
		if (name.equals("java") || name.equals("main")) {
			return "main (writer)";
		}
		if (name.startsWith("neo4j.") || name.startsWith("Lucene")) {
			return "Neo4j background";
		}
		return "other";
	}

	static void printCpuSince(Map<String, Double> before) {
		Map<String, Double> after = cpuByThreadGroup();
		StringBuilder line = new StringBuilder();
		after.forEach((group, seconds) -> line.append(String.format(Locale.ROOT, " %s %.1f s;", group,
				seconds - ((before.get(group) != null) ? before.get(group) : 0.0))));
		print("  CPU by thread group (threads alive at the end):%s", line);
	}

	/** Other processes on the machine make every figure slower: say how busy it is. */
	private static void printLoad() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		int cpus = Runtime.getRuntime().availableProcessors();
		print("system load average (1 min): %.2f on %d CPUs%s", load, cpus,
				(load > cpus) ? " - busy: figures are pessimistic" : "");
	}

	private static void quietLogs() {
		// Logback without a configuration logs everything at DEBUG: driver and Neo4j
		// chatter would bury the figures.
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	private static long size(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.mapToLong((f) -> f.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static String duration(double seconds) {
		if (seconds < 120) {
			return String.format(Locale.ROOT, "%.0f s", seconds);
		}
		if (seconds < 2 * 3600) {
			return String.format(Locale.ROOT, "%.0f min", seconds / 60);
		}
		return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
