package io.directivegraph.domain;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service: "today" is the date in Việt Nam ({@code app.time-zone},
 * default {@code Asia/Ho_Chi_Minh}) whatever zone the server runs in, and tests can fix
 * it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${app.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
		return Clock.system(zone);
	}

}
