package io.directivegraph.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address this service is reached at, for links it writes into what it serves (the
 * Browser guide): {@code app.public-url} when set (behind a proxy), else
 * {@code http://<server.address>:<the port it listens on>}. Never the request's
 * {@code Host} header, which any client can set.
 */
@Component
public class PublicAddress {

	private final String configured;

	private final String host;

	private volatile int port;

	PublicAddress(@Value("${app.public-url:}") String configured, @Value("${server.address:127.0.0.1}") String host,
			@Value("${server.port:8080}") int port) {
		this.configured = configured.strip().replaceAll("/+$", "");
		this.host = host.contains(":") ? "[" + host + "]" : host;
		this.port = port;
	}

	@EventListener
	void onStarted(WebServerInitializedEvent event) {
		// server.port=0: the port chosen when it started.
		this.port = event.getWebServer().getPort();
	}

	/**
	 * Whether a browser's {@code Origin} is this service's own page: the public URL, or
	 * the listening port on a loopback name.
	 */
	public boolean isOwnOrigin(String origin) {
		String o = origin.strip().replaceAll("/+$", "").toLowerCase(java.util.Locale.ROOT);
		if (o.equals(base().toLowerCase(java.util.Locale.ROOT))) {
			return true;
		}
		for (String loopback : java.util.List.of("localhost", "127.0.0.1", "[::1]")) {
			if (o.equals("http://" + loopback + ":" + this.port)) {
				return true;
			}
		}
		return false;
	}

	/** The base URL, without a trailing slash. */
	public String base() {
		return this.configured.isEmpty() ? "http://" + this.host + ":" + this.port : this.configured;
	}

}
