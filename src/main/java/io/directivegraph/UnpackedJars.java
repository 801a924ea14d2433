package io.directivegraph;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder Spring Boot's launcher unpacks a nested jar into
 * ({@code <jar>-spring-boot-libs-<uuid>} in the temporary directory: Neo4j Browser's jar
 * must be a real file). The launcher deletes the jar at exit but leaves the folder: this
 * deletes this process's own folder at exit, and empty ones that earlier runs left.
 */
final class UnpackedJars {

	private static final String MARK = "-spring-boot-libs-";

	private UnpackedJars() {
	}

	static void cleanUp() {
		Path own = ownFolder();
		removeEmptyLeftovers(own);
		if (own != null) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try (DirectoryStream<Path> files = Files.newDirectoryStream(own)) {
					for (Path file : files) {
						Files.deleteIfExists(file);
					}
					Files.deleteIfExists(own);
				}
				catch (IOException ex) {
					// Left for the next start to remove once empty.
				}
			}, "unpacked-jars-cleanup"));
		}
	}

	/**
	 * This process's unpack folder, from the class path of the launcher's class loader.
	 */
	private static Path ownFolder() {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		if (!(loader instanceof URLClassLoader urls)) {
			return null;
		}
		for (URL url : urls.getURLs()) {
			String path = url.getPath();
			if ("file".equals(url.getProtocol()) && path.contains(MARK)) {
				try {
					return Path.of(url.toURI()).getParent();
				}
				catch (Exception ex) {
					return null;
				}
			}
		}
		return null;
	}

	/** Empty unpack folders of earlier runs (a running one's folder holds its jar). */
	private static void removeEmptyLeftovers(Path own) {
		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, "*" + MARK + "*")) {
			for (Path folder : folders) {
				if (!folder.equals(own) && Files.isDirectory(folder)) {
					try (DirectoryStream<Path> inside = Files.newDirectoryStream(folder)) {
						if (!inside.iterator().hasNext()) {
							Files.deleteIfExists(folder);
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not ours to worry about: a temporary directory we cannot list.
		}
	}

}
