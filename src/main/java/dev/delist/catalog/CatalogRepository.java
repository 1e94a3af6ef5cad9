package dev.delist.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import dev.delist.match.CandidateCopy;
import dev.delist.store.Store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** A catalog run's rows: its listings by COPY, what it imported per store, and its bad lines as targets. */
@Repository
public class CatalogRepository {

	static final String BAD_LINE_KIND = "CATALOG_LINE";

	/** The store of a bad line that names none, in a file with no valid line of any store. */
	static final String NO_STORE = "-";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	public CatalogRepository(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Forgets what an earlier attempt of the run imported and matched, so an import can be repeated. */
	void deleteRun(long instanceId) {
		this.jdbc.update("DELETE FROM candidate WHERE job_instance_id = ?", instanceId);
		this.jdbc.update("DELETE FROM listing_snapshot WHERE job_instance_id = ?", instanceId);
		this.jdbc.update("DELETE FROM fetch_target WHERE job_instance_id = ?", instanceId);
		this.jdbc.update("DELETE FROM catalog_import WHERE job_instance_id = ?", instanceId);
	}

	/**
	 * Streams the feed into listing_snapshot on the connection of the current transaction, so the rows are
	 * committed with the step or not at all; a failure on either side cancels the COPY.
	 *
	 * @return the rows PostgreSQL stored
	 */
	long copy(CopyFeed feed) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		CopyIn copy = null;
		try {
			copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SnapshotRows.COPY);
			feed.start();
			for (RowBuffer block = feed.next(); block != null; block = feed.next()) {
				copy.writeToCopy(block.bytes(), 0, block.length());
				feed.recycle(block);
			}
			long rows = copy.endCopy();
			copy = null;
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into listing_snapshot failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while importing the catalog", ex);
		}
		finally {
			if (copy != null && copy.isActive()) {
				cancel(copy);
			}
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** Stores the candidates found while the listings were copied, on the same connection and transaction. */
	void copyCandidates(CandidateSpool spool) {
		if (spool.size() == 0) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (InputStream rows = spool.read()) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(CandidateCopy.COPY, rows, 1 << 16);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into candidate failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static void cancel(CopyIn copy) {
		try {
			copy.cancelCopy();
		}
		catch (SQLException ex) {
			// the transaction is rolled back with the step all the same
		}
	}

	void saveImport(long instanceId, String file, Map<Store, Long> imported, Map<Store, ? extends Iterable<String>> countries) {
		imported.forEach((store, count) -> this.jdbc.update("""
				INSERT INTO catalog_import (job_instance_id, store, file, countries, imported) VALUES (?, ?, ?, ?, ?)""",
				instanceId, store.id(), file, String.join(",", countries.get(store)), count));
	}

	/**
	 * Records bad lines as unchecked targets of the stores they belong to, so report health and the gate count
	 * them; a line whose store cannot be read could belong to any store and counts against each, and with no
	 * store in the file at all it is kept under {@link #NO_STORE}, so that it is still counted and reported.
	 */
	void saveBadLines(long instanceId, String file, List<CatalogRow.Bad> badLines, List<Store> stores, Instant at) {
		List<Object[]> rows = new ArrayList<>();
		for (CatalogRow.Bad bad : badLines) {
			List<String> owners = (bad.store() != null) ? List.of(bad.store())
					: stores.isEmpty() ? List.of(NO_STORE) : stores.stream().map(Store::id).toList();
			for (String store : owners) {
				rows.add(new Object[] { instanceId, store, (bad.country() != null) ? bad.country() : "--", BAD_LINE_KIND,
						Long.toString(bad.line()), file, bad.message(file), Timestamp.from(at) });
			}
		}
		this.jdbc.batchUpdate("""
				INSERT INTO fetch_target (job_instance_id, store, country, kind, value, batch_no, outcome, url, detail,
				                          finished_at)
				VALUES (?, ?, ?, ?, ?, 0, 'PARSE_FAILURE', ?, ?, ?) ON CONFLICT DO NOTHING""", rows);
	}

	/** Copies what a run imported per store into another run (a rematch of a catalog run). */
	public void copyImport(long fromInstanceId, long toInstanceId) {
		this.jdbc.update("""
				INSERT INTO catalog_import (job_instance_id, store, file, countries, imported)
				SELECT ?, store, file, countries, imported FROM catalog_import WHERE job_instance_id = ?""",
				toInstanceId, fromInstanceId);
	}

	/** @return the countries of each store the run's catalog had listings for; empty for a run without one */
	public Map<Store, List<String>> countries(long instanceId) {
		Map<Store, List<String>> countries = new LinkedHashMap<>();
		this.jdbc.query("SELECT store, countries FROM catalog_import WHERE job_instance_id = ? ORDER BY store",
				(rs) -> {
					countries.put(Store.fromId(rs.getString("store")),
							Arrays.asList(rs.getString("countries").split(",")));
				}, instanceId);
		return countries;
	}

	/** The stores the run's bad lines name, beside those with listings: each gets a report that counts them. */
	public Set<Store> badLineStores(long instanceId) {
		Set<Store> stores = new LinkedHashSet<>();
		this.jdbc.queryForList("""
				SELECT DISTINCT store FROM fetch_target WHERE job_instance_id = ? AND kind = ? AND store <> ?
				ORDER BY store""", String.class, instanceId, BAD_LINE_KIND, NO_STORE)
			.forEach((store) -> stores.add(Store.fromId(store)));
		return stores;
	}

	/** @return the run's bad catalog lines as {@code FILE:LINE: field: problem}, in line order */
	public List<String> badLines(long instanceId) {
		return this.jdbc.queryForList("""
				SELECT DISTINCT ON (value::bigint) detail FROM fetch_target
				WHERE job_instance_id = ? AND kind = ? ORDER BY value::bigint""", String.class, instanceId,
				BAD_LINE_KIND);
	}

}
