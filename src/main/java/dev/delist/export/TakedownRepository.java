package dev.delist.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.delist.match.Reason;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The confirmed takedowns, read through a server-side cursor ({@value #FETCH_SIZE} rows at a time, inside a
 * read-only transaction, the only way PostgreSQL's driver streams), so an export of any size holds one row.
 * <p>
 * The decision in force per candidate is its latest {@code disposition} row; only a CONFIRMED one counts, and the
 * date range applies to it (a confirmation later overruled by a dismissal is not exported). Its evidence is the
 * candidate row the decision was bound to: what the reviewer saw, not whatever a later run matched.
 */
@Repository
class TakedownRepository {

	static final int FETCH_SIZE = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	/** A row from before V15 has no takedown flag: then an in-force entry made it one (as in the reports). */
	private static final String SQL = """
			SELECT d.id AS decision_id, d.reviewer, d.imported_at, d.reason, d.source,
			  c.candidate_id, c.job_instance_id, c.store, c.country, c.app_id, c.bundle_id, c.title, c.developer_name,
			  c.developer_id, c.legal_name, c.url, c.list_id, c.entry_id, c.entry_name, c.level, c.tier, c.score,
			  c.reasons, c.evidence_sha256, c.fetched_at,
			  coalesce(c.entry_jurisdiction, l.jurisdiction) AS jurisdiction,
			  l.sha256 AS list_sha256, l.version AS list_version, l.status AS list_status,
			  v.title AS list_title, v.authority, v.citation
			FROM (
			  SELECT DISTINCT ON (candidate_id) * FROM disposition ORDER BY candidate_id, id DESC
			) d
			JOIN candidate c ON c.job_instance_id = d.job_instance_id AND c.candidate_id = d.candidate_id
			LEFT JOIN run_list l ON l.job_instance_id = c.job_instance_id AND l.list_id = c.list_id
			LEFT JOIN list_version v ON v.list_id = l.list_id AND v.sha256 = l.sha256
			WHERE d.decision = 'CONFIRMED' AND coalesce(c.takedown_candidate, c.entry_in_force)
			  AND (CAST(:store AS text) IS NULL OR d.store = :store)
			  AND (CAST(:country AS text) IS NULL OR c.country = :country)
			  AND (CAST(:from AS timestamptz) IS NULL OR d.imported_at >= :from)
			  AND (CAST(:until AS timestamptz) IS NULL OR d.imported_at < :until)
			ORDER BY d.imported_at, d.id""";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	TakedownRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
	}

	@FunctionalInterface
	interface Sink {

		void accept(Takedown takedown) throws IOException;

	}

	/** Hands every takedown of the query to {@code sink}, oldest decision first. */
	void each(ExportQuery query, Sink sink) throws IOException {
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("store", (query.store() != null) ? query.store().id() : null)
			.addValue("country", query.country())
			.addValue("from", (query.from() != null) ? startOf(query.from()) : null,
					Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("until", (query.to() != null) ? startOf(query.to().plusDays(1)) : null,
					Types.TIMESTAMP_WITH_TIMEZONE);
		try {
			this.transaction.executeWithoutResult((status) -> this.jdbc.query(SQL, params, (RowCallbackHandler) (rs) -> {
				try {
					sink.accept(takedown(rs));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay().atOffset(ZoneOffset.UTC);
	}

	private static Takedown takedown(ResultSet rs) throws SQLException {
		return new Takedown(rs.getString("candidate_id"), rs.getString("store"), rs.getString("country").trim(),
				rs.getString("app_id"), rs.getString("bundle_id"), rs.getString("title"), rs.getString("developer_name"),
				rs.getString("developer_id"), rs.getString("legal_name"), rs.getString("url"),
				new Takedown.ListBasis(rs.getString("list_id"), rs.getString("list_title"), rs.getString("list_version"),
						trimmed(rs.getString("list_sha256")), rs.getString("authority"), rs.getString("citation"),
						rs.getString("list_status"), strings(rs.getArray("jurisdiction"))),
				new Takedown.Entry(rs.getString("entry_id"), rs.getString("entry_name"), rs.getString("level")),
				new Takedown.Evidence(rs.getString("tier"), rs.getBigDecimal("score").doubleValue(),
						JSON.readValue(rs.getString("reasons"), REASONS), trimmed(rs.getString("evidence_sha256")),
						instant(rs.getTimestamp("fetched_at")), rs.getLong("job_instance_id")),
				new Takedown.Confirmation(rs.getLong("decision_id"), rs.getString("reviewer"),
						instant(rs.getTimestamp("imported_at")), rs.getString("reason"), rs.getString("source")));
	}

	private static String instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant().toString() : null;
	}

	private static String trimmed(String value) {
		return (value != null) ? value.trim() : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
