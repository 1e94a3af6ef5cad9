package dev.delist.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.delist.config.DelistProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The zero-set-up database: with no {@code spring.datasource.url}, delist starts a real PostgreSQL from the
 * binaries on the classpath, with its data kept in {@code delist.embedded.dir} so history and diffs survive
 * between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedPostgres(DelistProperties properties, Environment environment) throws IOException {
		Path dataDir = properties.embedded().dir();
		// started while Spring started (EmbeddedStartAhead), or now
		EmbeddedPostgres postgres = EmbeddedStartAhead.take(dataDir);
		if (postgres == null) {
			Files.createDirectories(dataDir);
			StalePostmaster.stopIfOrphaned(dataDir);
			postgres = server(dataDir);
		}
		EmbeddedHolder.write(dataDir, environment.getProperty(EmbeddedDatabase.COMMAND_PROPERTY, "command"));
		return new EmbeddedServer(postgres, dataDir);
	}

	static EmbeddedPostgres server(Path dataDir) throws IOException {
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false) // closed with the context, after the job has stopped
				// a local, single-user server: no replicas to feed and no checkpoints in the middle of a large import
				.setServerConfig("wal_level", "minimal")
				.setServerConfig("max_wal_senders", "0")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("checkpoint_timeout", "30min")
				.start();
		}
		catch (IllegalStateException ex) {
			// zonky holds a file lock on the data directory while a server runs on it
			throw new DatabaseUnavailableException(EmbeddedHolder.describe(dataDir), ex);
		}
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedServer server) {
		return pool(server.postgres().getJdbcUrl("postgres", "postgres"));
	}

	/** Connections opened as they are asked for, as application.yaml has it for an operator's database. */
	static HikariDataSource pool(String jdbcUrl) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(jdbcUrl);
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(8);
		dataSource.setMinimumIdle(1);
		dataSource.setPoolName("delist-embedded");
		return dataSource;
	}

	/** The running server and its data directory; closing it stops the server and withdraws the holder note. */
	record EmbeddedServer(EmbeddedPostgres postgres, Path dataDir) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			try {
				this.postgres.close();
			}
			finally {
				EmbeddedHolder.clear(this.dataDir);
			}
		}

	}

}
