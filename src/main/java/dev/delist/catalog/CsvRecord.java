package dev.delist.catalog;

import java.util.List;

/** Splits one CSV record (RFC 4180: comma-separated, fields optionally in double quotes, "" for a quote). */
final class CsvRecord {

	/** The record ends inside a quoted field: it goes on on the next line. */
	static final String UNTERMINATED = "a quoted field is not closed";

	private CsvRecord() {
	}

	/** @return null when the record is well-formed, else what is wrong with it */
	static String split(CharSequence text, List<String> fields) {
		StringBuilder field = new StringBuilder();
		int i = 0;
		int length = text.length();
		while (true) {
			field.setLength(0);
			if (i < length && text.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= length) {
						return UNTERMINATED;
					}
					char c = text.charAt(i++);
					if (c == '"') {
						if (i < length && text.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							break;
						}
					}
					else {
						field.append(c);
					}
				}
				if (i < length && text.charAt(i) != ',') {
					return "field " + (fields.size() + 1) + ": text after the closing quote";
				}
			}
			else {
				int start = i;
				while (i < length && text.charAt(i) != ',') {
					if (text.charAt(i) == '"') {
						return "field " + (fields.size() + 1) + ": a quote inside an unquoted field (quote the field and double the quote)";
					}
					i++;
				}
				field.append(text, start, i);
			}
			fields.add(field.toString());
			if (i >= length) {
				return null;
			}
			i++; // the comma
		}
	}

}
