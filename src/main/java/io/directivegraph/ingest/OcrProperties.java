package io.directivegraph.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.directivegraph.extract.format.Ocr;

/**
 * How scanned PDFs are read ({@code app.ocr.*}): by the {@code tesseract} command and its
 * Vietnamese model (Debian packages {@code tesseract-ocr}, {@code tesseract-ocr-vie}).
 *
 * @param enabled false to refuse scans even where Tesseract is installed
 * @param command the command, a name on the PATH or a path
 * @param languages Tesseract's models, e.g. {@code vie} or {@code vie+eng}
 * @param dpi the resolution pages are rendered at for recognition
 * @param pageTimeout a page that takes longer is given up, and its file refused
 * @param threads pages recognised at once (0: one per core, at most 4)
 * @param cacheDir where each recognised page's text is kept, so that a scan is not
 * recognised again when extracted again or shown (empty: no cache)
 */
@ConfigurationProperties("app.ocr")
public record OcrProperties(@DefaultValue("true") boolean enabled, @DefaultValue("tesseract") String command,
		@DefaultValue("vie") String languages, @DefaultValue("300") int dpi, @DefaultValue("2m") Duration pageTimeout,
		@DefaultValue("0") int threads, java.nio.file.Path cacheDir) {

	/** The OCR these settings describe, or null when disabled. */
	Ocr ocr() {
		if (!this.enabled) {
			return null;
		}
		int pool = (this.threads > 0) ? this.threads : Ocr.Settings.defaults().threads();
		return new Ocr(new Ocr.Settings(this.command, this.languages, this.dpi, this.pageTimeout, pool, this.cacheDir));
	}

}
