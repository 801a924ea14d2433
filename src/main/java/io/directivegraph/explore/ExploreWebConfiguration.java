package io.directivegraph.explore;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The guide and style may be read from any origin (Neo4j Browser runs on the Neo4j HTTP
 * port, not this one; they hold nothing private). The service's root opens the
 * accountability page.
 */
@Configuration(proxyBeanMethods = false)
class ExploreWebConfiguration implements WebMvcConfigurer {

	static final String PAGE = "/explore/accountability.html";

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/explore/browser/**").allowedOrigins("*").allowedMethods("GET", "HEAD");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/", PAGE);
		registry.addRedirectViewController("/explore", PAGE);
		registry.addRedirectViewController("/explore/", PAGE);
	}

}
