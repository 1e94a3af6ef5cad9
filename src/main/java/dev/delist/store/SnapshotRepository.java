package dev.delist.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.config.Sha256;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Listings as a run saw them. A replayed chunk overwrites its own rows, so restarts never duplicate. */
@Repository
public class SnapshotRepository {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final int STREAM_FETCH_SIZE = 5000;

	private final JdbcTemplate jdbc;

	/** Same database, with a fetch size: inside a transaction the driver then reads through a cursor. */
	private final JdbcTemplate streaming;

	public SnapshotRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(STREAM_FETCH_SIZE);
	}

	/**
	 * @param completeness how complete the listing is ({@link LookupKey#completeness()}): a summary from a search
	 * page never replaces the full listing a lookup stored for the same app
	 */
	public void save(long instanceId, Listing listing, int completeness, Instant fetchedAt) {
		String json = JSON.writeValueAsString(listing);
		this.jdbc.update("""
				INSERT INTO listing_snapshot (job_instance_id, store, country, app_id, bundle_id, title, developer_name,
				                              developer_id, legal_name, url, listing, content_sha256, fetched_at,
				                              completeness)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
				ON CONFLICT (job_instance_id, store, country, app_id) WHERE NOT from_catalog DO UPDATE SET
				  bundle_id = excluded.bundle_id, title = excluded.title, developer_name = excluded.developer_name,
				  developer_id = excluded.developer_id, legal_name = excluded.legal_name, url = excluded.url,
				  listing = excluded.listing, content_sha256 = excluded.content_sha256, fetched_at = excluded.fetched_at,
				  completeness = excluded.completeness
				WHERE listing_snapshot.completeness <= excluded.completeness""",
				instanceId, listing.store().id(), listing.country(), listing.appId(), listing.bundleId(), listing.title(),
				listing.developerName(), listing.developerId(), listing.legalName(), listing.url(), json, Sha256.hex(json),
				Timestamp.from(fetchedAt), completeness);
	}

	/**
	 * Copies a run's snapshots into another run, so a rematch re-reads them without asking any store. Catalog
	 * rows stay catalog rows (V17: unique by their import, outside the key's index).
	 */
	public int copyRun(long fromInstanceId, long toInstanceId) {
		return this.jdbc.update("""
				INSERT INTO listing_snapshot (job_instance_id, store, country, app_id, bundle_id, title, developer_name,
				                              developer_id, legal_name, url, listing, content_sha256, fetched_at,
				                              completeness, from_catalog)
				SELECT ?, store, country, app_id, bundle_id, title, developer_name, developer_id, legal_name, url, listing,
				       content_sha256, fetched_at, completeness, from_catalog
				FROM listing_snapshot WHERE job_instance_id = ?
				ON CONFLICT DO NOTHING""", toInstanceId, fromInstanceId);
	}

	public long count(long instanceId) {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM listing_snapshot WHERE job_instance_id = ?",
				Long.class, instanceId);
		return (count != null) ? count : 0;
	}

	public void addRequests(long instanceId, Store store, int requests) {
		this.jdbc.update("""
				INSERT INTO fetch_requests (job_instance_id, store, requests) VALUES (?, ?, ?)
				ON CONFLICT (job_instance_id, store) DO UPDATE SET requests = fetch_requests.requests + excluded.requests""",
				instanceId, store.id(), requests);
	}

	/** Streams a run's snapshots in a stable order without holding them all in memory. */
	public void forEach(long instanceId, Consumer<Snapshot> consumer) {
		this.jdbc.query("""
				SELECT listing, content_sha256, fetched_at FROM listing_snapshot
				WHERE job_instance_id = ? ORDER BY store, country, app_id""", (RowCallbackHandler) (rs) -> {
			Listing listing = JSON.readValue(rs.getString("listing"), Listing.class);
			consumer.accept(new Snapshot(listing, rs.getString("content_sha256"),
					rs.getTimestamp("fetched_at").toInstant()));
		}, instanceId);
	}

	/**
	 * Streams a run's snapshots for matching, a few thousand rows in memory at a time; the caller must hold a
	 * transaction, or PostgreSQL's driver reads every row first. The listing is made from the columns (the
	 * catalog contract's fields, which the matcher reads) rather than parsed from the jsonb: at millions of
	 * rows that parse would cost more than the match. No order: matching one listing never depends on another.
	 */
	public void forEachForMatching(long instanceId, Consumer<Snapshot> consumer) {
		this.streaming.query("""
				SELECT store, country, app_id, bundle_id, title, developer_name, developer_id, legal_name, url,
				       content_sha256, fetched_at
				FROM listing_snapshot WHERE job_instance_id = ?""", (RowCallbackHandler) (rs) -> {
			String storeId = rs.getString(1);
			Store store = Store.APPLE.id().equals(storeId) ? Store.APPLE : Store.fromId(storeId);
			Listing listing = new Listing(store, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), null, null, null, null, null, null,
					null);
			consumer.accept(new Snapshot(listing, rs.getString(10), rs.getTimestamp(11).toInstant()));
		}, instanceId);
	}

	/** A stored listing with the hash of its content and when it was fetched. */
	public record Snapshot(Listing listing, String sha256, Instant fetchedAt) {
	}

}
