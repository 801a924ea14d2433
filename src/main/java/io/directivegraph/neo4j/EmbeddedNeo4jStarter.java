package io.directivegraph.neo4j;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded DBMS on a thread of its own as soon as the configuration is known,
 * before the context refreshes: the store opens while Spring builds the web server and
 * the beans, which takes seconds off every start on two cores.
 * {@link EmbeddedNeo4jConfiguration} then waits for it. If the start-up fails elsewhere
 * first, the DBMS is shut down cleanly.
 */
class EmbeddedNeo4jStarter implements SmartApplicationListener {

	static final String BEAN_NAME = "embeddedNeo4jStarter";

	private volatile CompletableFuture<EmbeddedNeo4j> starting;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
		return ApplicationPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			start(prepared.getApplicationContext());
		}
		else if (event instanceof ApplicationFailedEvent && this.starting != null) {
			this.starting.thenAccept(EmbeddedNeo4j::close);
		}
	}

	private void start(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		String uri = environment.getProperty("spring.neo4j.uri");
		if (uri != null && !uri.equals("embedded")) {
			return;
		}
		EmbeddedNeo4jProperties properties = Binder.get(environment)
			.bindOrCreate(EmbeddedNeo4jProperties.PREFIX, EmbeddedNeo4jProperties.class);
		EmbeddedBrowserProperties browser = Binder.get(environment)
			.bindOrCreate(EmbeddedBrowserProperties.PREFIX, EmbeddedBrowserProperties.class);
		this.starting = CompletableFuture.supplyAsync(() -> new EmbeddedNeo4j(properties, browser),
				(task) -> new Thread(task, "embedded-neo4j-start").start());
		context.getBeanFactory().registerSingleton(BEAN_NAME, this);
	}

	/**
	 * The running DBMS, waiting for it if it is still starting; the start-up's own
	 * exception if it failed.
	 */
	EmbeddedNeo4j await() {
		if (this.starting == null) {
			throw new IllegalStateException("The embedded Neo4j was not started");
		}
		try {
			return this.starting.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
