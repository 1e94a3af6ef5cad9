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

	/** @return false, having written nothing of use, for a listing with more than a catalog gives */
	static boolean write(Listing listing, RowBuffer out) {
		if (listing.sellerUrl() != null || listing.version() != null || listing.releaseDate() != null
				|| listing.updatedDate() != null || listing.price() != null || listing.currency() != null
				|| !listing.genres().isEmpty() || listing.trader() != null || !listing.sanitized().isEmpty()) {
			return false;
		}
		out.put(STORE, 0, STORE.length);
		out.putUtf8(listing.store().id(), true);
		string(out, COUNTRY, listing.country());
		string(out, APP_ID, listing.appId());
		string(out, BUNDLE_ID, listing.bundleId());
		string(out, TITLE, listing.title());
		string(out, DEVELOPER_NAME, listing.developerName());
		string(out, DEVELOPER_ID, listing.developerId());
		string(out, LEGAL_NAME, listing.legalName());
		string(out, URL, listing.url());
		out.put(REST, 0, REST.length);
		return true;
	}

	private static void string(RowBuffer out, byte[] key, String value) {
		out.put(key, 0, key.length);
		if (value == null) {
			out.put(NULL, 0, NULL.length);
		}
		else {
			out.put('"');
			out.putUtf8(value, true);
			out.put('"');
		}
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
