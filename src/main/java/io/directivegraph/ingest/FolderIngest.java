package io.directivegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Ingests files and folders (recursively, {@code .txt} and {@code .md}, in name order).
 * Files are read and extracted on {@code threads} threads while one writer stores them,
 * {@code batchSize} files per transaction (see {@link GraphIngest#write(List)}: each file
 * is still wholly old or wholly new, and a batch that fails is written again file by
 * file). A file that cannot be read or parsed is reported and skipped; the others load.
 */
@Component
public class FolderIngest {

	/**
	 * Files larger than this are refused: a directive is kilobytes, a compilation a
	 * megabyte.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	/**
	 * Characters of text in one transaction at most, whatever the batch size: a few large
	 * compilations are a batch of their own.
	 */
	static final long MAX_BATCH_CHARS = 8L * 1024 * 1024;

	private final GraphIngest ingest;

	private final int threads;

	private final int batchSize;

	@Autowired
	public FolderIngest(GraphIngest ingest, ImportProperties properties) {
		this(ingest, properties.threads(), properties.batchSize());
	}

	/**
	 * @param threads files read and extracted at once while the previous ones are written
	 * @param batchSize files written in one transaction at most (1: one transaction per
	 * file)
	 */
	public FolderIngest(GraphIngest ingest, int threads, int batchSize) {
		this.ingest = ingest;
		this.threads = Math.max(1, threads);
		this.batchSize = Math.max(1, batchSize);
	}

	/** The files a list of paths names: files as given, folders walked for text files. */
	public static List<Path> files(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					// Hidden folders (.removed: sources taken back) are not part of the
					// data set.
					walk.filter(Files::isRegularFile)
						.filter(FolderIngest::isText)
						.filter((f) -> !hidden(path.relativize(f)))
						.sorted()
						.forEach(files::add);
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

	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString().toLowerCase();
		// What a folder holds of documents; the content decides what each is (a .txt that
		// is a PDF is read as one, a .pdf that is an image is refused with the reason).
		return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".pdf") || name.endsWith(".docx")
				|| name.endsWith(".doc") || name.endsWith(".html") || name.endsWith(".htm");
	}

	/**
	 * Ingests each file, telling {@code progress} after each one is stored (in the order
	 * of {@code files}); the results are in the order of {@code files}.
	 */
	public List<IngestResult> ingest(List<Path> files, BiConsumer<Integer, IngestResult> progress) {
		return ingestAll(files.stream().map((file) -> (Callable<GraphIngest.Prepared>) () -> prepare(file)).toList(),
				progress);
	}

	/** In-memory texts, named as files: the same as {@link #ingest(List, BiConsumer)}. */
	public List<IngestResult> ingestTexts(List<Map.Entry<String, byte[]>> texts,
			BiConsumer<Integer, IngestResult> progress) {
		return ingestAll(texts.stream()
			.map((text) -> (Callable<GraphIngest.Prepared>) () -> prepare(text.getKey(), text.getValue()))
			.toList(), progress);
	}

	private List<IngestResult> ingestAll(List<Callable<GraphIngest.Prepared>> jobs,
			BiConsumer<Integer, IngestResult> progress) {
		List<IngestResult> results = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.threads, Math.max(1, jobs.size())),
				Thread.ofPlatform().name("ingest-", 1).daemon().factory());
		try {
			// Extraction runs ahead of the writer by two batches at most: memory stays
			// bounded on a folder of any size.
			int ahead = 2 * this.batchSize + this.threads;
			List<Future<GraphIngest.Prepared>> futures = new ArrayList<>();
			int submitted = 0;
			List<GraphIngest.Prepared> batch = new ArrayList<>();
			Set<String> names = new HashSet<>();
			long chars = 0;
			for (int next = 0; next < jobs.size(); next++) {
				while (submitted < jobs.size() && submitted < next + ahead) {
					futures.add(pool.submit(jobs.get(submitted++)));
				}
				GraphIngest.Prepared prepared = futures.get(next).get();
				futures.set(next, null);
				boolean full = batch.size() >= this.batchSize || chars + prepared.chars() > MAX_BATCH_CHARS
						|| names.contains(prepared.file());
				if (full && !batch.isEmpty()) {
					write(batch, results, progress);
					batch.clear();
					names.clear();
					chars = 0;
				}
				batch.add(prepared);
				names.add(prepared.file());
				chars += prepared.chars();
			}
			write(batch, results, progress);
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
		// Once for the whole run (and whatever an interrupted earlier run left marked).
		this.ingest.completeFulfilment();
		return results;
	}

	private void write(List<GraphIngest.Prepared> batch, List<IngestResult> results,
			BiConsumer<Integer, IngestResult> progress) {
		if (batch.isEmpty()) {
			return;
		}
		for (IngestResult result : this.ingest.write(batch)) {
			results.add(result);
			progress.accept(results.size(), result);
		}
	}

	private GraphIngest.Prepared prepare(Path file) {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				return skipped(name, size + " bytes, over the limit of " + MAX_BYTES);
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return skipped(name, "cannot read: " + ex.getMessage());
		}
		return prepare(name, bytes);
	}

	private GraphIngest.Prepared prepare(String name, byte[] bytes) {
		try {
			return this.ingest.prepare(name, bytes);
		}
		catch (RuntimeException ex) {
			// One bad file must not stop the others.
			return skipped(name, "failed: " + ex.getMessage());
		}
	}

	private static GraphIngest.Prepared skipped(String name, String reason) {
		return new GraphIngest.Prepared(name, null, IngestResult.skipped(name, reason));
	}

}
