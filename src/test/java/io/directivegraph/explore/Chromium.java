package io.directivegraph.explore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven through the Chrome DevTools Protocol over
 * {@link java.net.http.WebSocket}: no driver binary, no library, no download. Enough to
 * open a page, run JavaScript in it, wait for a condition and take screenshots.
 */
final class Chromium implements AutoCloseable {

	private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
			"google-chrome-stable", "chrome", "headless_shell");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Process process;

	private final Path profile;

	private final WebSocket socket;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

	private final List<JsonNode> events = new CopyOnWriteArrayList<>();

	private final List<String> console = new CopyOnWriteArrayList<>();

	private Chromium(Process process, Path profile, URI page) {
		this.process = process;
		this.profile = profile;
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.connectTimeout(TIMEOUT)
			.buildAsync(page, new Listener())
			.join();
	}

	/**
	 * The Chromium binary: {@code $CHROMIUM_BIN}, else the first of the usual names on
	 * the {@code PATH}.
	 */
	static Optional<Path> find() {
		String configured = System.getenv("CHROMIUM_BIN");
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		String pathVariable = System.getenv().getOrDefault("PATH", "");
		return NAMES.stream()
			.flatMap((name) -> Stream.of(pathVariable.split(java.io.File.pathSeparator))
				.filter((dir) -> !dir.isBlank())
				.map((dir) -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

	/** Starts a headless Chromium with a fresh profile and connects to its first tab. */
	static Chromium launch(Path binary, int width, int height) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("chromium-profile");
		Process process = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
				"--disable-background-networking", "--disable-sync", "--disable-component-update", "--hide-scrollbars",
				"--force-device-scale-factor=1", "--lang=vi-VN", "--remote-debugging-port=0",
				"--remote-allow-origins=*", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
				"about:blank")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			URI browser = devToolsUri(process);
			HttpClient http = HttpClient.newHttpClient();
			URI list = URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list");
			JsonMapper json = JsonMapper.builder().build();
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (true) {
				JsonNode targets = json.readTree(
						http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body());
				for (JsonNode target : targets) {
					if ("page".equals(target.path("type").asString(""))) {
						return new Chromium(process, profile,
								URI.create(target.get("webSocketDebuggerUrl").asString()));
					}
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Chromium opened no page");
				}
				Thread.sleep(200);
			}
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			process.destroyForcibly();
			throw ex;
		}
	}

	/**
	 * Chromium prints {@code DevTools listening on ws://...} on stderr once it is ready.
	 */
	private static URI devToolsUri(Process process) throws IOException {
		CompletableFuture<URI> found = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader err = new BufferedReader(
					new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = err.readLine()) != null) {
					int at = line.indexOf("ws://");
					if (line.contains("DevTools listening on") && at >= 0) {
						found.complete(URI.create(line.substring(at).strip()));
					}
				}
				found.completeExceptionally(new IllegalStateException("Chromium exited: " + process.exitValue()));
			}
			catch (IOException | IllegalThreadStateException ex) {
				found.completeExceptionally(ex);
			}
		}, "chromium-stderr");
		reader.setDaemon(true);
		reader.start();
		try {
			return found.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IOException("Chromium did not start: " + ex.getMessage(), ex);
		}
	}

	/** Sends a command and waits for its result. */
	JsonNode send(String method, Map<String, Object> params) {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.pending.put(id, answer);
		ObjectNode message = this.json.createObjectNode();
		message.put("id", id);
		message.put("method", method);
		message.set("params", this.json.valueToTree(params));
		this.socket.sendText(this.json.writeValueAsString(message), true).join();
		try {
			JsonNode response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			if (response.has("error")) {
				throw new IllegalStateException(method + ": " + response.get("error"));
			}
			return response.path("result");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException(method + " got no answer", ex);
		}
		finally {
			this.pending.remove(id);
		}
	}

	/** Opens a URL and waits until its load event. */
	void open(String url) {
		send("Page.enable", Map.of());
		send("Runtime.enable", Map.of());
		this.events.clear();
		send("Page.navigate", Map.of("url", url));
		waitUntil("the load of " + url,
				() -> this.events.stream().anyMatch((e) -> "Page.loadEventFired".equals(e.path("method").asString(""))),
				TIMEOUT);
	}

	/** The value of a JavaScript expression (promises awaited). */
	JsonNode eval(String expression) {
		JsonNode result = send("Runtime.evaluate",
				Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
		if (result.has("exceptionDetails")) {
			throw new IllegalStateException("JavaScript failed: " + result.get("exceptionDetails"));
		}
		return result.path("result").path("value");
	}

	/** Waits until a JavaScript expression is true. */
	void waitFor(String expression, Duration timeout) {
		// Not there yet is false, not an error.
		waitUntil(expression,
				() -> eval("(() => { try { return Boolean(" + expression + "); } catch (e) { return false; } })()")
					.asBoolean(false),
				timeout);
	}

	/** What the page shows in its status and error lines, to say why a wait failed. */
	private String said() {
		try {
			return eval("[...document.querySelectorAll('.status, .error')].map(e => e.textContent.trim())"
					+ ".filter(Boolean).join(' | ')")
				.asString("");
		}
		catch (RuntimeException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	private void waitUntil(String what, Supplier<Boolean> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s waiting for " + what
						+ "; browser console: " + this.console + "; the page says: " + said());
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** A PNG of the viewport. */
	void screenshot(Path file) throws IOException {
		write(file, send("Page.captureScreenshot", Map.of("format", "png")));
	}

	/** A PNG of the whole page, however long. */
	void screenshotFullPage(Path file) throws IOException {
		JsonNode size = send("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
		write(file,
				send("Page.captureScreenshot",
						Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width",
								size.path("width").asDouble(), "height", size.path("height").asDouble(), "scale", 1))));
	}

	/** A PNG of the element a CSS selector finds, with a margin. */
	void screenshotElement(String selector, Path file) throws IOException {
		JsonNode box = eval("(() => { const r = document.querySelector(" + this.json.writeValueAsString(selector)
				+ ").getBoundingClientRect(); return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height}; })()");
		double margin = 8;
		write(file, send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip",
				Map.of("x", Math.max(0, box.get("x").asDouble() - margin), "y",
						Math.max(0, box.get("y").asDouble() - margin), "width", box.get("w").asDouble() + 2 * margin,
						"height", box.get("h").asDouble() + 2 * margin, "scale", 1))));
	}

	private static void write(Path file, JsonNode screenshot) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, Base64.getDecoder().decode(screenshot.get("data").asString()));
	}

	/** Messages the page logged and exceptions it threw. */
	List<String> console() {
		return List.copyOf(this.console);
	}

	@Override
	public void close() throws IOException {
		try {
			this.socket.abort();
		}
		finally {
			this.process.descendants().forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly();
			try {
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			try (Stream<Path> files = Files.walk(this.profile)) {
				List<Path> all = new ArrayList<>(files.toList());
				java.util.Collections.reverse(all);
				for (Path p : all) {
					Files.deleteIfExists(p);
				}
			}
			catch (IOException ex) {
				// a leftover temporary profile is harmless
			}
		}
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder buffer = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.buffer.append(data);
			if (last) {
				JsonNode message = Chromium.this.json.readTree(this.buffer.toString());
				this.buffer.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonNode> answer = Chromium.this.pending.get(message.get("id").asInt());
					if (answer != null) {
						answer.complete(message);
					}
				}
				else {
					Chromium.this.events.add(message);
					String method = message.path("method").asString("");
					if ("Runtime.consoleAPICalled".equals(method)) {
						Chromium.this.console.add(message.path("params").path("type").asString("") + ": "
								+ message.path("params").path("args").toString());
					}
					else if ("Runtime.exceptionThrown".equals(method)) {
						Chromium.this.console.add("exception: " + message.path("params")
							.path("exceptionDetails")
							.path("exception")
							.path("description")
							.asString(""));
					}
				}
			}
			webSocket.request(1);
			return null;
		}

	}

}
