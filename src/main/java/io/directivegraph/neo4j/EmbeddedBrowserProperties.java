package io.directivegraph.neo4j;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the embedded Neo4j tells Neo4j Browser when it connects (Browser reads these from
 * the server's {@code browser.*} settings).
 *
 * @param remoteContentHosts host names Browser may fetch guides ({@code :play <url>}) and
 * styles ({@code :style <url>}) from, comma-separated: Browser compares the host name of
 * the URL only, not its port ({@code browser.remote_content_hostname_whitelist})
 * @param postConnectCmd Browser commands, without their colon and separated by {@code ;},
 * run every time Browser connects ({@code browser.post_connect_cmd}); empty: none
 */
@ConfigurationProperties("app.neo4j.embedded.browser")
public record EmbeddedBrowserProperties(@DefaultValue("guides.neo4j.com,localhost,127.0.0.1") String remoteContentHosts,
		@DefaultValue("") String postConnectCmd) {

	static final String PREFIX = "app.neo4j.embedded.browser";

	/** Neo4j's own defaults plus loopback by address: no command after connecting. */
	public static EmbeddedBrowserProperties defaults() {
		return new EmbeddedBrowserProperties("guides.neo4j.com,localhost,127.0.0.1", "");
	}

}
