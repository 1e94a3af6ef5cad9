package dev.delist.catalog;

import dev.delist.store.Listing;

/**
 * The JSON of a catalog's listing, byte for byte as Jackson writes the {@link Listing} record (components in
 * order, nulls written, no spaces; only '"' and '\' escaped, as a listing holds no control character), for the
 * listings a catalog makes: the contract's fields and nothing else. {@code SnapshotRowsTests} holds it to Jackson.
 */
final class ListingJson {

	private static final byte[] STORE = ascii("{\"store\":\"");

	/** What comes before the value of columns 1 to 8 (country to url); index 0 unused (store, written above). */
	private static final byte[][] KEYS = { null, ascii("\",\"country\":"), ascii(",\"appId\":"), ascii(",\"bundleId\":"),
			ascii(",\"title\":"), ascii(",\"developerName\":"), ascii(",\"developerId\":"), ascii(",\"legalName\":"),
			ascii(",\"url\":") };

	private static final byte[] NULL = ascii("null");

	private static final byte[] REST = ascii(",\"sellerUrl\":null,\"version\":null,\"releaseDate\":null,"
			+ "\"updatedDate\":null,\"price\":null,\"currency\":null,\"genres\":[]}");

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
	static void write(byte[] row, int[] at, int[] length, boolean[] escape, RowBuffer out) {
		out.put(STORE, 0, STORE.length);
		out.put(row, at[0], length[0]);
		// a loop, not eight calls: one copy of string() for the JIT to compile, on every catalog line
		for (int column = 1; column < KEYS.length; column++) {
			string(out, KEYS[column], row, at, length, escape, column);
		}
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

}
