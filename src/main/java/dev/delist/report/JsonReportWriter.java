package dev.delist.report;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.core.JsonGenerator;

/**
 * {@code report.json} written as a stream: the same fields in the same order as {@link StoreReport}, but the
 * candidates and resolved arrays are written row by row as the database hands them out.
 */
final class JsonReportWriter {

	private JsonReportWriter() {
	}

	static void write(ReportHead head, ReportRows rows, Writer out) throws IOException {
		// the mapper's generator keeps its indentation and serialises the nested records exactly as a whole
		// StoreReport would be
		try (JsonGenerator json = ReportFiles.JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("schemaVersion", StoreReport.SCHEMA_VERSION);
			json.writeStringProperty("store", head.store());
			json.writePOJOProperty("run", head.run());
			json.writePOJOProperty("lists", head.lists());
			json.writePOJOProperty("health", head.health());
			json.writeName("candidates");
			json.writeStartArray();
			rows.candidates(ReportRows.Scope.ALL, json::writePOJO);
			json.writeEndArray();
			json.writeName("resolved");
			json.writeStartArray();
			rows.resolved(json::writePOJO);
			json.writeEndArray();
			json.writeNumberProperty("suppressedCount", head.suppressedCount());
			json.writeEndObject();
		}
	}

}
