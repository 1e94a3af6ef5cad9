package dev.delist.catalog;

import dev.delist.store.Listing;

/**
 * The JSON of a catalog's listing, byte for byte as Jackson writes the {@link Listing} record (components in
 * order, nulls written, no spaces; only '"' and '\' escaped, as a listing holds no control character), for the
 * listings a catalog makes: the contract's fields and nothing else. {@code ListingJsonTests} holds it to Jackson.
 */
final class ListingJson {

	private ListingJson() {
	}

	/** Whether the listing holds only what a catalog gives, so its JSON can be written here. */
	static boolean fitsCatalog(Listing listing) {
		return listing.sellerUrl() == null && listing.version() == null && listing.releaseDate() == null
				&& listing.updatedDate() == null && listing.price() == null && listing.currency() == null
				&& listing.genres().isEmpty() && listing.trader() == null && listing.sanitized().isEmpty();
	}

	/**
	 * Writes the JSON of a listing that {@link #fitsCatalog fits a catalog} from its columns' UTF-8, already in
	 * {@code row}: for column {@code i} of store, country, appId, bundleId, title, developerName, developerId,
	 * legalName and url, {@code length[i]} bytes at {@code at[i]} (-1 for null), to be escaped when
	 * {@code escape[i]}.
	 */
	static void write(byte[] row, int[] at, int[] length, boolean[] escape, Listing listing, RowBuffer out) {
		out.put(STORE, 0, STORE.length);
		out.put(row, at[0], length[0]);
		string(out, COUNTRY, row, at, length, escape, 1);
		string(out, APP_ID, row, at, length, escape, 2);
		string(out, BUNDLE_ID, row, at, length, escape, 3);
		string(out, TITLE, row, at, length, escape, 4);
		string(out, DEVELOPER_NAME, row, at, length, escape, 5);
		string(out, DEVELOPER_ID, row, at, length, escape, 6);
		string(out, LEGAL_NAME, row, at, length, escape, 7);
		string(out, URL, row, at, length, escape, 8);
		out.put(REST, 0, REST.length);
	}

	private static void string(RowBuffer out, byte[] key, byte[] row, int[] at, int[] length, boolean[] escape,
			int column) {
		out.put(key, 0, key.length);
		if (length[column] < 0) {
			out.put(NULL, 0, NULL.length);
			return;
		}
		out.put('"');
		if (escape[column]) {
			out.putJsonEscaped(row, at[column], length[column]);
		}
		else {
			out.put(row, at[column], length[column]);
		}
		out.put('"');
	}

	private static byte[] ascii(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	private static final byte[] STORE = ascii("{\"store\":\"");

	private static final byte[] COUNTRY = ascii("\",\"country\":");

	private static final byte[] APP_ID = ascii(",\"appId\":");

	private static final byte[] BUNDLE_ID = ascii(",\"bundleId\":");

	private static final byte[] TITLE = ascii(",\"title\":");

	private static final byte[] DEVELOPER_NAME = ascii(",\"developerName\":");

	private static final byte[] DEVELOPER_ID = ascii(",\"developerId\":");

	private static final byte[] LEGAL_NAME = ascii(",\"legalName\":");

	private static final byte[] URL = ascii(",\"url\":");

	private static final byte[] NULL = ascii("null");

	private static final byte[] REST = ascii(",\"sellerUrl\":null,\"version\":null,\"releaseDate\":null,"
			+ "\"updatedDate\":null,\"price\":null,\"currency\":null,\"genres\":[]}");

}
