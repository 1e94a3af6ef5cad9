package dev.delist.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A fingerprint of the migrations this build ships (every SQL file's name and bytes, every Java migration's
 * class), kept as the comment of Flyway's history table once Flyway has migrated to them. A start that finds its
 * own fingerprint there skips Flyway altogether: the schema is exactly what these migrations made it, and
 * Flyway's scan, validation and lock cost about a second of every command. Any other state (a new migration, an
 * edited one, a database another build migrated) has another fingerprint, and Flyway checks and migrates as
 * before.
 */
public final class SchemaStamp {

	private static final String PREFIX = "delist migrations sha256:";

	private final String value;

	private final String table;

	private SchemaStamp(String value, String table) {
		this.value = value;
		this.table = table;
	}

	/**
	 * Records the fingerprint of the migrations Flyway just applied, for whoever migrates a database without
	 * delist's start (the tests' template database).
	 */
	public static void recordMigrated(org.flywaydb.core.Flyway flyway) {
		of(flyway.getConfiguration()).recordIn(flyway.getConfiguration().getDataSource());
	}

	static SchemaStamp of(Configuration flyway) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
					flyway.getClassLoader());
			for (Location location : flyway.getLocations()) {
				Resource[] files = resolver.getResources(pattern(location));
				Arrays.sort(files, Comparator.comparing(Resource::getFilename));
				for (Resource file : files) {
					digest.update((file.getFilename() + "\n").getBytes(StandardCharsets.UTF_8));
					try (InputStream in = file.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			for (JavaMigration migration : flyway.getJavaMigrations()) {
				digest.update((migration.getClass().getName() + "\n").getBytes(StandardCharsets.UTF_8));
			}
			String schema = (flyway.getSchemas().length > 0) ? quote(flyway.getSchemas()[0]) + "." : "";
			return new SchemaStamp(PREFIX + HexFormat.of().formatHex(digest.digest()),
					schema + quote(flyway.getTable()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the migrations: " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static String pattern(Location location) {
		String path = location.getRootPath();
		return (location.isClassPath() ? "classpath*:" : "file:") + (path.isEmpty() ? "" : path + "/") + "**/*.sql";
	}

	/**
	 * Whether the database holds this fingerprint; a database that cannot be reached fails here as it would in
	 * Flyway, with the driver's error.
	 */
	boolean isRecordedIn(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT obj_description(to_regclass(?), 'pg_class')")) {
			statement.setString(1, this.table);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && this.value.equals(result.getString(1));
			}
		}
		catch (SQLException ex) {
			return false; // not PostgreSQL as we know it: Flyway decides
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Records the fingerprint after a migration; a database user that may not comment just checks every time. */
	void recordIn(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.execute("COMMENT ON TABLE " + this.table + " IS '" + this.value + "'");
		}
		catch (SQLException ex) {
			// the next start runs Flyway's checks again, as every start did before
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	@Override
	public String toString() {
		return this.value;
	}

}
