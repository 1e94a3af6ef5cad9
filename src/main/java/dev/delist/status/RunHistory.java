package dev.delist.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;
import dev.delist.match.Tier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recent runs as operators ask about them: Spring Batch's executions joined with delist's reports. */
@Repository
public class RunHistory {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<TreeMap<String, Long>> COUNTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	public RunHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RunRow> recent(int limit) {
		return this.jdbc.sql("""
				SELECT e.job_execution_id, i.job_instance_id, i.job_name, e.status, e.exit_code, e.start_time, e.end_time,
				       (SELECT p.parameter_value FROM batch_job_execution_params p
				        WHERE p.job_execution_id = e.job_execution_id AND p.parameter_name = 'runDate') AS run_date,
				       (SELECT string_agg(r.store || ' ' || r.status || ' '
				                          || coalesce((SELECT string_agg(t.key || '=' || t.value, ' ' ORDER BY t.key)
				                                       FROM jsonb_each_text(r.candidates) t), 'no candidates')
				                          || ' gate ' || (r.health ->> 'gate'), '; ' ORDER BY r.store)
				        FROM store_report r WHERE r.job_execution_id = e.job_execution_id) AS reports,
				       (SELECT min(r.report_dir) FROM store_report r
				        WHERE r.job_execution_id = e.job_execution_id) AS report_dir
				FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				ORDER BY e.job_execution_id DESC LIMIT ?""")
			.param(limit)
			.query((rs, row) -> new RunRow(rs.getLong("job_execution_id"), rs.getLong("job_instance_id"),
					rs.getString("job_name"), rs.getString("run_date"), rs.getString("status"),
					rs.getString("exit_code"), duration(rs.getTimestamp("start_time"), rs.getTimestamp("end_time")),
					rs.getString("reports"), rs.getString("report_dir")))
			.list();
	}

	/**
	 * How the lists a run used differ from those of the job's previous run: a list added, removed, or changed
	 * (its content hash differs), with versions, so an operator sees when policy data changed between runs.
	 */
	public List<String> listChanges(long runId) {
		return this.jdbc.sql("""
				WITH current_run AS (
				  SELECT r.* FROM run_list r WHERE r.job_instance_id = :run),
				previous_run AS (
				  SELECT r.* FROM run_list r WHERE r.job_instance_id = (
				    SELECT max(p.job_instance_id) FROM run_list p
				    JOIN batch_job_instance pi ON pi.job_instance_id = p.job_instance_id
				    JOIN batch_job_instance ci ON ci.job_instance_id = :run
				    WHERE pi.job_name = ci.job_name AND p.job_instance_id < :run))
				SELECT CASE
				         WHEN p.list_id IS NULL THEN c.list_id || ' added (' || c.version || ')'
				         WHEN c.list_id IS NULL THEN p.list_id || ' removed'
				         ELSE c.list_id || ' changed (' || p.version || ' ' || left(p.sha256, 8) || ' -> ' || c.version
				              || ' ' || left(c.sha256, 8) || ')' END AS change
				FROM current_run c FULL JOIN previous_run p ON p.list_id = c.list_id
				WHERE (SELECT count(*) FROM previous_run) > 0
				  AND (p.list_id IS NULL OR c.list_id IS NULL OR p.sha256 <> c.sha256)
				ORDER BY coalesce(c.list_id, p.list_id)""")
			.param("run", runId)
			.query(String.class)
			.list();
	}

	/**
	 * The latest runs (job instances), newest first, as the {@code /runs} page shows them: each attempt (a
	 * restart is a new execution of the same run), the gate's verdict per store with the health counts of
	 * {@code report.json} and the reasons a store failed the gate, the gaps the run knew it had, and the takedown
	 * candidates per tier each store's report counted.
	 */
	public List<Run> runs(int limit) {
		Map<Long, Run> runs = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT i.job_instance_id, i.job_name,
				       (SELECT p.parameter_value FROM batch_job_execution_params p
				        WHERE p.job_execution_id = first.job_execution_id AND p.parameter_name = 'runDate') AS run_date,
				       (SELECT p.parameter_value FROM batch_job_execution_params p
				        WHERE p.job_execution_id = first.job_execution_id AND p.parameter_name = 'rematchOf') AS rematch_of
				FROM batch_job_instance i
				JOIN LATERAL (SELECT min(e.job_execution_id) AS job_execution_id FROM batch_job_execution e
				              WHERE e.job_instance_id = i.job_instance_id) first ON true
				ORDER BY i.job_instance_id DESC LIMIT ?""")
			.param(limit)
			.query((rs, row) -> new Run(rs.getLong("job_instance_id"), rs.getString("job_name"),
					(rs.getString("run_date") != null) ? LocalDate.parse(rs.getString("run_date")) : null,
					(rs.getString("rematch_of") != null) ? Long.valueOf(rs.getString("rematch_of")) : null,
					new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
			.list()
			.forEach((run) -> runs.put(run.runId(), run));
		if (runs.isEmpty()) {
			return List.of();
		}
		long oldest = Collections.min(runs.keySet());
		this.jdbc.sql("""
				SELECT job_instance_id, job_execution_id, status, exit_code, exit_message, start_time, end_time
				FROM batch_job_execution WHERE job_instance_id >= ? ORDER BY job_execution_id DESC""")
			.param(oldest)
			.query((rs, row) -> Map.entry(rs.getLong("job_instance_id"), new Attempt(rs.getLong("job_execution_id"),
					rs.getString("status"), rs.getString("exit_code"), firstLine(rs.getString("exit_message")),
					instant(rs.getTimestamp("start_time")), instant(rs.getTimestamp("end_time")))))
			.list()
			.forEach((attempt) -> with(runs, attempt.getKey(), (run) -> run.executions().add(attempt.getValue())));
		this.jdbc.sql("""
				SELECT v.job_instance_id, v.store, v.status, v.health::text AS health, r.candidates::text AS by_tier,
				       r.report_dir
				FROM run_verdict v
				LEFT JOIN store_report r ON r.job_instance_id = v.job_instance_id AND r.store = v.store
				WHERE v.job_instance_id >= ? ORDER BY v.job_instance_id, v.store""")
			.param(oldest)
			.query((rs, row) -> Map.entry(rs.getLong("job_instance_id"), new StoreRun(rs.getString("store"),
					RunStatus.valueOf(rs.getString("status")), JSON.readValue(rs.getString("health"), StoreHealth.class),
					(rs.getString("by_tier") != null) ? tiers(JSON.readValue(rs.getString("by_tier"), COUNTS)) : null,
					rs.getString("report_dir"))))
			.list()
			.forEach((store) -> with(runs, store.getKey(), (run) -> run.stores().add(store.getValue())));
		this.jdbc.sql("SELECT job_instance_id, reason FROM run_gap WHERE job_instance_id >= ? ORDER BY job_instance_id, reason")
			.param(oldest)
			.query((rs, row) -> Map.entry(rs.getLong("job_instance_id"), rs.getString("reason")))
			.list()
			.forEach((gap) -> with(runs, gap.getKey(), (run) -> run.gaps().add(gap.getValue())));
		return runs.values().stream().map(Run::frozen).toList();
	}

	/**
	 * Takedown candidates per tier over the job's last {@code runs} reports of each store, oldest first: the
	 * counts each report recorded ({@code store_report}), which are those of its {@code report.json}.
	 *
	 * @return per store id, in store order
	 */
	public Map<String, List<TierPoint>> tierTrend(String job, int runs) {
		Map<String, List<TierPoint>> trend = new TreeMap<>();
		this.jdbc.sql("""
				SELECT store, job_instance_id, job_execution_id, run_date, status, candidates::text AS by_tier FROM (
				  SELECT r.*, row_number() OVER (PARTITION BY store ORDER BY job_instance_id DESC) AS n
				  FROM store_report r WHERE job_name = ?) latest
				WHERE n <= ? ORDER BY store, job_instance_id""")
			.params(job, runs)
			.query((rs, row) -> Map.entry(rs.getString("store"), point(rs.getLong("job_instance_id"),
					rs.getLong("job_execution_id"), rs.getDate("run_date").toLocalDate(),
					RunStatus.valueOf(rs.getString("status")), JSON.readValue(rs.getString("by_tier"), COUNTS))))
			.list()
			.forEach((point) -> trend.computeIfAbsent(point.getKey(), (store) -> new ArrayList<>()).add(point.getValue()));
		trend.replaceAll((store, points) -> List.copyOf(points));
		return trend;
	}

	private static TierPoint point(long runId, long executionId, LocalDate runDate, RunStatus status,
			Map<String, Long> byTier) {
		Map<Tier, Long> tiers = tiers(byTier);
		return new TierPoint(runId, executionId, runDate, status, tiers.get(Tier.CONFIRMED), tiers.get(Tier.LIKELY),
				tiers.get(Tier.POSSIBLE));
	}

	/** Every tier, zero where the report counted none (its map names only the tiers it saw). */
	private static Map<Tier, Long> tiers(Map<String, Long> byTier) {
		Map<Tier, Long> tiers = new EnumMap<>(Tier.class);
		for (Tier tier : Tier.values()) {
			tiers.put(tier, byTier.getOrDefault(tier.name(), 0L));
		}
		return Collections.unmodifiableMap(tiers);
	}

	private static void with(Map<Long, Run> runs, long runId, Consumer<Run> action) {
		Run run = runs.get(runId);
		if (run != null) {
			action.accept(run);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return null;
		}
		String stripped = message.strip();
		int newline = stripped.indexOf('\n');
		return (newline < 0) ? stripped : stripped.substring(0, newline);
	}

	private static Duration duration(Timestamp start, Timestamp end) {
		return (start != null && end != null) ? Duration.between(start.toInstant(), end.toInstant()) : null;
	}

	/**
	 * @param reports per store: status, candidates by tier and the gate, or null when no report was written
	 */
	public record RunRow(long executionId, long runId, String job, String runDate, String status, String exitCode,
			Duration duration, String reports, String reportDir) {
	}

	/**
	 * One run: a job instance.
	 *
	 * @param rematchOf the run whose listings it re-matched, or null
	 * @param executions its attempts, newest first; the first one is the run's current state
	 * @param stores the gate's verdict per store, in store order; empty before the gate ran (a run that failed
	 * earlier, or a shard, which only fetches)
	 * @param gaps what the run knew it could not see beyond its targets (missing shards, skipped catalog lines);
	 * each one is also among the failing stores' reasons
	 */
	public record Run(long runId, String job, LocalDate runDate, Long rematchOf, List<Attempt> executions,
			List<StoreRun> stores, List<String> gaps) {

		private Run frozen() {
			return new Run(this.runId, this.job, this.runDate, this.rematchOf, List.copyOf(this.executions),
					List.copyOf(this.stores), List.copyOf(this.gaps));
		}

		/** The latest attempt. */
		public Attempt latest() {
			return this.executions.get(0);
		}

		/** The run's verdict: INCOMPLETE when any store's is; null before the gate decided. */
		public RunStatus verdict() {
			return this.stores.isEmpty() ? null : RunStatus.allOf(this.stores.stream().map(StoreRun::status).toList());
		}

	}

	/**
	 * One execution of a run.
	 *
	 * @param status Spring Batch's status: STARTED while it runs, then COMPLETED, FAILED, STOPPED, ...
	 * @param exitCode COMPLETED, INCOMPLETE (the gate failed) or FAILED, ...
	 * @param exitMessage the first line of why it failed, or null
	 */
	public record Attempt(long executionId, String status, String exitCode, String exitMessage, Instant startedAt,
			Instant endedAt) {

		/** Null while it runs. */
		public Duration duration() {
			return (this.startedAt != null && this.endedAt != null) ? Duration.between(this.startedAt, this.endedAt)
					: null;
		}

	}

	/**
	 * One store's part of a run, as the gate decided it.
	 *
	 * @param health the counts and the gate's reasons, as {@code report.json}'s {@code health}
	 * @param takedownCandidates per tier, as the store's report counted them; null when no report was written
	 * @param reportDir the store's report directory, or null
	 */
	public record StoreRun(String store, RunStatus status, StoreHealth health, Map<Tier, Long> takedownCandidates,
			String reportDir) {
	}

	/** A store's report of one run: its takedown candidates per tier. */
	public record TierPoint(long runId, long executionId, LocalDate runDate, RunStatus status, long confirmed,
			long likely, long possible) {
	}

}
