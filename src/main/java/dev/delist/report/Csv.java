package dev.delist.report;

/**
 * RFC 4180 cells that spreadsheets will not evaluate: a cell starting with {@code = + - @}, tab or carriage
 * return gets a leading apostrophe (OWASP's advice for CSV injection), and every cell is quoted. Shared with
 * the hand-off export (dev.delist.export), so every CSV delist writes is safe the same way.
 */
public final class Csv {

	private Csv() {
	}

	public static String cell(String value) {
		if (value == null) {
			return "\"\"";
		}
		String text = value.replace('\0', '\uFFFD');
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	public static String row(String... values) {
		StringBuilder row = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			row.append((i > 0) ? "," : "").append(cell(values[i]));
		}
		return row.append("\r\n").toString();
	}

}
