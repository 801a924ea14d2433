package io.directivegraph.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Authentication of writes: credentials loaded or generated, the filter on /api/*. */
@Configuration(proxyBeanMethods = false)
class WriteConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WriteConfiguration.class);

	@Bean
	WriteCredentials writeCredentials(WriteProperties properties) {
		WriteCredentials credentials = WriteCredentials.of(properties);
		if (credentials.file() != null) {
			log.info("Writes through the API (PATCH /api/tasks, POST /api/documents) need user '{}' or a bearer "
					+ "token; both are in {}", credentials.user(), credentials.file());
		}
		return credentials;
	}

	@Bean
	FilterRegistrationBean<WriteAuthentication> writeAuthentication(WriteCredentials credentials,
			PublicAddress address) {
		FilterRegistrationBean<WriteAuthentication> registration = new FilterRegistrationBean<>(
				new WriteAuthentication(credentials, address));
		registration.addUrlPatterns("/api/*");
		return registration;
	}

}
