package io.directivegraph.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A controller test without a database ({@code @WebMvcTest}): the controllers named, with
 * everything every endpoint shares (errors as problem+json, write authentication and the
 * cross-site check, the Clock); the services they call are {@code @MockitoBean}s of the
 * test. Writes authenticate with the bearer token {@link #TOKEN}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@Import({ WriteConfiguration.class, PublicAddress.class, io.directivegraph.domain.TimeConfigurationAccess.class })
@EnableConfigurationProperties({ WriteProperties.class, io.directivegraph.ingest.UploadProperties.class })
@TestPropertySource(properties = { "app.api.password=slice-password", "app.api.token=" + ApiSlice.TOKEN })
public @interface ApiSlice {

	/** The bearer token writes use. */
	String TOKEN = "slice-token";

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
