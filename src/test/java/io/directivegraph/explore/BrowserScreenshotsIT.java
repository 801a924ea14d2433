package io.directivegraph.explore;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.directivegraph.neo4j.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The service as a user sees it, in a real (headless) Chromium: the accountability page,
 * and Neo4j Browser logging in, applying the project's style, opening the guide and
 * running its first query. Saves screenshots in {@code target/screenshots}
 * ({@code -Dscreenshots.dir=docs} refreshes those of the documentation). Skipped when no
 * Chromium is installed ({@code apt-get install chromium}, or {@code CHROMIUM_BIN}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class BrowserScreenshotsIT {

	private static final Path CHROMIUM = Chromium.find().orElse(null);

	private static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

	private static final Duration WAIT = Duration.ofSeconds(60);

	/**
	 * Browser is told at connect time to fetch the guide from this port: it must be known
	 * before the service starts.
	 */
	private static final int PORT = freePort();

	@TempDir
	static Path dataDir;

	private static Chromium chromium;

	@DynamicPropertySource
	static void embedded(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("app.neo4j.embedded.data-dir", () -> dataDir.toString());
		registry.add("app.neo4j.embedded.bolt-port", () -> 0);
		registry.add("app.neo4j.embedded.http-port", () -> 0);
		// Files stored from the page go to the test's folder, not the project's import
		// folder.
		registry.add("app.upload.dir", () -> dataDir.resolve("uploads").toString());
	}

	@BeforeAll
	static void chromium() throws Exception {
		if (CHROMIUM == null) {
			System.err
				.println("BrowserScreenshotsIT skipped: no Chromium (chromium, chromium-browser, google-chrome) on "
						+ "the PATH and no CHROMIUM_BIN; install it with 'apt-get install chromium' to check the pages in a "
						+ "real browser");
		}
		assumeTrue(CHROMIUM != null, "no Chromium binary on the PATH (nor CHROMIUM_BIN): browser check skipped");
		chromium = Chromium.launch(CHROMIUM, 1400, 900);
	}

	@AfterAll
	static void close() throws IOException {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	@Autowired
	EmbeddedNeo4j neo4j;

	private static String page(String query) {
		return "http://127.0.0.1:" + PORT + ExploreWebConfiguration.PAGE + query;
	}

	@Test
	void theAccountabilityPageShowsCountsTasksEvidenceAndLineage() throws IOException {
		chromium
			.open(page("?jurisdiction=" + URLEncoder.encode("Hậu Giang", StandardCharsets.UTF_8) + "&asOf=2022-01-01"));
		chromium.waitFor("document.querySelectorAll('#report tbody tr[data-agency]').length > 3 && "
				+ "document.querySelectorAll('#chart svg g.bar').length > 3", WAIT);
		String row = "#report tbody tr[data-agency='hau-giang.ban-to-chuc-tinh-uy']";
		assertThat(chromium.eval("document.querySelector(\"" + row + "\").cells[1].textContent").asString())
			.isNotEqualTo("0");
		assertThat(chromium.eval("document.documentElement.lang").asString()).isEqualTo("vi");
		// A header per column (every status, then the total), a totals row, columns
		// sorted by a click.
		assertThat(chromium.eval("document.querySelectorAll('#report thead th').length").asInt())
			.isEqualTo(chromium.eval("document.querySelector('#report tbody tr').cells.length").asInt());
		assertThat(chromium.eval("document.querySelector('#report tfoot').textContent").asString())
			.startsWith("Tổng cộng");
		chromium.eval("document.querySelector('#report th[data-sort=doneLate]').click()");
		assertThat(chromium
			.eval("[...document.querySelectorAll('#report tbody tr')].map(r => Number(r.cells[2]"
					+ ".textContent)).every((v, i, a) => i === 0 || a[i - 1] >= v)")
			.asBoolean()).isTrue();
		chromium.eval("document.querySelector('#report th[data-sort=overdue]').click()");
		chromium.screenshotFullPage(SHOTS.resolve("accountability.png"));

		// An agency's tasks, then the source lines of one of them.
		chromium.eval("document.querySelector(\"" + row + "\").click()");
		chromium.waitFor("document.querySelectorAll('#tasks tbody tr[data-task]').length > 0 && "
				+ "document.querySelectorAll('#tasks a.evidence').length > 0", WAIT);
		assertThat(chromium.eval("document.querySelector('#tasks tbody').textContent").asString()).contains("Quá hạn",
				"50-CTr/TU");
		chromium.eval("document.querySelector('#tasks a.evidence').click()");
		chromium.waitFor("document.querySelector('#tasks .excerpt .hit')", WAIT);
		// The task's lines by number ("dòng 57–60"), all of them marked; documents by
		// number or title, never by an internal id or a hashed file name.
		assertThat(chromium.eval("document.querySelector('#tasks a.evidence').textContent").asString())
			.matches("(trang \\d+, )?dòng \\d+(–\\d+)?");
		assertThat(chromium.eval("document.querySelector('#tasks tbody').textContent").asString())
			.doesNotContainPattern("\\d{3}_[0-9a-f]{16}")
			.doesNotContain("hau-giang.");
		String whole = chromium.eval("document.querySelector('#tasks a.whole-text').href").asString();
		assertThat(whole).contains("source.html?file=");
		chromium.screenshotElement("#tasks-section", SHOTS.resolve("accountability-tasks.png"));

		// A document found by its number, and its lineage as a graph.
		chromium.eval("document.getElementById('q').value = '50-CTr/TU'; "
				+ "document.getElementById('search').requestSubmit()");
		chromium.waitFor("document.querySelector('#results li button')", WAIT);
		chromium.eval("document.querySelector('#results li button').click()");
		// Cytoscape.js with a dagre layout: the documents, the tasks, full names in the
		// side list, Vietnamese
		// relation names on the edges, no two labels of documents on top of each other.
		chromium.waitFor("window.lineageGraph && lineageGraph.nodes('[type = \"Document\"]').length > 1 && "
				+ "lineageGraph.nodes('[type = \"Task\"]').length > 10", WAIT);
		assertThat(chromium.eval("lineageGraph.nodes('[?root]').id()").asString())
			.isEqualTo("hau-giang.program.50-ctr-tu.2021");
		assertThat(chromium.eval("document.querySelectorAll('#lineage-list li').length").asInt())
			.isEqualTo(chromium.eval("lineageGraph.nodes().length").asInt());
		assertThat(chromium.eval("document.getElementById('lineage-list').textContent").asString())
			.contains("Nghị quyết Đại hội đại biểu");
		assertThat(chromium.eval("lineageGraph.edges().map(e => e.data('label')).join(' ')").asString())
			.contains("thực hiện")
			.doesNotContain("IMPLEMENTS");
		assertThat(chromium.eval("""
				(() => { const boxes = lineageGraph.nodes('[type = "Document"]').map(n => n.boundingBox());
				  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
				    const a = boxes[i], b = boxes[j];
				    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) return false; }
				  return true; })()""").asBoolean()).isTrue();
		// A task is clickable: it is shown in the list.
		chromium.eval("lineageGraph.nodes('[type = \"Task\"]')[0].emit('tap') && true");
		chromium.waitFor("document.querySelector('#lineage-list li.current')", WAIT);
		chromium.screenshotElement("#lineage-section", SHOTS.resolve("accountability-lineage.png"));

		// The whole source text, the task's lines marked and scrolled to, named by its
		// document.
		chromium.open(whole);
		chromium.waitFor("document.querySelectorAll('#source-text .line').length > 20", WAIT);
		java.util.regex.Matcher range = java.util.regex.Pattern.compile("from=(\\d+)&to=(\\d+)").matcher(whole);
		assertThat(range.find()).isTrue();
		int from = Integer.parseInt(range.group(1));
		int to = Integer.parseInt(range.group(2));
		assertThat(chromium.eval("[...document.querySelectorAll('#source-text .hit')].map(l => l.id).join(',')")
			.asString())
			.isEqualTo(java.util.stream.IntStream.rangeClosed(from, to)
				.mapToObj((n) -> "L" + n)
				.collect(java.util.stream.Collectors.joining(",")));
		assertThat(chromium.eval("document.getElementById('source-title').textContent").asString()).contains("/");
		assertThat(chromium
			.eval("(() => { const r = document.querySelector('#source-text .hit')"
					+ ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()")
			.asBoolean()).as("the marked lines are in view").isTrue();
		chromium.screenshot(SHOTS.resolve("source.png"));
		// What cannot be shown is said in Vietnamese: an unknown file, a day that is not
		// one.
		chromium.open("http://127.0.0.1:" + PORT + "/explore/source.html?file=nothing.txt&from=3");
		chromium.waitFor("document.getElementById('source-status').textContent.includes('Không có tệp nguồn')", WAIT);
		chromium.open(page("?asOf=2022-13-01"));
		chromium.waitFor("document.getElementById('status').textContent.includes('không phải là một ngày')", WAIT);
		assertThat(chromium.console()).noneMatch((line) -> line.startsWith("exception"));
	}

	/**
	 * What an editor does on the page, by clicks and typing: signs in, drops a file, sees
	 * what it gives before storing it, stores it, records a task as done and sees its
	 * history; and the page fits a 400 px phone.
	 */
	@Test
	void anEditorSignsInAddsAFileRecordsACompletionAndThePageFitsAPhone() throws IOException {
		chromium.open(page("?asOf=2026-12-01&jurisdiction=" + URLEncoder.encode("Hậu Giang", StandardCharsets.UTF_8)));
		chromium.waitFor("document.querySelectorAll('#report tbody tr[data-agency]').length > 3", WAIT);
		chromium.eval("document.getElementById('signin-user').value = 'editor';"
				+ "document.getElementById('signin-password').value = 'wrong';"
				+ "document.querySelector('#signin button[type=submit]').click()");
		chromium.waitFor("document.getElementById('signin-status').textContent.includes('Sai tên đăng nhập')", WAIT);
		chromium.eval("document.getElementById('signin-password').value = " + js(apiPassword()) + ";"
				+ "document.querySelector('#signin button[type=submit]').click()");
		chromium.waitFor("!document.getElementById('signed-in').hidden", WAIT);
		assertThat(chromium.eval("getComputedStyle(document.getElementById('signin')).display").asString())
			.isEqualTo("none");

		String plan = Files.readString(
				Path.of("src/test/resources/fixtures/documents/prov-10-can-tho-kh-ubnd-trat-tu-via-he-2026.txt"));
		chromium.eval("(() => { const dt = new DataTransfer();" + "dt.items.add(new File([" + js(plan)
				+ "], 'ke-hoach-38.txt', {type: 'text/plain'}));"
				+ "document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, "
				+ "bubbles: true, cancelable: true})); })()");
		chromium.waitFor("document.querySelectorAll('.upload table tbody tr').length > 0", WAIT);
		assertThat(chromium.eval("document.querySelector('.upload h4').textContent").asString()).contains("38/KH-UBND");
		assertThat(chromium.eval("document.querySelectorAll('.upload table tbody tr').length").asInt()).isEqualTo(19);
		chromium.screenshotElement("#upload-section", SHOTS.resolve("accountability-upload.png"));
		chromium
			.eval("[...document.querySelectorAll('.upload button')].find(b => b.textContent.includes('Lưu')).click()");
		chromium.waitFor("document.querySelector('.upload .ok') && "
				+ "document.querySelector('.upload .ok').textContent.includes('Đã lưu')", WAIT);
		// The page reads the report again after the upload: a click meanwhile is drawn
		// by itself, and nothing is drawn over the form opened next.
		chromium.waitFor("!document.body.hasAttribute('aria-busy')", WAIT);

		String row = "#report tbody tr[data-agency='hau-giang.ban-to-chuc-tinh-uy']";
		chromium.eval("document.querySelector(\"" + row + "\").click()");
		chromium.waitFor("[...document.querySelectorAll('#tasks button')].some(b => b.textContent === 'Ghi nhận…')",
				WAIT);
		String recorded = chromium
			.eval("[...document.querySelectorAll('#tasks button')].find(b => b.textContent === 'Ghi nhận…')"
					+ ".closest('tr').dataset.task")
			.asString();
		chromium
			.eval("[...document.querySelectorAll('#tasks button')].find(b => b.textContent === 'Ghi nhận…').click()");
		chromium.waitFor("document.querySelector('.record-form')", WAIT);
		chromium.eval("(() => { const f = document.querySelector('.record-form');"
				+ "f.status.value = 'DONE'; f.completedOn.value = '2026-11-20';"
				+ "f.evidence.value = 'Báo cáo số 12-BC/BTCTU'; f.note.value = 'xác nhận qua điện thoại';"
				+ "f.querySelector('button[type=submit]').click(); })()");
		chromium.waitFor("document.querySelector('.record-form .status').textContent.startsWith('Đã lưu')", WAIT);
		chromium.waitFor("document.querySelector('.history').textContent.includes('đã hoàn thành')", WAIT);
		// The task's row says it is done, in place; the form and its history stay open.
		chromium.waitFor("[...document.querySelectorAll('#tasks tr[data-task]')].find(r => r.dataset.task === "
				+ js(recorded) + ").cells[0].textContent.startsWith('Hoàn thành')", WAIT);
		assertThat(chromium.eval("document.querySelector('.record-form').isConnected").asBoolean()).isTrue();
		assertThat(chromium.eval("document.querySelector('.history').textContent").asString()).contains("editor",
				"20/11/2026", "Báo cáo số 12-BC/BTCTU");
		chromium.screenshotElement("#tasks-section", SHOTS.resolve("accountability-record.png"));
		// The agency's trend: per quarter, the share done on time.
		chromium.waitFor("document.querySelector('#trend table') && document.querySelector('#trend svg')", WAIT);
		assertThat(chromium.eval("document.querySelector('#trend thead').textContent").asString())
			.contains("Tỷ lệ đúng hạn");

		// Back and Forward move through what was looked at.
		String before = chromium.eval("location.search").asString();
		chromium.eval("document.querySelector(\"#report tbody tr[data-agency='-']\").click()");
		chromium.waitFor("location.search.includes('agency=-')", WAIT);
		chromium.eval("history.back()");
		chromium.waitFor("location.search === " + js(before) + " && document.getElementById('tasks-agency')"
				+ ".textContent === 'Ban Tổ chức Tỉnh ủy'", WAIT);
		chromium.eval("history.forward()");
		chromium.waitFor("document.getElementById('tasks-agency').textContent.includes('không ghi')", WAIT);

		chromium.send("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 400, "height", 800, "deviceScaleFactor", 1, "mobile", true));
		try {
			chromium.open(page("?asOf=2026-12-01"));
			chromium.waitFor("document.querySelectorAll('#report tbody tr[data-agency]').length > 3", WAIT);
			assertThat(chromium.eval("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(400);
			chromium.screenshot(SHOTS.resolve("accountability-phone.png"));
		}
		finally {
			chromium.send("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
		assertThat(chromium.console()).noneMatch((line) -> line.startsWith("exception"));
	}

	private String apiPassword() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(this.neo4j.dataDir().resolve("api-credentials.properties"))) {
			properties.load(reader);
		}
		return properties.getProperty("password");
	}

	@Test
	void neo4jBrowserLogsInAppliesTheStyleOpensTheGuideAndRunsItsFirstQuery() throws IOException {
		chromium.open(this.neo4j.browserUri() + "?dbms="
				+ URLEncoder.encode(this.neo4j.boltUri().toString(), StandardCharsets.UTF_8)
				+ "&preselectAuthMethod=NATIVE");
		chromium.waitFor("document.querySelector('[data-testid=password]')", WAIT);
		chromium.eval("""
				(() => {
				  const set = (selector, value) => {
				    const input = document.querySelector(selector);
				    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
				    input.dispatchEvent(new Event('input', {bubbles: true}));
				  };
				  set('[data-testid=username]', %s);
				  set('[data-testid=password]', %s);
				  document.querySelector('[data-testid=connect]').click();
				})()""".formatted(js(this.neo4j.username()), js(password())));
		// On connect Browser runs the server's post-connect commands: the project's
		// style,
		// then its guide, which opens as a frame of slides.
		String guide = "[...document.querySelectorAll('[data-testid=frame]')].find(f => "
				+ "f.querySelector('[data-testid=carousel]') && "
				+ "f.querySelector('[data-testid=frameCommand]').textContent.startsWith(':play'))";
		chromium.waitFor(guide + " && " + guide + ".textContent.includes('ai phải làm gì')", WAIT);
		assertThat(chromium.eval("[...document.querySelectorAll('[data-testid=frameCommand]')].map(c => c.textContent)")
			.toString()).contains(":style http://127.0.0.1:" + PORT + BrowserGuideController.STYLE_PATH,
					":play http://127.0.0.1:" + PORT + BrowserGuideController.GUIDE_PATH);
		chromium.screenshot(SHOTS.resolve("browser-guide.png"));

		chromium.eval(guide + ".querySelector('[data-testid=nextSlide]').click()");
		chromium.waitFor(guide + ".querySelector('pre.runnable')", WAIT);
		assertThat(chromium.eval(guide + ".querySelector('pre.runnable').textContent").asString())
			.contains("document_search");
		run(guide + ".querySelector('pre.runnable')", 1);
		// Resolutions in the style's colour, with the province each belongs to.
		assertThat(chromium
			.eval("[...document.querySelectorAll('svg.neod3viz g.node circle')]"
					+ ".map(c => (c.getAttribute('fill') || '').toUpperCase()).join(' ')")
			.asString()).contains("#7B2D8E");
		assertThat(chromium.eval("document.querySelector('svg.neod3viz').textContent").asString()).contains("Hậu Giang",
				"Sóc Trăng");
		chromium.screenshot(SHOTS.resolve("browser-first-query.png"));

		// Step 4: tasks coloured by status with their lead agencies and quarters.
		for (int i = 0; i < 3; i++) {
			chromium.eval(guide + ".querySelector('[data-testid=nextSlide]').click()");
		}
		chromium.waitFor(guide + ".textContent.includes('LEAD_UNIT')", WAIT);
		run(guide + ".querySelector('pre.runnable')", 2);
		assertThat(
				chromium.eval("document.querySelectorAll('svg.neod3viz')[0].querySelectorAll('g.node').length").asInt())
			.isGreaterThan(20);
		assertThat(chromium
			.eval("[...document.querySelectorAll('svg.neod3viz')[0].querySelectorAll('g.node circle')]"
					+ ".map(c => (c.getAttribute('fill') || '').toUpperCase()).join(' ')")
			.asString()).contains("#E5484D");
		// Full screen, the graph is large enough to read.
		chromium.eval("document.querySelector('[data-testid=frame] button[title=Fullscreen]').click()");
		sleep(3000);
		chromium.screenshot(SHOTS.resolve("browser-tasks.png"));
		chromium.eval("document.querySelector('[data-testid=frame] button[title=\"Close fullscreen\"]').click()");
		assertThat(chromium.console()).noneMatch((line) -> line.startsWith("exception"));
	}

	/**
	 * Runs a guide block with its play icon (or puts it in the editor and runs it), and
	 * waits for the {@code n}th graph result.
	 */
	private static void run(String block, int n) {
		chromium.eval("""
				(() => {
				  const block = %s;
				  const icon = block.querySelector('i');
				  if (icon) { icon.click(); return; }
				  block.click();
				  setTimeout(() => document.querySelector('[data-testid=editor-Run]').click(), 300);
				})()""".formatted(block));
		chromium.waitFor(
				"document.querySelectorAll('svg.neod3viz').length >= " + n
						+ " && document.querySelectorAll('svg.neod3viz')[0].querySelectorAll('g.node').length > 0",
				WAIT);
		// The force layout settles.
		sleep(3000);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String password() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(this.neo4j.credentialsFile())) {
			properties.load(reader);
		}
		return properties.getProperty("password");
	}

	private static String js(String value) {
		return "'" + value.replace("\\", "\\\\")
			.replace("'", "\\'")
			.replace("\n", "\\n")
			.replace("\r", "\\r")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029") + "'";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
