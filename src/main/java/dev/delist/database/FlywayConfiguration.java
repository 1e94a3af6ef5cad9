package dev.delist.database;

import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Adds the Java migration that creates Spring Batch's tables before the SQL migrations in {@code sql/}, and
 * skips Flyway when the database was migrated by exactly these migrations ({@link SchemaStamp}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class FlywayConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FlywayConfiguration.class);

	@Bean
	FlywayConfigurationCustomizer batchRepositoryMigration() {
		return (configuration) -> configuration.javaMigrations(new V1__SpringBatchJobRepository());
	}

	@Bean
	FlywayMigrationStrategy migrateUnlessCurrent() {
		return (flyway) -> {
			Configuration configuration = flyway.getConfiguration();
			SchemaStamp stamp = SchemaStamp.of(configuration);
			if (stamp.isRecordedIn(configuration.getDataSource())) {
				log.debug("schema current ({}): Flyway skipped", stamp);
				return;
			}
			flyway.migrate();
			stamp.recordIn(configuration.getDataSource());
		};
	}

}
