package dev.delist.catalog;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.store.Listing;

/**
 * A catalog's listings as rows of {@code COPY listing_snapshot ... (FORMAT binary)}: PostgreSQL reads binary rows
 * faster than CSV (no quotes to find, no timestamp to parse per row), and writing them is plain copying. Each row
 * carries the SHA-256 of the listing's JSON exactly as {@code SnapshotRepository.save} hashes it, so equal
 * listings hash equally whatever their source; the JSON is written by hand for the listings a catalog makes (the
 * contract's fields, nothing else), and by Jackson for any other.
 */
final class SnapshotRows {

	/** The columns the rows fill, in order. */
	static final String COLUMNS = "job_instance_id, store, country, app_id, bundle_id, title, developer_name, "
			+ "developer_id, legal_name, url, listing, content_sha256, fetched_at, completeness, from_catalog";

	static final String COPY = "COPY listing_snapshot (" + COLUMNS + ") FROM STDIN (FORMAT binary)";

	private static final short FIELDS = 15;

	/** A catalog line is the operator's full record of the app, as complete as a store lookup (V3). */
	private static final int COMPLETENESS = 2;

	/** The signature, flags and header extension length of a binary COPY stream. */
	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0,
			0, 0, 0, 0, 0 };

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	/** PostgreSQL's timestamps count microseconds from 2000-01-01 UTC. */
	private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final long instanceId;

	private final long fetchedAtMicros;

	/** One digest for the whole file: looking one up per line costs more than hashing the line. */
	private final MessageDigest sha256;

	private final RowBuffer json = new RowBuffer(1024);

	/**
	 * @param importedAt to the microsecond, as PostgreSQL keeps it, so a listing's time reads back as written
	 */
	SnapshotRows(long instanceId, Instant importedAt) {
		this.instanceId = instanceId;
		this.fetchedAtMicros = (importedAt.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L
				+ importedAt.getNano() / 1000;
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	static void header(RowBuffer out) {
		out.put(HEADER, 0, HEADER.length);
	}

	static void trailer(RowBuffer out) {
		out.putShort(-1);
	}

	/** store, country, appId, bundleId, title, developerName, developerId, legalName, url: in {@link #COLUMNS}' order. */
	private static final int TEXT_COLUMNS = 9;

	private static String column(Listing listing, int column) {
		return switch (column) {
			case 0 -> listing.store().id();
			case 1 -> listing.country();
			case 2 -> listing.appId();
			case 3 -> listing.bundleId();
			case 4 -> listing.title();
			case 5 -> listing.developerName();
			case 6 -> listing.developerId();
			case 7 -> listing.legalName();
			case 8 -> listing.url();
			default -> throw new IllegalArgumentException("no text column " + column);
		};
	}

	/** Where each text column's bytes went in the row, and whether JSON must escape them ('"' or '\\'). */
	private final int[] at = new int[TEXT_COLUMNS];

	private final int[] length = new int[TEXT_COLUMNS];

	private final boolean[] escape = new boolean[TEXT_COLUMNS];

	/**
	 * Appends the listing's row and leaves the SHA-256 of its JSON in {@code digest} (32 bytes). The text columns
	 * are encoded once: the JSON is assembled from their bytes, which are its bytes too unless a value holds a
	 * quote or a backslash.
	 */
	void append(Listing listing, RowBuffer out, byte[] digest) {
		out.putShort(FIELDS);
		out.putInt(8);
		out.putLong(this.instanceId);
		// a loop, not nine calls: one copy of text() and its UTF-8 encoding for the JIT to compile
		for (int column = 0; column < TEXT_COLUMNS; column++) {
			text(out, column, column(listing, column));
		}
		this.json.clear();
		if (!ListingJson.fitsCatalog(listing)) {
			byte[] bytes = JSON.writeValueAsString(listing).getBytes(StandardCharsets.UTF_8);
			this.json.put(bytes, 0, bytes.length);
		}
		else {
			ListingJson.write(out.bytes(), this.at, this.length, this.escape, this.json);
		}
		this.sha256.update(this.json.bytes(), 0, this.json.length());
		try {
			this.sha256.digest(digest, 0, 32);
		}
		catch (DigestException ex) {
			throw new IllegalStateException(ex);
		}
		// no listing jsonb: a catalog row's fields are all in the columns, and parsing a second copy of them is
		// the largest cost of storing a million rows (docs/benchmarks.md)
		out.putInt(-1);
		out.putInt(64);
		out.ensure(64);
		byte[] bytes = out.bytes();
		int position = out.length();
		for (int i = 0; i < 32; i++) {
			bytes[position++] = HEX[(digest[i] >> 4) & 0xF];
			bytes[position++] = HEX[digest[i] & 0xF];
		}
		out.setLength(position);
		out.putInt(8);
		out.putLong(this.fetchedAtMicros);
		out.putInt(2);
		out.putShort(COMPLETENESS);
		out.putInt(1);
		out.put(1);
	}

	/** The JSON the last row's hash was taken of. */
	String lastJson() {
		return new String(this.json.bytes(), 0, this.json.length(), StandardCharsets.UTF_8);
	}

	/** A text value: its length, then its UTF-8; or -1 for NULL. */
	private void text(RowBuffer out, int column, String value) {
		if (value == null) {
			out.putInt(-1);
			this.length[column] = -1;
			return;
		}
		int lengthAt = out.length();
		out.putInt(0);
		this.at[column] = out.length();
		this.escape[column] = out.putUtf8(value);
		this.length[column] = out.length() - this.at[column];
		out.putIntAt(lengthAt, this.length[column]);
	}

	static String hex(byte[] digest) {
		byte[] hex = new byte[64];
		for (int i = 0; i < 32; i++) {
			hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
			hex[2 * i + 1] = HEX[digest[i] & 0xF];
		}
		return new String(hex, StandardCharsets.ISO_8859_1);
	}

}
