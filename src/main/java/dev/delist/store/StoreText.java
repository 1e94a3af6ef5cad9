package dev.delist.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Text a store sent, made fit to store. PostgreSQL refuses NUL in text and {@code \u0000} in jsonb, so one NUL
 * in a stranger's listing would fail the whole fetch step on every restart; the other control characters are
 * invisible in a report yet change what a reviewer compares. Removed: C0 controls, DEL and C1 controls. Tab, CR
 * and LF become a space in one-line fields (names, titles, ids, URLs) and are kept in free text (a failure's
 * detail). An unpaired surrogate, which no encoding can write, becomes U+FFFD.
 */
final class StoreText {

	private StoreText() {
	}

	/** Whether {@code value} would change as a one-line field; the common case scans once and allocates nothing. */
	static boolean isClean(String value) {
		return value == null || firstUnsafe(value, false) < 0;
	}

	/** Whether {@link #isClean} holds for every value: one loop for a whole record. */
	static boolean areClean(String... values) {
		for (String value : values) {
			if (!isClean(value)) {
				return false;
			}
		}
		return true;
	}

	static boolean areClean(List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (!isClean(values.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** A name, title, id or URL: no control character at all. */
	static String line(String value) {
		return clean(value, false);
	}

	/** Free text: keeps tab and line breaks. */
	static String text(String value) {
		return clean(value, true);
	}

	private static String clean(String value, boolean multiline) {
		if (value == null) {
			return null;
		}
		int first = firstUnsafe(value, multiline);
		if (first < 0) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length()).append(value, 0, first);
		for (int i = first; i < value.length(); i++) {
			char c = value.charAt(i);
			if (isPairAt(value, i)) {
				out.append(c).append(value.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				out.append('\uFFFD');
			}
			else if (c == '\t' || c == '\n' || c == '\r') {
				if (multiline) {
					out.append(c);
				}
				else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
					out.append(' '); // "Tik\nTok" reads as two words, not one, and never as "Tik  Tok"
				}
			}
			else if (!isControl(c)) {
				out.append(c);
			}
		}
		return multiline ? out.toString() : out.toString().strip();
	}

	/** The index of the first character {@link #clean} changes, or -1. */
	private static int firstUnsafe(String value, boolean multiline) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x7F) {
				continue; // printable ASCII, nearly every character of a listing: one test, not three
			}
			if (isControl(c)) {
				if (!multiline || (c != '\t' && c != '\n' && c != '\r')) {
					return i;
				}
			}
			else if (Character.isSurrogate(c)) {
				if (!isPairAt(value, i)) {
					return i;
				}
				i++;
			}
		}
		return -1;
	}

	private static boolean isPairAt(String value, int i) {
		return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
				&& Character.isLowSurrogate(value.charAt(i + 1));
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F);
	}

	/**
	 * Cleans the fields of one record and remembers which it changed, for the record's evidence. Allocates its
	 * list only when a field needed cleaning.
	 */
	static final class Fields {

		private List<String> sanitized;

		Fields(List<String> already) {
			if (already != null && !already.isEmpty()) {
				this.sanitized = new ArrayList<>(already);
			}
		}

		String line(String field, String value) {
			if (isClean(value)) {
				return value;
			}
			note(field);
			return StoreText.line(value);
		}

		String text(String field, String value) {
			String cleaned = StoreText.text(value);
			if (cleaned != value) {
				note(field);
			}
			return cleaned;
		}

		List<String> lines(String field, List<String> values) {
			if (areClean(values)) {
				return values;
			}
			note(field);
			return values.stream().map(StoreText::line).toList();
		}

		private void note(String field) {
			if (this.sanitized == null) {
				this.sanitized = new ArrayList<>(2);
			}
			if (!this.sanitized.contains(field)) {
				this.sanitized.add(field);
			}
		}

		List<String> sanitized() {
			return (this.sanitized != null) ? List.copyOf(this.sanitized) : List.of();
		}

	}

}
