package io.directivegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

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

	public FolderIngest(GraphIngest ingest) {
		this.ingest = ingest;
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

	/** Ingests each file, telling {@code progress} after each one. */
	public List<IngestResult> ingest(List<Path> files, BiConsumer<Integer, IngestResult> progress) {
		List<IngestResult> results = new ArrayList<>();
		for (Path file : files) {
			IngestResult result = ingestOne(file);
			results.add(result);
			progress.accept(results.size(), result);
		}
		return results;
	}

	private IngestResult ingestOne(Path file) {
		String name = file.getFileName().toString();
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				return IngestResult.skipped(name, size + " bytes, over the limit of " + MAX_BYTES);
			}
			return this.ingest.ingest(name, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			return IngestResult.skipped(name, "cannot read: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			// One bad file must not stop the others; its previous state is untouched (the
			// transaction rolled back).
			return IngestResult.skipped(name, "failed: " + ex.getMessage());
		}
	}

}
