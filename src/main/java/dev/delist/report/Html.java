package dev.delist.report;

import java.util.Locale;

/** Escaping for text written by strangers (titles, developer names) into the HTML report. */
final class Html {

	private Html() {
	}

	/** Escapes for element content and quoted attributes; NUL and other C0 controls become U+FFFD. */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append((c < 0x20 && c != '\n' && c != '\t') ? '\uFFFD' : c);
			}
		}
		return out.toString();
	}

	/** Isolates the text's direction, so a right-to-left override in a title cannot reorder the page. */
	static String isolated(String value) {
		return "<bdi>" + text(value) + "</bdi>";
	}

	/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as text. */
	static String link(String url, String label) {
		String lower = (url != null) ? url.trim().toLowerCase(Locale.ROOT) : "";
		if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
			return isolated(label);
		}
		return "<a href=\"" + text(url.trim()) + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
				+ isolated(label) + "</a>";
	}

}
