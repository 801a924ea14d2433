package io.directivegraph.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import io.directivegraph.extract.format.Ocr;

/**
 * Says once, at start, whether scanned PDFs can be read here, and what to install when
 * not: a user learns it before the first scan is refused.
 */
@Component
class OcrReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(OcrReport.class);

	private final OcrProperties properties;

	OcrReport(OcrProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Ocr ocr = this.properties.ocr();
		if (ocr == null) {
			log.info("OCR:           off (app.ocr.enabled=false): scanned PDFs are refused");
			return;
		}
		switch (ocr.status()) {
			case READY -> log.info("OCR:           {} ({}), {} dpi, {} pages at once: scanned PDFs are read",
					ocr.settings().command(), ocr.settings().languages(), ocr.settings().dpi(),
					ocr.settings().threads());
			case NO_LANGUAGE -> log.warn("OCR:           {} lacks the model {}: scanned PDFs are refused until "
					+ "tesseract-ocr-vie is installed", ocr.settings().command(), ocr.settings().languages());
			case NO_COMMAND -> log.info("OCR:           no {} command: scanned PDFs are refused (apt-get install "
					+ "tesseract-ocr tesseract-ocr-vie to read them)", ocr.settings().command());
		}
	}

}
