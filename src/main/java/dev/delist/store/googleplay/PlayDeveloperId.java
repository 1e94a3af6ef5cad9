package dev.delist.store.googleplay;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A Google Play developer id as the store links it: numeric ({@code /store/apps/dev?id=5700313618786177705}) or by
 * name ({@code /store/apps/developer?id=Adex77}). The two forms lead to different pages and payloads, so the form
 * is kept with the id.
 */
public record PlayDeveloperId(String id, Form form) {

	public enum Form {

		NUMERIC, NAME

	}

	/** Parses a developer link (relative or absolute); {@code null} when there is no usable {@code id=}. */
	public static PlayDeveloperId fromLink(String link) {
		if (link == null) {
			return null;
		}
		int query = link.indexOf('?');
		if (query < 0) {
			return null;
		}
		String id = queryValue(link.substring(query + 1), "id");
		if (id == null || id.isBlank()) {
			return null;
		}
		String path = link.substring(0, query);
		Form form;
		if (path.endsWith("/dev")) {
			form = Form.NUMERIC;
		}
		else if (path.endsWith("/developer")) {
			form = Form.NAME;
		}
		else {
			form = id.chars().allMatch(Character::isDigit) ? Form.NUMERIC : Form.NAME;
		}
		return new PlayDeveloperId(id, form);
	}

	/** The developer page for this id below {@code baseUrl} (e.g. {@code https://play.google.com}). */
	public String pageUrl(String baseUrl) {
		String path = (this.form == Form.NUMERIC) ? "/store/apps/dev?id=" : "/store/apps/developer?id=";
		return baseUrl + path + URLEncoder.encode(this.id, StandardCharsets.UTF_8);
	}

	private static String queryValue(String query, String name) {
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0 && pair.substring(0, eq).equals(name)) {
				try {
					return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return pair.substring(eq + 1); // a stray '%': keep the raw text rather than lose the id
				}
			}
		}
		return null;
	}

}
