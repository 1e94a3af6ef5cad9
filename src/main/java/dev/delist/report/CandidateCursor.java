package dev.delist.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;

import dev.delist.match.Level;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run's candidates and resolved rows, read from PostgreSQL through a server-side cursor: the driver fetches
 * {@value #FETCH_SIZE} rows at a time, which it only does inside a transaction (autocommit off) with a fetch
 * size set, so each read runs in one (joining the report step's own when there is one).
 */
final class CandidateCursor implements ReportRows {

	static final int FETCH_SIZE = 500;

	private static final TypeReference<List<StoreReport.ReasonInfo>> REASONS = new TypeReference<>() {
	};

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final RunDiff diff;

	private final Long previousExecution;

	/** @param previousExecution the execution that wrote the previous complete report: where resolved rows were last seen */
	CandidateCursor(JdbcTemplate jdbc, PlatformTransactionManager transactions, RunDiff diff, Long previousExecution) {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
		this.diff = diff;
		this.previousExecution = previousExecution;
	}

	@Override
	public void candidates(Scope scope, Sink<StoreReport.CandidateInfo> sink) throws IOException {
		stream(RunDiff.candidates(scope), (rs) -> sink.accept(candidate(rs)));
	}

	@Override
	public void resolved(Sink<StoreReport.Resolved> sink) throws IOException {
		stream(RunDiff.RESOLVED_ORDERED, (rs) -> sink.accept(new StoreReport.Resolved(rs.getString("country").trim(),
				rs.getString("app_id"), rs.getString("list_id"), rs.getString("entry_id"), this.previousExecution,
				rs.getString("why"), rs.getString("removal"))));
	}

	/**
	 * Counts of the candidates by section, tier and change, of the app and entry groups per section, and of the
	 * resolved rows: computed by PostgreSQL. Tiers and changes count takedown candidates only.
	 */
	ReportHead.Counts counts() {
		Map<ReportRows.Scope, Long> rows = new EnumMap<>(ReportRows.Scope.class);
		Map<ReportRows.Scope, Long> groups = new EnumMap<>(ReportRows.Scope.class);
		Map<String, Long> byTier = new TreeMap<>();
		Map<String, Long> byChange = new TreeMap<>();
		Map<String, Map<ReportRows.Scope, Long>> byCountry = new TreeMap<>();
		this.jdbc.query(RunDiff.COUNTS, this.diff.params(), (ResultSet rs) -> {
			long n = rs.getLong("n");
			ReportRows.Scope section = ReportRows.Scope.valueOf(rs.getString("section"));
			rows.merge(section, n, Long::sum);
			byCountry.computeIfAbsent(rs.getString("country").trim(), (k) -> new EnumMap<>(ReportRows.Scope.class))
				.merge(section, n, Long::sum);
			if (section == ReportRows.Scope.TAKEDOWN) {
				byTier.merge(rs.getString("tier"), n, Long::sum);
				byChange.merge(rs.getString("change"), n, Long::sum);
			}
		});
		this.jdbc.query(RunDiff.GROUP_COUNTS, this.diff.params(), (ResultSet rs) -> {
			groups.put(ReportRows.Scope.valueOf(rs.getString("section")), rs.getLong("n"));
		});
		Long resolved = this.jdbc.queryForObject(RunDiff.RESOLVED_COUNT, this.diff.params(), Long.class);
		return new ReportHead.Counts(rows, groups, (resolved != null) ? resolved : 0, byTier, byChange, byCountry);
	}

	/** Matches of the run that reviewers' dismissals hide. */
	long suppressedCount() {
		Long suppressed = this.jdbc.queryForObject(RunDiff.SUPPRESSED_COUNT, this.diff.params(), Long.class);
		return (suppressed != null) ? suppressed : 0;
	}

	@FunctionalInterface
	private interface Row {

		void read(ResultSet rs) throws SQLException, IOException;

	}

	private void stream(String sql, Row row) throws IOException {
		try {
			this.transaction.executeWithoutResult((status) -> this.jdbc.query(sql, this.diff.params(),
					(RowCallbackHandler) (rs) -> {
						try {
							row.read(rs);
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

	/** A developer-level hit names the entry it came from without claiming the listing is that app. */
	static String entryName(String name, String level) {
		return Level.DEVELOPER.name().equals(level) ? name + " (developer-level: same developer, other app)" : name;
	}

	private static StoreReport.CandidateInfo candidate(ResultSet rs) throws SQLException {
		long firstSeen = rs.getLong("first_seen");
		Long firstSeenExecution = rs.wasNull() ? null : firstSeen;
		return new StoreReport.CandidateInfo(rs.getString("candidate_id"), rs.getString("country").trim(),
				rs.getString("app_id"), rs.getString("bundle_id"), rs.getString("title"), rs.getString("developer_name"),
				rs.getString("developer_id"), rs.getString("legal_name"), rs.getString("url"),
				rs.getTimestamp("fetched_at").toInstant().toString(), rs.getString("snapshot_sha256"),
				new StoreReport.Entry(rs.getString("list_id"), rs.getString("entry_id"),
						entryName(rs.getString("entry_name"), rs.getString("level")), rs.getBoolean("entry_in_force"),
						jurisdiction(rs.getArray("entry_jurisdiction"))),
				rs.getString("tier"), rs.getBigDecimal("score").doubleValue(),
				ReportFiles.JSON.readValue(rs.getString("reasons"), REASONS), rs.getString("change"),
				firstSeenExecution, "TAKEDOWN".equals(rs.getString("section")));
	}

	private static List<String> jurisdiction(java.sql.Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : null;
	}

}
