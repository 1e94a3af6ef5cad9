package dev.delist.catalog;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** Reads one JSON Lines record with Jackson's streaming parser: no tree per line, unknown fields skipped. */
final class JsonLine {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLine() {
	}

	static CatalogRow parse(long line, String text) {
		String[] values = new String[ListingValidator.FIELDS.size()];
		try (JsonParser parser = JSON.createParser(text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return ListingValidator.bad(line, "line", "not a JSON object", null);
			}
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				int index = ListingValidator.FIELDS.indexOf(name);
				if (index < 0) {
					parser.skipChildren(); // fields beyond the contract are the operator's own
					continue;
				}
				switch (token) {
					case VALUE_STRING -> values[index] = parser.getString();
					// an Apple trackId is a number in Apple's own JSON
					case VALUE_NUMBER_INT -> values[index] = parser.getString();
					case VALUE_NULL -> values[index] = "";
					default -> {
						return ListingValidator.bad(line, name, "must be a string, not " + describe(token), values);
					}
				}
			}
			if (parser.nextToken() != null) {
				return ListingValidator.bad(line, "line", "more after the JSON object (one object per line)", values);
			}
		}
		catch (JacksonException ex) {
			return ListingValidator.bad(line, "line", "not valid JSON: " + ex.getOriginalMessage(), null);
		}
		return ListingValidator.validate(line, values);
	}

	private static String describe(JsonToken token) {
		return switch (token) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			default -> "a number";
		};
	}

}
