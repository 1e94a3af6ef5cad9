package dev.delist.database;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the Java migration that creates Spring Batch's tables before the SQL migrations in {@code sql/}. */
@Configuration(proxyBeanMethods = false)
class FlywayConfiguration {

	@Bean
	FlywayConfigurationCustomizer batchRepositoryMigration() {
		return (configuration) -> configuration.javaMigrations(new V1__SpringBatchJobRepository());
	}

}
