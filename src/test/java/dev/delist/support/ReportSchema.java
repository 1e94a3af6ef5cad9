package dev.delist.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/** The shared {@code report.schema.json} contract, with formats (date, date-time) asserted too. */
public final class ReportSchema {

	private ReportSchema() {
	}

	public static Path location() {
		return Path.of(System.getProperty("delist.schema", "../shared/design/report.schema.json"));
	}

	/** @return the violations of {@code json}; empty when it conforms */
	public static List<String> violations(String json) throws IOException {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		if (!Files.isRegularFile(location())) {
			// the schema is a shared contract, not a fixture: without it the report tests would prove nothing
			throw new IllegalStateException("report.schema.json not found at " + location().toAbsolutePath()
					+ ": ../shared must sit beside the project (or set -Ddelist.schema=FILE)");
		}
		// the schema's $id is relative; an absolute base lets the validator resolve it
		Schema schema = registry.getSchema(SchemaLocation.of(location().toAbsolutePath().toUri().toString()),
				Files.readString(location()), InputFormat.JSON);
		return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
	}

}
