package io.directivegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Ingests files and folders (recursively, {@code .txt} and {@code .md}, in name order),
 * one transaction per file. A file that cannot be read or parsed is reported and skipped;
 * the others load.
 */
@Component
public class FolderIngest {

	/**
	 * Files larger than this are refused: a directive is kilobytes, a compilation a
	 * megabyte.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private final GraphIngest ingest;

	private final int threads;

	@Autowired
	public FolderIngest(GraphIngest ingest, ImportProperties properties) {
		this(ingest, properties.threads());
	}

	/**
	 * @param threads files extracted and written at once: reading one file's text
	 * overlaps writing another's; each still has its own transaction
	 */
	public FolderIngest(GraphIngest ingest, int threads) {
		this.ingest = ingest;
		this.threads = Math.max(1, threads);
	}

	/** The files a list of paths names: files as given, folders walked for text files. */
	public static List<Path> files(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile).filter(FolderIngest::isText).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString().toLowerCase();
		return name.endsWith(".txt") || name.endsWith(".md");
	}

	/**
	 * Ingests each file, telling {@code progress} after each one (in the order they
	 * finish); the results are in the order of {@code files}.
	 */
	public List<IngestResult> ingest(List<Path> files, BiConsumer<Integer, IngestResult> progress) {
		return ingestAll(files.stream().map((file) -> (Callable<IngestResult>) () -> ingestOne(file)).toList(),
				progress);
	}

	/** In-memory texts, named as files: the same as {@link #ingest(List, BiConsumer)}. */
	public List<IngestResult> ingestTexts(List<Map.Entry<String, byte[]>> texts,
			BiConsumer<Integer, IngestResult> progress) {
		return ingestAll(texts.stream()
			.map((text) -> (Callable<IngestResult>) () -> ingestOne(text.getKey(), text.getValue()))
			.toList(), progress);
	}

	private List<IngestResult> ingestAll(List<Callable<IngestResult>> jobs,
			BiConsumer<Integer, IngestResult> progress) {
		List<IngestResult> results = new ArrayList<>();
		AtomicInteger done = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.threads, Math.max(1, jobs.size())),
				Thread.ofPlatform().name("ingest-", 1).daemon().factory());
		try {
			List<Future<IngestResult>> futures = new ArrayList<>();
			for (Callable<IngestResult> job : jobs) {
				futures.add(pool.submit(() -> {
					IngestResult result = job.call();
					synchronized (progress) {
						progress.accept(done.incrementAndGet(), result);
					}
					return result;
				}));
			}
			for (Future<IngestResult> future : futures) {
				results.add(future.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Ingest interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		// Once for the whole batch (and whatever an interrupted earlier run left marked).
		this.ingest.completeFulfilment();
		return results;
	}

	private IngestResult ingestOne(Path file) {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				return IngestResult.skipped(name, size + " bytes, over the limit of " + MAX_BYTES);
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return IngestResult.skipped(name, "cannot read: " + ex.getMessage());
		}
		return ingestOne(name, bytes);
	}

	private IngestResult ingestOne(String name, byte[] bytes) {
		try {
			return this.ingest.ingestDeferred(name, bytes);
		}
		catch (RuntimeException ex) {
			// One bad file must not stop the others; its previous state is untouched (the
			// transaction rolled back).
			return IngestResult.skipped(name, "failed: " + ex.getMessage());
		}
	}

}
