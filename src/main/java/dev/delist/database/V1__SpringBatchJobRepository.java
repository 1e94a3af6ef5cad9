package dev.delist.database;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job repository tables from the DDL that ships inside spring-batch-core, so the
 * repository's schema always matches the Batch version on the classpath and lives under Flyway's history
 * with our own tables.
 */
public class V1__SpringBatchJobRepository extends BaseJavaMigration {

	static final String BATCH_SCHEMA = "org/springframework/batch/core/schema-postgresql.sql";

	@Override
	public void migrate(Context context) {
		ScriptUtils.executeSqlScript(context.getConnection(), new ClassPathResource(BATCH_SCHEMA));
	}

}
