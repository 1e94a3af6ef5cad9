package dev.delist.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.delist.database.SchemaStamp;
import dev.delist.database.V1__SpringBatchJobRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL server for the whole test run (embedded, from Maven Central binaries) and a fresh
 * database per caller, so tests never see each other's runs.
 * <p>
 * Fresh databases are copies of a template migrated once per JVM with whatever {@code sql/} holds, stamped as
 * delist stamps a database it migrated, so delist's start finds the schema current and skips Flyway: a copy
 * takes milliseconds, a migration a second.
 */
public final class TestDatabase {

	private static final String TEMPLATE = "delist_template";

	/** The database's name in a URL of {@link EmbeddedPostgres#getJdbcUrl}, options after it or not. */
	private static final Pattern NAME = Pattern.compile("jdbc:postgresql://localhost:\\d+/(\\w+)([?&].*)?");

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static EmbeddedPostgres server;

	private static boolean templateMigrated;

	private TestDatabase() {
	}

	/** @return the JDBC URL of a new database holding delist's current schema and nothing else */
	public static synchronized String newDatabase() {
		migrateTemplate();
		return create("TEMPLATE " + TEMPLATE);
	}

	/** @return the JDBC URL of a new database without even Flyway's history table, for tests of a first start */
	public static synchronized String emptyDatabase() {
		return create("");
	}

	/**
	 * A template of the database as it is now (nobody may be connected to it: close what used it first), for
	 * {@link #copyOf} to give each test of a class the same starting point, e.g. a run done once per class.
	 *
	 * @return the template's name
	 */
	public static synchronized String snapshot(String url) {
		String name = "delist_snapshot_" + COUNTER.incrementAndGet();
		execute("CREATE DATABASE " + name + " TEMPLATE " + name(url));
		execute("ALTER DATABASE " + name + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
		return name;
	}

	/** @return the JDBC URL of a new database holding what the {@link #snapshot} held */
	public static synchronized String copyOf(String snapshot) {
		return create("TEMPLATE " + snapshot);
	}

	/** The migrations delist applies at start, with the same history, so its validation passes on a copy. */
	public static void migrate(String url) {
		Flyway flyway = Flyway.configure()
			.dataSource(url, "postgres", "")
			.locations("filesystem:sql")
			.javaMigrations(new V1__SpringBatchJobRepository())
			.load();
		flyway.migrate();
		// as delist's own start does: copies of the template then skip Flyway when they start
		SchemaStamp.recordMigrated(flyway);
	}

	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder()
					.setDataDirectory(Files.createTempDirectory("delist-test-pg"))
					.setCleanDataDirectory(true)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the temp directory goes with it
				}
			}));
		}
		return server;
	}

	private static void migrateTemplate() {
		if (templateMigrated) {
			return;
		}
		execute("CREATE DATABASE " + TEMPLATE);
		migrate(server().getJdbcUrl("postgres", TEMPLATE));
		// nobody may connect to it from now on: CREATE DATABASE ... TEMPLATE needs it to be idle
		execute("ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
		templateMigrated = true;
	}

	private static String name(String url) {
		Matcher matcher = NAME.matcher(url);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a database of the test server: " + url);
		}
		return matcher.group(1);
	}

	private static String create(String options) {
		String name = "delist_test_" + COUNTER.incrementAndGet();
		execute("CREATE DATABASE " + name + " " + options);
		return server().getJdbcUrl("postgres", name);
	}

	private static void execute(String sql) {
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot " + sql, ex);
		}
	}

}
