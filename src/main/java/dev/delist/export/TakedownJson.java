package dev.delist.export;

import java.io.Writer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON hand-off, {@code {"store":..,"country":..,"from":..,"to":..,"takedowns":[...],"count":N}}, written as the rows
 * arrive: the head first, each takedown as it is read, the count last. Jackson escapes what store text holds.
 */
final class TakedownJson {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JsonGenerator generator;

	private long count;

	TakedownJson(ExportQuery query, Writer out) {
		this.generator = JSON.createGenerator(out);
		this.generator.writeStartObject();
		this.generator.writeStringProperty("store", (query.store() != null) ? query.store().id() : null);
		this.generator.writeStringProperty("country", query.country());
		this.generator.writeStringProperty("from", (query.from() != null) ? query.from().toString() : null);
		this.generator.writeStringProperty("to", (query.to() != null) ? query.to().toString() : null);
		this.generator.writeArrayPropertyStart("takedowns");
	}

	void row(Takedown takedown) {
		this.generator.writePOJO(takedown);
		this.count++;
	}

	/**
	 * Ends the document; the writer underneath stays open. Called only once every row is written: an export
	 * cut short by an error stays invalid JSON, never a complete-looking one with rows missing.
	 */
	void finish() {
		this.generator.writeEndArray();
		this.generator.writeNumberProperty("count", this.count);
		this.generator.writeEndObject();
		this.generator.flush();
	}

}
