package dev.delist.catalog;

import java.util.List;

import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * Checks one catalog record's fields (DESIGN.md: the catalog file contract) and makes it a listing, or names
 * the first field at fault. Values arrive in {@link #FIELDS} order; null means the line does not have the
 * field, "" that it is empty.
 */
final class ListingValidator {

	static final List<String> FIELDS = List.of("store", "country", "appId", "bundleId", "title", "developerName",
			"developerId", "legalName", "url");

	static final int STORE = 0;

	static final int COUNTRY = 1;

	static final int APP_ID = 2;

	static final int BUNDLE_ID = 3;

	static final int TITLE = 4;

	static final int DEVELOPER_NAME = 5;

	static final int DEVELOPER_ID = 6;

	static final int LEGAL_NAME = 7;

	static final int URL = 8;

	/** Longer values are not store data; they would also bloat every report row that shows them. */
	static final int MAX_FIELD_CHARS = 4096;

	private ListingValidator() {
	}

	/** Checks the fields in order, the key fields first, so the message names the most telling problem. */
	static CatalogRow validate(long line, String[] values) {
		return validate(line, values, 0);
	}

	/**
	 * @param plain a bit per field ({@code 1 << index}) whose value is known to be printable ASCII
	 * ({@link JsonFields#readFields}): only its length is checked
	 */
	static CatalogRow validate(long line, String[] values, int plain) {
		String problem = presence(values, STORE, plain);
		if (problem != null) {
			return bad(line, STORE, problem, values);
		}
		Store store = store(values[STORE]);
		if (store == null) {
			return bad(line, STORE, quote(values[STORE]) + " is not a store (" + Store.knownIds() + ")", values);
		}
		problem = presence(values, COUNTRY, plain);
		if (problem != null) {
			return bad(line, COUNTRY, problem, values);
		}
		if (!isCountryCode(values[COUNTRY])) {
			return bad(line, COUNTRY, quote(values[COUNTRY]) + " is not a two-letter lower-case country code", values);
		}
		problem = presence(values, APP_ID, plain);
		if (problem != null) {
			return bad(line, APP_ID, problem, values);
		}
		String appId = values[APP_ID];
		if (appId.isEmpty()) {
			return bad(line, APP_ID, "empty", values);
		}
		if (store == Store.APPLE && !isTrackId(appId)) {
			return bad(line, APP_ID, quote(appId) + " is not an App Store id (the numeric trackId)", values);
		}
		if (store.androidPackages() && !isPackage(appId)) {
			return bad(line, APP_ID, quote(appId) + " is not an Android package name", values);
		}
		for (int i = APP_ID + 1; i < FIELDS.size(); i++) {
			problem = presence(values, i, plain);
			if (problem != null) {
				return bad(line, i, problem, values);
			}
		}
		String url = values[URL];
		// reports link to it: only web links, never javascript: or data: URLs
		if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
			return bad(line, URL, quote(url) + " is not an http(s) URL", values);
		}
		String bundleId = emptyToNull(values[BUNDLE_ID]);
		if (bundleId == null && store.androidPackages()) {
			bundleId = appId; // the Listing contract: on Android stores the bundle id is the package name again
		}
		return new CatalogRow.Valid(line, new Listing(store, values[COUNTRY], appId, bundleId, values[TITLE],
				values[DEVELOPER_NAME], emptyToNull(values[DEVELOPER_ID]), emptyToNull(values[LEGAL_NAME]),
				emptyToNull(url), null, null, null, null, null, null, List.of()));
	}

	static CatalogRow.Bad bad(long line, int field, String problem, String[] values) {
		return bad(line, FIELDS.get(field), problem, values);
	}

	static CatalogRow.Bad bad(long line, String field, String problem, String[] values) {
		String store = (values != null) ? values[STORE] : null;
		String country = (values != null) ? values[COUNTRY] : null;
		return new CatalogRow.Bad(line, field, problem, (store(store) != null) ? store : null,
				(country != null && isCountryCode(country)) ? country : null);
	}

	// The three checks below run on every line of files of millions, so they are written out rather than regular
	// expressions; CatalogReaderTests pins each to the rule in its comment.

	/** Two lower-case ASCII letters: {@code [a-z]{2}}. */
	static boolean isCountryCode(String value) {
		return value.length() == 2 && isLower(value.charAt(0)) && isLower(value.charAt(1));
	}

	/** Apple trackIds are positive integers (today nine or ten digits): {@code [1-9][0-9]{0,18}}. */
	static boolean isTrackId(String value) {
		int length = value.length();
		if (length == 0 || length > 19 || value.charAt(0) < '1' || value.charAt(0) > '9') {
			return false;
		}
		for (int i = 1; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Android package names: two or more dot-separated segments, each a letter then letters, digits or '_':
	 * {@code [A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+}.
	 */
	static boolean isPackage(String value) {
		int segments = 0;
		boolean segmentStart = true;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (segmentStart) {
				if (!isLetter(c)) {
					return false;
				}
				segments++;
				segmentStart = false;
			}
			else if (c == '.') {
				segmentStart = true;
			}
			else if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
				return false;
			}
		}
		return segments >= 2 && !segmentStart;
	}

	private static boolean isLower(char c) {
		return c >= 'a' && c <= 'z';
	}

	private static boolean isLetter(char c) {
		return isLower(c) || (c >= 'A' && c <= 'Z');
	}

	private static String presence(String[] values, int field, int plain) {
		if (values[field] == null) {
			return "missing (a catalog line has all of: " + String.join(", ", FIELDS) + ")";
		}
		if ((plain & (1 << field)) != 0) {
			int length = values[field].length();
			return (length > MAX_FIELD_CHARS) ? "longer than " + MAX_FIELD_CHARS + " characters (" + length + ")" : null;
		}
		return characterProblem(values[field]);
	}

	/**
	 * NUL cannot be stored in PostgreSQL text; the other control characters are no part of a name or id, and
	 * would make a bad line of the file look clean. Tab and line breaks (a quoted CSV field may hold them) are
	 * let through: the listing turns them into spaces. U+FFFD is what the decoder leaves of bytes that are not
	 * UTF-8.
	 */
	private static String characterProblem(String value) {
		if (value.length() > MAX_FIELD_CHARS) {
			return "longer than " + MAX_FIELD_CHARS + " characters (" + value.length() + ")";
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == 0) {
				return "contains a NUL character at position " + (i + 1);
			}
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + (i + 1);
			}
			if (c == '\uFFFD') {
				return "is not valid UTF-8 (or contains U+FFFD) at position " + (i + 1);
			}
		}
		return null;
	}

	/** A switch rather than {@link Store#fromId}: this runs once per line of a file of millions. */
	private static Store store(String id) {
		if (id == null) {
			return null;
		}
		return switch (id) {
			case "apple" -> Store.APPLE;
			case "google-play" -> Store.GOOGLE_PLAY;
			case "galaxy-store" -> Store.GALAXY_STORE;
			default -> null;
		};
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	/** Quotes a bad value for the message, shortened so a huge value cannot flood the terminal. */
	private static String quote(String value) {
		return "'" + ((value.length() > 80) ? value.substring(0, 80) + "…" : value) + "'";
	}

}
