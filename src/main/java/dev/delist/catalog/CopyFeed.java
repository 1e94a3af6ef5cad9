package dev.delist.catalog;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HexFormat;
import java.util.TreeSet;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * The catalog as the text of a {@code COPY listing_snapshot ... (FORMAT csv)}, made line by line while
 * PostgreSQL reads it: nothing is buffered beyond the rows that fit in the driver's next write, and the Java
 * side (parse, check, hash) runs on one core while the database stores rows on the other. Bad lines are
 * collected, not copied; past the limit, reading fails and the driver cancels the copy.
 */
final class CopyFeed extends Reader {

	/** The columns the feed writes, in order. */
	static final String COLUMNS = "job_instance_id, store, country, app_id, bundle_id, title, developer_name, "
			+ "developer_id, legal_name, url, listing, content_sha256, fetched_at, completeness";

	/** A catalog line is the operator's full record of the app, as complete as a store lookup (V3). */
	private static final int COMPLETENESS = 2;

	/** The same JSON as {@code SnapshotRepository.save}, so equal listings hash equally whatever their source. */
	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final CatalogReader reader;

	private final String prefix;

	private final String suffix;

	private final int maxBadLines;

	/** One digest for the whole file: looking one up per line costs more than hashing the line. */
	private final MessageDigest sha256;

	private final StringBuilder out = new StringBuilder(1 << 17);

	private int outPosition;

	private boolean done;

	private long imported;

	private final Map<Store, Long> importedByStore = new TreeMap<>();

	private final Map<Store, Set<String>> countries = new TreeMap<>();

	private final List<CatalogRow.Bad> badLines = new ArrayList<>();

	CopyFeed(CatalogReader reader, long instanceId, Instant importedAt, int maxBadLines) {
		this.reader = reader;
		this.prefix = instanceId + ",";
		this.suffix = "," + importedAt + "," + COMPLETENESS + "\n";
		this.maxBadLines = maxBadLines;
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public int read(char[] buffer, int offset, int length) {
		while (this.out.length() - this.outPosition < length && !this.done) {
			if (this.outPosition > 0) {
				this.out.delete(0, this.outPosition);
				this.outPosition = 0;
			}
			fill(length);
		}
		int available = this.out.length() - this.outPosition;
		if (available == 0) {
			return -1;
		}
		int n = Math.min(available, length);
		this.out.getChars(this.outPosition, this.outPosition + n, buffer, offset);
		this.outPosition += n;
		return n;
	}

	/** Appends rows until at least {@code length} characters are waiting or the file ends. */
	private void fill(int length) {
		while (this.out.length() < length) {
			CatalogRow row = this.reader.next();
			if (row == null) {
				this.done = true;
				return;
			}
			if (row instanceof CatalogRow.Valid valid) {
				append(valid.listing());
			}
			else {
				this.badLines.add((CatalogRow.Bad) row);
				if (this.badLines.size() > this.maxBadLines) {
					throw new TooManyBadLines(this.reader.file(), this.badLines, this.maxBadLines);
				}
			}
		}
	}

	private void append(Listing listing) {
		String json = JSON.writeValueAsString(listing);
		this.out.append(this.prefix);
		field(listing.store().id());
		field(listing.country());
		field(listing.appId());
		field(listing.bundleId());
		field(listing.title());
		field(listing.developerName());
		field(listing.developerId());
		field(listing.legalName());
		field(listing.url());
		// no listing jsonb: a catalog row's fields are all in the columns, and parsing a second copy of them is
		// the largest cost of storing a million rows (docs/benchmarks.md)
		field(null);
		// the same hash as Sha256.hex(json) in SnapshotRepository.save
		this.out.append(HexFormat.of().formatHex(this.sha256.digest(json.getBytes(StandardCharsets.UTF_8))))
			.append(this.suffix);
		this.imported++;
		this.importedByStore.merge(listing.store(), 1L, Long::sum);
		this.countries.computeIfAbsent(listing.store(), (store) -> new TreeSet<>()).add(listing.country());
	}

	/** A value in quotes (in COPY's CSV an unquoted empty field is NULL), followed by the delimiter. */
	private void field(String value) {
		if (value != null) {
			this.out.append('"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"') {
					this.out.append('"');
				}
				this.out.append(c);
			}
			this.out.append('"');
		}
		this.out.append(',');
	}

	long imported() {
		return this.imported;
	}

	Map<Store, Long> importedByStore() {
		return this.importedByStore;
	}

	Map<Store, Set<String>> countries() {
		return this.countries;
	}

	List<CatalogRow.Bad> badLines() {
		return this.badLines;
	}

	@Override
	public void close() {
		this.reader.close();
	}

}
