package io.directivegraph.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.directivegraph.extract.Extractor;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.text.OcrRepairs;

/**
 * The extraction pipeline and the gazetteer as shared beans (the pipeline itself knows
 * nothing of Spring).
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	Gazetteer gazetteer() {
		return Gazetteer.defaults();
	}

	@Bean
	Extractor extractor(OcrProperties ocr) {
		return new Extractor(Gazetteer.defaults(), OcrRepairs.defaults(), ocr.ocr());
	}

}
