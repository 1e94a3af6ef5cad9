package dev.delist.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

import dev.delist.store.Store;

/**
 * Reads reviewers' decisions: a CSV with a header row naming the columns {@value #COLUMNS_TEXT} ({@code country}
 * optional), in any order. Every row is validated and every problem reported as {@code FILE:LINE: field:
 * problem}; a file with any problem yields no rows, so a half-read file can never be imported.
 */
final class ReviewCsv {

	static final String COLUMNS_TEXT = "store, country, appId, listId, entryId, decision, reason, reviewer";

	private static final List<String> REQUIRED = List.of("store", "appId", "listId", "entryId", "decision", "reason",
			"reviewer");

	private static final List<String> KNOWN = List.of("store", "country", "appId", "listId", "entryId", "decision",
			"reason", "reviewer");

	private static final Pattern COUNTRY = Pattern.compile("^[a-z]{2}$");

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();

	private ReviewCsv() {
	}

	/** @throws ReviewImportException naming every problem of the file */
	static List<ReviewRow> read(String file, String text) {
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<ReviewRow> rows = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Map<String, Integer> header = null;
		try (JsonParser parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(text)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token != JsonToken.START_ARRAY) {
					continue;
				}
				// the row's first value knows its line; the START_ARRAY token sits before the line break
				int line = -1;
				List<String> values = new ArrayList<>();
				for (JsonToken value = parser.nextToken(); value != JsonToken.END_ARRAY; value = parser.nextToken()) {
					if (line < 0) {
						line = parser.currentTokenLocation().getLineNr();
					}
					values.add(parser.getString().strip());
				}
				String at = file + ":" + line + ": ";
				if (header == null) {
					header = header(values, at, problems);
					if (!problems.isEmpty()) {
						throw new ReviewImportException(file, problems);
					}
				}
				else if (values.size() != header.size()) {
					problems.add(at + "row: " + values.size() + " columns, the header has " + header.size());
				}
				else {
					row(file + ":" + line, header, values, problems, rows);
				}
			}
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) ? ex.getLocation().getLineNr() : 1;
			problems.add(file + ":" + line + ": malformed CSV: " + firstLine(ex.getOriginalMessage()));
		}
		if (header == null && problems.isEmpty()) {
			problems.add(file + ":1: header: the file is empty (expected a header: " + COLUMNS_TEXT + ")");
		}
		else if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(file + ":2: no decisions after the header");
		}
		if (!problems.isEmpty()) {
			throw new ReviewImportException(file, problems);
		}
		return rows;
	}

	private static Map<String, Integer> header(List<String> values, String at, List<String> problems) {
		Map<String, Integer> header = new LinkedHashMap<>();
		for (int i = 0; i < values.size(); i++) {
			String name = values.get(i);
			String problem = controlProblem(name, false);
			if (problem != null) {
				problems.add(at + "header: column " + (i + 1) + ": " + problem);
			}
			else if (!KNOWN.contains(name)) {
				problems.add(at + "header: unknown column '" + name + "' (columns: " + COLUMNS_TEXT + ")");
			}
			else if (header.putIfAbsent(name, i) != null) {
				problems.add(at + "header: column '" + name + "' appears twice");
			}
		}
		for (String name : REQUIRED) {
			if (!header.containsKey(name)) {
				problems.add(at + "header: no '" + name + "' column");
			}
		}
		return header;
	}

	private static void row(String source, Map<String, Integer> header, List<String> values, List<String> problems,
			List<ReviewRow> rows) {
		int before = problems.size();
		String at = source + ": ";
		for (Map.Entry<String, Integer> column : header.entrySet()) {
			// only a reason is free text; a NUL would fail the database insert, whatever column it is in
			String problem = controlProblem(values.get(column.getValue()), column.getKey().equals("reason"));
			if (problem != null) {
				problems.add(at + column.getKey() + ": " + problem);
			}
		}
		if (problems.size() != before) {
			return; // a value with a control character is not worth checking further
		}
		String store = value(header, values, "store");
		if (store.isEmpty()) {
			problems.add(at + "store: missing");
		}
		else if (Arrays.stream(Store.values()).noneMatch((known) -> known.id().equals(store))) {
			problems.add(at + "store: '" + store + "' is not a store (" + Store.knownIds() + ")");
		}
		String country = value(header, values, "country").toLowerCase(Locale.ROOT);
		if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
			problems.add(at + "country: '" + country + "' is not a two-letter country code (leave it empty for every country)");
		}
		for (String field : List.of("appId", "listId", "entryId")) {
			if (value(header, values, field).isEmpty()) {
				problems.add(at + field + ": missing");
			}
		}
		String decision = value(header, values, "decision");
		Decision parsed = null;
		if (decision.isEmpty()) {
			problems.add(at + "decision: missing (CONFIRMED or DISMISSED)");
		}
		else {
			try {
				parsed = Decision.valueOf(decision.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(at + "decision: '" + decision + "' is not CONFIRMED or DISMISSED");
			}
		}
		String reviewer = value(header, values, "reviewer");
		if (reviewer.isEmpty()) {
			problems.add(at + "reviewer: missing");
		}
		if (problems.size() == before) {
			String reason = value(header, values, "reason");
			rows.add(new ReviewRow(source, store, country.isEmpty() ? null : country, value(header, values, "appId"),
					value(header, values, "listId"), value(header, values, "entryId"), parsed,
					reason.isEmpty() ? null : reason, reviewer));
		}
	}

	/**
	 * A NUL or another control character, which no id, name or decision has; free text may keep tab and line
	 * breaks. Named with its position, so the file can be fixed: the character itself does not show.
	 */
	private static String controlProblem(String value, boolean freeText) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean allowed = freeText && (c == '\t' || c == '\n' || c == '\r');
			if (c == 0) {
				return "contains a NUL character at position " + (i + 1);
			}
			if (!allowed && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
				return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + (i + 1);
			}
		}
		return null;
	}

	private static String value(Map<String, Integer> header, List<String> values, String column) {
		Integer index = header.get(column);
		return (index != null) ? values.get(index) : "";
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
