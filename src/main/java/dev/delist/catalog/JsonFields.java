package dev.delist.catalog;

import java.nio.charset.StandardCharsets;

/**
 * Reads the common case of a JSON Lines record straight from its UTF-8 bytes: one flat object of string,
 * integer and null values, as catalogs are written. It is three to four times cheaper than a parser per line,
 * which at millions of lines is most of an import. Anything else (a nested value, a number that is not a plain
 * integer, a key with an escape, bytes that are not UTF-8, anything malformed) is left to {@link JsonLine}, so
 * Jackson alone decides what a line means when it is unusual and names what is wrong with it; for every line
 * this class accepts, it gives the values {@link JsonLine} would.
 */
final class JsonFields {

	private static final byte[][] NAMES = ListingValidator.FIELDS.stream()
		.map((name) -> name.getBytes(StandardCharsets.US_ASCII))
		.toArray(byte[][]::new);

	private JsonFields() {
	}

	/**
	 * @param values set from the line's fields in {@link ListingValidator#FIELDS} order (null where absent, ""
	 * for a JSON null)
	 * @return whether the line was read; false leaves it (and {@code values}, partly set) to Jackson
	 */
	static boolean read(byte[] bytes, int from, int to, String[] values) {
		return readFields(bytes, from, to, values) >= 0;
	}

	/**
	 * As {@link #read}, telling which values are plain: printable ASCII written without escapes, so that no
	 * character check can fail on them (the validator then only checks their length).
	 *
	 * @return -1 to leave the line to Jackson; else a bit per field ({@code 1 << index}) whose value is plain
	 */
	static int readFields(byte[] bytes, int from, int to, String[] values) {
		int plain = 0;
		int i = skipSpace(bytes, from, to);
		if (i >= to || bytes[i] != '{') {
			return -1;
		}
		i = skipSpace(bytes, i + 1, to);
		if (i < to && bytes[i] == '}') {
			return (skipSpace(bytes, i + 1, to) == to) ? plain : -1;
		}
		while (true) {
			if (i >= to || bytes[i] != '"') {
				return -1;
			}
			int keyStart = i + 1;
			int keyEnd = keyStart;
			while (keyEnd < to && bytes[keyEnd] != '"') {
				byte c = bytes[keyEnd];
				if (c == '\\' || c < 0x20) { // an escape, a control character or a byte of a non-ASCII character
					return -1;
				}
				keyEnd++;
			}
			if (keyEnd >= to) {
				return -1;
			}
			int field = field(bytes, keyStart, keyEnd);
			i = skipSpace(bytes, keyEnd + 1, to);
			if (i >= to || bytes[i] != ':') {
				return -1;
			}
			i = skipSpace(bytes, i + 1, to);
			if (i >= to) {
				return -1;
			}
			byte c = bytes[i];
			if (c == '"') {
				i = string(bytes, i + 1, to, values, field);
				// string() marks a plain value by leaving a negative index's complement: see there
				if (i < -1) {
					i = ~i;
					if (field >= 0) {
						plain |= 1 << field;
					}
				}
				else if (field >= 0) {
					plain &= ~(1 << field);
				}
			}
			else if (c >= '0' && c <= '9') {
				i = integer(bytes, i, to, values, field);
				if (field >= 0) {
					plain |= 1 << field;
				}
			}
			else if (literal(bytes, i, to, "null")) {
				if (field >= 0) {
					values[field] = "";
					plain |= 1 << field;
				}
				i += 4;
			}
			else if (field < 0 && (literal(bytes, i, to, "true") || literal(bytes, i, to, "false"))) {
				i += (bytes[i] == 't') ? 4 : 5; // an operator's own field; a boolean in a contract field is an error
			}
			else {
				return -1;
			}
			if (i < 0) {
				return -1;
			}
			i = skipSpace(bytes, i, to);
			if (i >= to) {
				return -1;
			}
			if (bytes[i] == '}') {
				return (skipSpace(bytes, i + 1, to) == to) ? plain : -1;
			}
			if (bytes[i] != ',') {
				return -1;
			}
			i = skipSpace(bytes, i + 1, to);
		}
	}

	/**
	 * @return the index after the closing quote, its complement ({@code ~index}, below -1) when the value is
	 * plain (printable ASCII, no escape), or -1 to leave the line to Jackson
	 */
	private static int string(byte[] bytes, int from, int to, String[] values, int field) {
		boolean ascii = true;
		boolean printable = true;
		int i = from;
		while (i < to) {
			byte c = bytes[i];
			if (c == '"') {
				if (field >= 0) {
					String value = ascii ? new String(bytes, from, i - from, StandardCharsets.ISO_8859_1)
							: new String(bytes, from, i - from, StandardCharsets.UTF_8);
					if (!ascii && value.indexOf('\uFFFD') >= 0) {
						return -1; // not UTF-8: the decoder of the whole line decides where the replacement goes
					}
					values[field] = value;
				}
				return (ascii && printable) ? ~(i + 1) : i + 1;
			}
			if (c == '\\') {
				return escaped(bytes, from, to, values, field);
			}
			if (c >= 0 && c < 0x20) {
				return -1; // JSON has no raw control characters in strings: Jackson names it
			}
			ascii &= c >= 0;
			printable &= c != 0x7F;
			i++;
		}
		return -1;
	}

	/** A string with escapes: decoded piece by piece, as Jackson does. */
	private static int escaped(byte[] bytes, int from, int to, String[] values, int field) {
		StringBuilder value = new StringBuilder(to - from);
		int run = from;
		int i = from;
		while (i < to) {
			byte c = bytes[i];
			if (c == '"' || c == '\\') {
				if (i > run) {
					String piece = new String(bytes, run, i - run, StandardCharsets.UTF_8);
					if (piece.indexOf('\uFFFD') >= 0) {
						return -1;
					}
					value.append(piece);
				}
				if (c == '"') {
					if (field >= 0) {
						values[field] = value.toString();
					}
					return i + 1;
				}
				if (i + 1 >= to) {
					return -1;
				}
				byte e = bytes[i + 1];
				switch (e) {
					case '"', '\\', '/' -> value.append((char) e);
					case 'b' -> value.append('\b');
					case 'f' -> value.append('\f');
					case 'n' -> value.append('\n');
					case 'r' -> value.append('\r');
					case 't' -> value.append('\t');
					case 'u' -> {
						if (i + 6 > to) {
							return -1;
						}
						int code = 0;
						for (int k = i + 2; k < i + 6; k++) {
							int digit = Character.digit(bytes[k], 16);
							if (digit < 0) {
								return -1;
							}
							code = code * 16 + digit;
						}
						value.append((char) code);
						i += 4;
					}
					default -> {
						return -1;
					}
				}
				i += 2;
				run = i;
			}
			else if (c >= 0 && c < 0x20) {
				return -1;
			}
			else {
				i++;
			}
		}
		return -1;
	}

	/** A plain integer, as Apple writes its trackIds; a sign, fraction, exponent or leading zero goes to Jackson. */
	private static int integer(byte[] bytes, int from, int to, String[] values, int field) {
		int i = from;
		while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
			i++;
		}
		if ((bytes[from] == '0' && i - from > 1) || (i < to && (bytes[i] == '.' || bytes[i] == 'e' || bytes[i] == 'E'))) {
			return -1;
		}
		if (field >= 0) {
			values[field] = new String(bytes, from, i - from, StandardCharsets.ISO_8859_1);
		}
		return i;
	}

	private static boolean literal(byte[] bytes, int from, int to, String word) {
		if (to - from < word.length()) {
			return false;
		}
		for (int k = 0; k < word.length(); k++) {
			if (bytes[from + k] != word.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	/** @return the index in {@link ListingValidator#FIELDS} of the key, or -1 for a field beyond the contract */
	private static int field(byte[] bytes, int from, int to) {
		int length = to - from;
		for (int f = 0; f < NAMES.length; f++) {
			byte[] name = NAMES[f];
			if (name.length == length && name[0] == bytes[from] && equal(name, bytes, from)) {
				return f;
			}
		}
		return -1;
	}

	private static boolean equal(byte[] name, byte[] bytes, int from) {
		for (int k = 1; k < name.length; k++) {
			if (name[k] != bytes[from + k]) {
				return false;
			}
		}
		return true;
	}

	/** JSON's white space: space, tab, line feed and carriage return. */
	private static int skipSpace(byte[] bytes, int from, int to) {
		int i = from;
		while (i < to) {
			byte c = bytes[i];
			if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
				break;
			}
			i++;
		}
		return i;
	}

}
