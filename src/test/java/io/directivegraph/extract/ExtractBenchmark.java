package io.directivegraph.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.directivegraph.extract.model.Extraction;

/**
 * Warm single-thread throughput of {@link Extractor} on seed 003 (a 750 KB compilation)
 * and seed 001 (OCR without diacritics), with peak heap and allocation per run. A plain
 * harness, not a test: run it from the project root with
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test &amp;&amp; /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.directivegraph.extract.ExtractBenchmark
 * </pre>
 *
 * Any JDK 21 or newer will do in place of the one named (the {@code java} on the
 * {@code PATH} may be older). Optional arguments: seconds of warm-up, then seconds of
 * measurement per seed (default 5 and 5). Add {@code -Xmx1g} to see it under the unit
 * tests' heap.
 * <p>
 * {@code ExtractBenchmark large [MB]} (default 50) instead extracts one large file made
 * of copies of seed 003 (a compilation of six reports, so six documents a copy) once
 * after a short warm-up, and prints its time, its documents and the peak heap; run it
 * with {@code -Xmx512m} to show that it fits a small heap.
 */
public final class ExtractBenchmark {

	private static final Path SEEDS = Path.of("import/documents");

	private static final List<String> FILES = List.of("003_10fced73fa7337e4.txt", "001_8cb44f0713b8000c.txt");

	private static final double MB = 1024 * 1024;

	// Results feed this so the JIT cannot drop the extraction as dead code.
	private static long sink;

	private ExtractBenchmark() {
	}

	private record Seed(String file, byte[] bytes) {
	}

	private record Result(String file, int bytes, int runs, double seconds, double cpuSeconds, long allocated,
			long peakHeap) {

		double mbPerSecond() {
			return this.bytes * (double) this.runs / MB / this.seconds;
		}

		double mbPerCpuSecond() {
			return this.bytes * (double) this.runs / MB / this.cpuSeconds;
		}

		double msPerRun() {
			return this.seconds * 1000 / this.runs;
		}

		double allocatedMbPerRun() {
			return this.allocated / MB / this.runs;
		}

	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("large")) {
			large((args.length > 1) ? Double.parseDouble(args[1]) : 50);
			return;
		}
		double warmUp = (args.length > 0) ? Double.parseDouble(args[0]) : 5;
		double measure = (args.length > 1) ? Double.parseDouble(args[1]) : 5;
		List<Seed> seeds = new ArrayList<>();
		for (String file : FILES) {
			seeds.add(new Seed(file, Files.readAllBytes(SEEDS.resolve(file))));
		}
		Extractor extractor = Extractor.defaults();

		// Alternate the seeds while warming up: they share most of the code, and each
		// takes its own branches (OCR repairs, compilations).
		long warmUpEnd = System.nanoTime() + (long) (warmUp * 1e9);
		int warmUpRuns = 0;
		while (System.nanoTime() < warmUpEnd) {
			for (Seed seed : seeds) {
				consume(extractor.extract(seed.file(), seed.bytes()));
				warmUpRuns++;
			}
		}
		System.out.printf("warm-up: %.0f s, %d runs%n", warmUp, warmUpRuns);

		List<Result> results = new ArrayList<>();
		for (Seed seed : seeds) {
			results.add(measure(extractor, seed, measure));
		}

		System.out.printf("%-26s %9s %6s %9s %9s %9s %14s %15s%n", "seed", "KB", "runs", "MB/s", "MB/cpu-s", "ms/run",
				"alloc MB/run", "peak heap MB");
		for (Result r : results) {
			System.out.printf("%-26s %9.0f %6d %9.2f %9.2f %9.1f %14.1f %15.1f%n", r.file(), r.bytes() / 1024.0,
					r.runs(), r.mbPerSecond(), r.mbPerCpuSecond(), r.msPerRun(), r.allocatedMbPerRun(),
					r.peakHeap() / MB);
		}
		System.out.printf("max heap %.0f MB, %s; MB = 2^20 bytes of input; sink %d%n",
				Runtime.getRuntime().maxMemory() / MB, ManagementFactory.getRuntimeMXBean().getVmName(), sink);
		// On a shared machine wall time counts other processes' load; CPU time does not.
		System.out.println("MB/cpu-s: per second of this thread's CPU time, steadier than MB/s on a busy machine");
		System.out.println("peak heap: sum of the heap pools' peaks since the seed's measurement began "
				+ "(an upper bound: pools peak at different moments; includes garbage not yet collected)");
	}

	/**
	 * One extraction of a file of about {@code megabytes} MB made of whole copies of seed
	 * 003.
	 */
	private static void large(double megabytes) throws Exception {
		byte[] seed = Files.readAllBytes(SEEDS.resolve(FILES.get(0)));
		Extractor extractor = Extractor.defaults();
		int seedDocuments = extractor.extract(FILES.get(0), seed).documents().size();
		int copies = (int) Math.ceil(megabytes * MB / (seed.length + 2));
		byte[] input = repeat(seed, copies);
		// Warm up on the seed itself, so the large run measures steady code, not the JIT.
		long warmUpEnd = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < warmUpEnd) {
			consume(extractor.extract(FILES.get(0), seed));
		}
		System.gc();
		HeapWatch watch = new HeapWatch();
		long start = System.nanoTime();
		Extraction extraction = extractor.extract("large.txt", input);
		double seconds = (System.nanoTime() - start) / 1e9;
		Thread.sleep(200);
		watch.stop();
		consume(extraction);
		int documents = extraction.documents().size();
		long tasks = extraction.documents().stream().mapToLong((d) -> d.tasks().size()).sum();
		long references = extraction.documents().stream().mapToLong((d) -> d.references().size()).sum();
		System.out.printf("input: %d copies of %s, %.1f MB, %d chars%n", copies, FILES.get(0), input.length / MB,
				extraction.source().chars());
		System.out.printf("documents: %d (expected %d), references %d, tasks %d%n", documents, copies * seedDocuments,
				references, tasks);
		System.out.printf("time: %.2f s, %.2f MB/s%n", seconds, input.length / MB / seconds);
		System.out.printf(
				"heap: peak in use %.0f MB, peak live after a collection %.0f MB, %d collections; max heap %.0f MB%n",
				watch.peakUsed() / MB, watch.peakLive() / MB, watch.collections(),
				Runtime.getRuntime().maxMemory() / MB);
		System.out.println("peak in use: the most heap held just before a collection (garbage included), "
				+ "or at the end if higher; peak live: the most still held just after one");
	}

	/**
	 * Heap use seen by the collector during a run: before and after each collection (GC
	 * notifications), and at the end.
	 */
	private static final class HeapWatch implements javax.management.NotificationListener {

		private final List<java.lang.management.GarbageCollectorMXBean> collectors = ManagementFactory
			.getGarbageCollectorMXBeans();

		private long peakUsed;

		private long peakLive;

		private int collections;

		HeapWatch() {
			for (var collector : this.collectors) {
				((javax.management.NotificationEmitter) collector).addNotificationListener(this, null, null);
			}
		}

		@Override
		public synchronized void handleNotification(javax.management.Notification notification, Object handback) {
			if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
				.equals(notification.getType())) {
				return;
			}
			var info = com.sun.management.GarbageCollectionNotificationInfo
				.from((javax.management.openmbean.CompositeData) notification.getUserData())
				.getGcInfo();
			long before = info.getMemoryUsageBeforeGc().values().stream().mapToLong((u) -> u.getUsed()).sum();
			long after = info.getMemoryUsageAfterGc().values().stream().mapToLong((u) -> u.getUsed()).sum();
			this.peakUsed = Math.max(this.peakUsed, before);
			this.peakLive = Math.max(this.peakLive, after);
			this.collections++;
		}

		void stop() throws Exception {
			long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			for (var collector : this.collectors) {
				((javax.management.NotificationEmitter) collector).removeNotificationListener(this);
			}
			synchronized (this) {
				this.peakUsed = Math.max(this.peakUsed, now);
			}
		}

		synchronized long peakUsed() {
			return this.peakUsed;
		}

		synchronized long peakLive() {
			return this.peakLive;
		}

		synchronized int collections() {
			return this.collections;
		}

	}

	/** Copies of a file, each starting on a line of its own after a blank line. */
	static byte[] repeat(byte[] file, int copies) {
		byte[] separator = "\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(copies * (file.length + 2));
		for (int i = 0; i < copies; i++) {
			out.writeBytes(file);
			out.writeBytes(separator);
		}
		return out.toByteArray();
	}

	private static Result measure(Extractor extractor, Seed seed, double seconds) {
		System.gc();
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long cpuBefore = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		int runs = 0;
		long now;
		do {
			consume(extractor.extract(seed.file(), seed.bytes()));
			runs++;
			now = System.nanoTime();
		}
		while (now < end);
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
		long peak = heapPools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		return new Result(seed.file(), seed.bytes().length, runs, (now - start) / 1e9, cpuSeconds, allocated, peak);
	}

	private static void consume(Extraction extraction) {
		for (Extraction.DocumentExtraction document : extraction.documents()) {
			sink += document.references().size() + document.relations().size() + document.tasks().size();
		}
	}

}
