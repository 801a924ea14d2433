package io.directivegraph.neo4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The one test configuration of the API tests: the service on a random port against the
 * shared test database ({@link TestNeo4j}), fixed write credentials, uploads under
 * {@code target/uploads-it}. Every class carrying it shares one application context
 * (Spring's test context cache), so it starts once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.import.on-start=false", "app.api.password=test-password", "app.api.token=test-token",
				"app.upload.dir=target/uploads-it", "app.upload.max-size=64KB" })
@ContextConfiguration(initializers = ApiTest.SharedDatabase.class)
public @interface ApiTest {

	/** Points {@code spring.neo4j.uri} at the shared test database. */
	class SharedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
					"spring.neo4j.uri=" + TestNeo4j.boltUri());
		}

	}

}
