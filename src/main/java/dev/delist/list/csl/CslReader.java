package dev.delist.list.csl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the CSL's CSV form (a header row, {@code ;}-separated multi-values) or its JSON form
 * ({@code {"results": [...]}}). A bad row is reported with its line and skipped; a file that cannot be parsed
 * past some point is reported at that point and read no further.
 */
final class CslReader {

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CslReader() {
	}

	static CslRows read(Path file, byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
				|| text.stripLeading().startsWith("{");
		return json ? readJson(file, text) : readCsv(file, text);
	}

	static CslRows readCsv(Path file, String text) {
		List<CslRecord> records = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Map<String, Integer> header = null;
		int columns = 0;
		try (JsonParser parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(text)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token != JsonToken.START_ARRAY) {
					continue;
				}
				// the row's first value knows its line; the START_ARRAY token is placed before the line break
				int line = -1;
				List<String> row = new ArrayList<>();
				for (JsonToken value = parser.nextToken(); value != JsonToken.END_ARRAY; value = parser.nextToken()) {
					if (line < 0) {
						line = parser.currentTokenLocation().getLineNr();
					}
					row.add(parser.getString());
				}
				if (header == null) {
					header = headerIndex(row);
					columns = row.size();
					if (!header.containsKey("name") || !header.containsKey("source")) {
						problems.add(file + ":" + line + ": the header has no 'name' or no 'source' column"
								+ " (is this the consolidated.csv of the CSL?)");
						break;
					}
					continue;
				}
				if (row.size() != columns) {
					problems.add(file + ":" + line + ": the row has " + row.size() + " columns, the header has "
							+ columns);
					continue;
				}
				Map<String, Integer> columnsByName = header;
				CsvRow fields = (name) -> {
					Integer index = columnsByName.get(name);
					return (index != null) ? blankToNull(row.get(index)) : null;
				};
				List<String> addresses = split(fields.get("addresses")).stream().map(CslReader::tidyAddress).toList();
				addRecord(file, line, fields.get("_id"), fields, split(fields.get("alt_names")),
						split(fields.get("programs")), addresses, records, problems);
			}
		}
		catch (JacksonException ex) {
			problems.add(file + ":" + lineOf(ex) + ": malformed CSV, the rest of the file is not read: "
					+ firstLine(ex.getOriginalMessage()));
		}
		if (header == null && problems.isEmpty()) {
			problems.add(file + ":1: the file is empty");
		}
		return new CslRows(records, problems);
	}

	static CslRows readJson(Path file, String text) {
		List<CslRecord> records = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		boolean sawResults = false;
		try (JsonParser parser = JSON.createParser(text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				problems.add(file + ":" + parser.currentTokenLocation().getLineNr()
						+ ": expected an object with a 'results' array");
				return new CslRows(records, problems);
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String property = parser.currentName();
				JsonToken value = parser.nextToken();
				if (!"results".equals(property)) {
					parser.skipChildren();
					continue;
				}
				if (value != JsonToken.START_ARRAY) {
					problems.add(file + ":" + parser.currentTokenLocation().getLineNr()
							+ ": results: expected an array of entries");
					parser.skipChildren();
					continue;
				}
				sawResults = true;
				for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser
					.nextToken()) {
					int line = parser.currentTokenLocation().getLineNr();
					JsonNode node = parser.readValueAsTree();
					if (!node.isObject()) {
						problems.add(file + ":" + line + ": expected an entry object, found " + node.getNodeType()
							.toString()
							.toLowerCase(Locale.ROOT));
						continue;
					}
					readJsonRecord(file, line, node, records, problems);
				}
			}
		}
		catch (JacksonException ex) {
			problems.add(file + ":" + lineOf(ex) + ": malformed JSON, the rest of the file is not read: "
					+ firstLine(ex.getOriginalMessage()));
			return new CslRows(records, problems);
		}
		if (!sawResults) {
			problems.add(file + ":1: no 'results' array (expected the CSL JSON form {\"results\": [...]})");
		}
		return new CslRows(records, problems);
	}

	private static void readJsonRecord(Path file, int line, JsonNode node, List<CslRecord> records,
			List<String> problems) {
		List<String> altNames;
		List<String> programs;
		List<String> addresses = new ArrayList<>();
		try {
			altNames = strings(node, "alt_names");
			programs = strings(node, "programs");
			JsonNode addressNode = node.get("addresses");
			if (addressNode != null && !addressNode.isNull()) {
				if (!addressNode.isArray()) {
					throw new BadField("addresses: expected a list of addresses");
				}
				for (JsonNode address : addressNode) {
					addresses.add(address.isObject() ? joinAddress(address) : address.asString());
				}
			}
		}
		catch (BadField ex) {
			problems.add(file + ":" + line + ": " + ex.getMessage());
			return;
		}
		CsvRow fields = (name) -> {
			JsonNode value = node.get(name);
			return (value == null || value.isNull() || value.isContainer()) ? null : blankToNull(value.asString());
		};
		addRecord(file, line, fields.get("id"), fields, altNames, programs, addresses, records, problems);
	}

	private static void addRecord(Path file, int line, String id, CsvRow fields, List<String> altNames,
			List<String> programs, List<String> addresses, List<CslRecord> records, List<String> problems) {
		String name = fields.get("name");
		String source = fields.get("source");
		if (name == null) {
			problems.add(file + ":" + line + ": name: missing" + ((id != null) ? " (CSL id " + id + ")" : ""));
			return;
		}
		if (source == null) {
			problems.add(file + ":" + line + ": source: missing for '" + name + "'");
			return;
		}
		records.add(new CslRecord(line, id, source, fields.get("type"), name, altNames, programs, addresses,
				fields.get("federal_register_notice"), fields.get("start_date"), fields.get("source_list_url"),
				fields.get("source_information_url")));
	}

	private static Map<String, Integer> headerIndex(List<String> row) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < row.size(); i++) {
			index.putIfAbsent(row.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		return index;
	}

	private static List<String> strings(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (value.isString()) {
			return split(value.asString());
		}
		if (!value.isArray()) {
			throw new BadField(field + ": expected a list of strings");
		}
		List<String> values = new ArrayList<>();
		for (JsonNode element : value) {
			if (!element.isString()) {
				throw new BadField(field + ": expected a list of strings");
			}
			if (!element.asString().isBlank()) {
				values.add(element.asString().strip());
			}
		}
		return values;
	}

	private static String joinAddress(JsonNode address) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { "address", "city", "state", "postal_code", "country" }) {
			JsonNode value = address.get(part);
			if (value != null && !value.isNull() && !value.asString().isBlank()) {
				parts.add(value.asString().strip());
			}
		}
		return String.join(", ", parts);
	}

	/** CSV addresses keep empty parts ("9 Sample Avenue, Sample Town, , , CN"); drop them as the JSON form does. */
	private static String tidyAddress(String address) {
		return Arrays.stream(address.split(","))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining(", "));
	}

	/** CSV multi-values are {@code ;}-separated. */
	private static List<String> split(String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(";")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static int lineOf(JacksonException ex) {
		return (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) ? ex.getLocation().getLineNr() : 1;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	/** A row's fields by CSL field name, whichever form the row came in. */
	@FunctionalInterface
	private interface CsvRow {

		String get(String name);

	}

	private static final class BadField extends RuntimeException {

		BadField(String message) {
			super(message, null, false, false);
		}

	}

}
