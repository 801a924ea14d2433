package io.directivegraph.neo4j;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.directivegraph.fault.FaultPoints;

/**
 * The Neo4j DBMS running inside this JVM: its store under the data folder, Bolt and HTTP
 * (Neo4j Browser) connectors on loopback, authentication on with a generated password.
 * Started when constructed, stopped by {@link #close()} (Spring calls it on context close
 * and SIGTERM), so the store is always shut down cleanly.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final Path dataDir;

	private final DatabaseManagementService dbms;

	private final EmbeddedCredentials credentials;

	private final URI boltUri;

	private final URI browserUri;

	public EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
		this(properties, EmbeddedBrowserProperties.defaults());
	}

	public EmbeddedNeo4j(EmbeddedNeo4jProperties properties, EmbeddedBrowserProperties browser) {
		this.dataDir = prepareDataDir(properties.dataDir());
		EmbeddedCredentials loaded = EmbeddedCredentials.loadOrCreate(this.dataDir);
		long started = System.nanoTime();
		this.dbms = start(properties, browser);
		try {
			if (!loaded.confirmed()) {
				FaultPoints.reach(FaultPoints.CREDENTIALS_WRITTEN);
				// First start, or one stopped before the database took the password: it
				// is told now (in-process, whatever it had), and only then recorded as
				// known.
				setPassword(loaded);
				loaded = loaded.confirm();
			}
			this.credentials = loaded;
			ConnectorPortRegister ports = ((GraphDatabaseAPI) this.dbms
				.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class);
			this.boltUri = URI.create("bolt://" + ports.getLocalAddress(ConnectorType.BOLT));
			this.browserUri = properties.httpEnabled()
					? URI.create("http://" + ports.getLocalAddress(ConnectorType.HTTP) + "/browser/") : null;
		}
		catch (RuntimeException ex) {
			this.dbms.shutdown();
			throw ex;
		}
		log.info("Embedded Neo4j started in {} ms, store in {}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), this.dataDir);
	}

	private static Path prepareDataDir(Path configured) {
		Path dir = configured.toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
			ownerOnly(dir);
			Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (AccessDeniedException ex) {
			throw new Neo4jStartupException("Data folder " + dir + " is not writable",
					EmbeddedNeo4jProperties.PREFIX + ".data-dir", ex);
		}
		catch (IOException ex) {
			throw new Neo4jStartupException("Data folder " + dir + " cannot be used: " + ex.getMessage(),
					EmbeddedNeo4jProperties.PREFIX + ".data-dir", ex);
		}
		return dir;
	}

	/**
	 * The data folder readable by its owner only: Neo4j writes its store files 0644, and
	 * the folder is what keeps other users of the machine out of them.
	 */
	private static void ownerOnly(Path dir) {
		try {
			Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.warn("Could not make {} owner-only ({}): other users of this machine may read the store", dir,
					ex.getMessage());
		}
	}

	private DatabaseManagementService start(EmbeddedNeo4jProperties properties, EmbeddedBrowserProperties browser) {
		String host = properties.listenAddress();
		// A port left to chance (0) is chosen here, so that Neo4j advertises the port it
		// listens on: Neo4j Browser pre-fills its connection form with the advertised
		// Bolt address, and would otherwise offer 7687 (where another Neo4j may listen).
		int boltPort = (properties.boltPort() != 0) ? properties.boltPort() : freePort(host);
		int httpPort = (properties.httpPort() != 0 || !properties.httpEnabled()) ? properties.httpPort()
				: freePort(host);
		try {
			return new DatabaseManagementServiceBuilder(this.dataDir)
				.setConfig(GraphDatabaseSettings.data_directory, this.dataDir)
				.setConfig(GraphDatabaseSettings.logs_directory, this.dataDir.resolve("logs"))
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// No network at run time: the usage-data reporter would phone Neo4j.
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				// ... nor Neo4j Browser's product-usage reporting.
				.setConfig(ServerSettings.allow_telemetry, false)
				// LOAD CSV reads file:/// URLs from the project's import folder (the
				// export verb writes there).
				.setConfig(GraphDatabaseSettings.load_csv_file_url_root, properties.importDir().toAbsolutePath())
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
				// What the server advertises (Neo4j Browser pre-fills its connection form
				// with it): the configured port, not Neo4j's default 7687, where another
				// server could be listening.
				.setConfig(BoltConnector.advertised_address,
						new SocketAddress(host, advertised(boltPort, BoltConnector.DEFAULT_PORT)))
				.setConfig(HttpConnector.advertised_address,
						new SocketAddress(host, advertised(httpPort, HttpConnector.DEFAULT_PORT)))
				.setConfig(HttpConnector.enabled, properties.httpEnabled())
				.setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
				// Neo4j Browser fetches the project's guide and style from the REST API's
				// host, and runs the commands that apply them once connected.
				.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, browser.remoteContentHosts())
				.setConfig(ServerSettings.browser_post_connect_cmd, browser.postConnectCmd())
				// Without this, every shutdown waits 10 s for Bolt connections that are
				// already gone.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
				// The size of a list parameter is part of a plan's cache key by default:
				// every new size class of an ingest batch would be planned again (up to a
				// second for the larger statements), for plans that are index seeks
				// whatever the size.
				.setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
				.build();
		}
		catch (RuntimeException ex) {
			throw explain(ex, properties);
		}
	}

	/** A port free on the host now (taken by Neo4j a moment later). */
	private static int freePort(String host) {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			return 0;
		}
	}

	/**
	 * The port to advertise: the configured one; a chosen one (0) cannot be known yet.
	 */
	private static int advertised(int port, int fallback) {
		return (port != 0) ? port : fallback;
	}

	private RuntimeException explain(RuntimeException ex, EmbeddedNeo4jProperties properties) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileLockException) {
				return new Neo4jStartupException(
						"The database in " + this.dataDir
								+ " is locked: another directive-graph or Neo4j process is using it",
						EmbeddedNeo4jProperties.PREFIX + ".data-dir (or stop the other process)", ex);
			}
			if (cause instanceof PortBindException) {
				boolean http = String.valueOf(cause.getMessage()).contains(":" + properties.httpPort() + " ");
				String port = http ? "http-port" : "bolt-port";
				int number = http ? properties.httpPort() : properties.boltPort();
				return new Neo4jStartupException(
						"Embedded Neo4j " + (http ? "HTTP" : "Bolt") + " port " + number + " on "
								+ properties.listenAddress() + " is already in use",
						EmbeddedNeo4jProperties.PREFIX + "." + port, ex);
			}
		}
		return new Neo4jStartupException("Embedded Neo4j failed to start: " + ex.getMessage() + " (see "
				+ this.dataDir.resolve("logs/debug.log") + ")", EmbeddedNeo4jProperties.PREFIX + ".data-dir", ex);
	}

	private void setPassword(EmbeddedCredentials credentials) {
		try {
			this.dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER $username SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("username", credentials.username(), "password", credentials.password()));
		}
		catch (QueryExecutionException ex) {
			// The file is the source of truth; on every start after the first the
			// password is already the same.
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				throw ex;
			}
		}
	}

	/** The default database, for in-process access ({@link EmbeddedTransactions}). */
	public GraphDatabaseService database() {
		return this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public URI browserUri() {
		return this.browserUri;
	}

	public String username() {
		return this.credentials.username();
	}

	String password() {
		return this.credentials.password();
	}

	public Path credentialsFile() {
		return this.credentials.file();
	}

	public Path dataDir() {
		return this.dataDir;
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.dbms.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

}
