package dev.delist.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;

import dev.delist.gate.HealthGate;
import dev.delist.store.Outcome;
import dev.delist.store.Store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a report needs from the database besides the candidates themselves. */
@Repository
public class ReportRepository {

	private static final TypeReference<TreeMap<String, Long>> COUNTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public ReportRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public Map<Outcome, Long> outcomeCounts(long instanceId, Store store) {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		// a catalog run's imported lines count as fetched targets, recorded per store rather than per line (V6)
		this.template.query("""
				SELECT outcome, count(*) AS n FROM fetch_target
				WHERE job_instance_id = ? AND store = ? AND outcome IS NOT NULL GROUP BY outcome
				UNION ALL
				SELECT 'FETCHED', imported FROM catalog_import WHERE job_instance_id = ? AND store = ?""",
				(rs) -> {
					counts.merge(Outcome.valueOf(rs.getString("outcome")), rs.getLong("n"), Long::sum);
				}, instanceId, store.id(), instanceId, store.id());
		return counts;
	}

	public long pendingTargets(long instanceId, Store store) {
		return this.jdbc.sql("SELECT count(*) FROM fetch_target WHERE job_instance_id = ? AND store = ? AND outcome IS NULL")
			.params(instanceId, store.id())
			.query(Long.class)
			.single();
	}

	/** Targets that could not be checked, in the order they were planned. */
	public List<HealthGate.Failure> unchecked(long instanceId, Store store) {
		return this.jdbc.sql("""
				SELECT outcome, url, detail FROM fetch_target
				WHERE job_instance_id = ? AND store = ? AND outcome IN ('ERROR', 'PARSE_FAILURE', 'BLOCKED')
				ORDER BY id""")
			.params(instanceId, store.id())
			.query(HealthGate.Failure.class)
			.list();
	}

	public long requests(long instanceId, Store store) {
		return this.jdbc.sql("SELECT coalesce(sum(requests), 0) FROM fetch_requests WHERE job_instance_id = ? AND store = ?")
			.params(instanceId, store.id())
			.query(Long.class)
			.single();
	}

	public List<StoreReport.ListInfo> runLists(long instanceId) {
		return this.jdbc.sql("""
				SELECT r.list_id, r.version, r.sha256, v.authority, v.citation, r.status, r.effective_from,
				       r.effective_until, r.in_force, r.jurisdiction, r.entries_complete
				FROM run_list r JOIN list_version v ON v.list_id = r.list_id AND v.sha256 = r.sha256
				WHERE r.job_instance_id = ? ORDER BY r.list_id""")
			.param(instanceId)
			.query((rs, row) -> new StoreReport.ListInfo(rs.getString("list_id"), rs.getString("version"),
					rs.getString("sha256"), rs.getString("authority"), rs.getString("citation"), rs.getString("status"),
					dateText(rs.getDate("effective_from")), dateText(rs.getDate("effective_until")),
					rs.getBoolean("in_force"), (rs.getArray("jurisdiction") != null)
							? List.of((String[]) rs.getArray("jurisdiction").getArray()) : List.of(),
					rs.getBoolean("entries_complete")))
			.list();
	}

	/** The latest earlier run of the same job whose report for this store was COMPLETE. */
	public Optional<PreviousRun> previousCompleteRun(String jobName, Store store, long instanceId) {
		return this.jdbc.sql("""
				SELECT job_instance_id, job_execution_id FROM store_report
				WHERE job_name = ? AND store = ? AND status = 'COMPLETE' AND job_instance_id < ?
				ORDER BY job_instance_id DESC LIMIT 1""")
			.params(jobName, store.id(), instanceId)
			.query(PreviousRun.class)
			.optional();
	}

	/**
	 * Takedown candidates per tier in the job's earlier reports for this store, oldest first: the chart's data,
	 * read from the counts each report recorded rather than from the candidates.
	 */
	List<ReportHead.TierPoint> tierHistory(String jobName, Store store, long instanceId, int runs) {
		List<ReportHead.TierPoint> history = new ArrayList<>(this.jdbc.sql("""
				SELECT job_execution_id, run_date, status, candidates::text AS by_tier FROM store_report
				WHERE job_name = ? AND store = ? AND job_instance_id < ?
				ORDER BY job_instance_id DESC LIMIT ?""")
			.params(jobName, store.id(), instanceId, runs)
			.query((rs, row) -> new ReportHead.TierPoint(rs.getLong("job_execution_id"), dateText(rs.getDate("run_date")),
					rs.getString("status"), ReportFiles.JSON.readValue(rs.getString("by_tier"), COUNTS)))
			.list());
		Collections.reverse(history);
		return history;
	}

	public void saveStoreReport(long instanceId, long executionId, String jobName, LocalDate runDate, Store store,
			String status, String healthJson, String candidatesJson, String reportDir) {
		this.jdbc.sql("""
				INSERT INTO store_report (job_instance_id, job_execution_id, job_name, run_date, store, status, health,
				                          candidates, report_dir)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)
				ON CONFLICT (job_instance_id, store) DO UPDATE SET job_execution_id = excluded.job_execution_id,
				  status = excluded.status, health = excluded.health, candidates = excluded.candidates,
				  report_dir = excluded.report_dir, written_at = now()""")
			.params(instanceId, executionId, jobName, Date.valueOf(runDate), store.id(), status, healthJson,
					candidatesJson, reportDir)
			.update();
	}

	/** Whether the run has reports and every one of them is COMPLETE. */
	public boolean allComplete(long instanceId) {
		return this.jdbc.sql("""
				SELECT count(*) > 0 AND bool_and(status = 'COMPLETE') FROM store_report WHERE job_instance_id = ?""")
			.param(instanceId)
			.query(Boolean.class)
			.single();
	}

	/** The reports written for a run, one per store, with the health they recorded. */
	public List<WrittenReport> writtenReports(long instanceId) {
		return this.jdbc.sql("""
				SELECT store, status, report_dir, health::text AS health FROM store_report
				WHERE job_instance_id = ? ORDER BY store""")
			.param(instanceId)
			.query((rs, row) -> new WrittenReport(rs.getString("store"), rs.getString("status"),
					rs.getString("report_dir"),
					ReportFiles.JSON.readValue(rs.getString("health"), StoreReport.Health.class)))
			.list();
	}

	private static String dateText(Date date) {
		return (date != null) ? date.toLocalDate().toString() : null;
	}

	public record WrittenReport(String store, String status, String reportDir, StoreReport.Health health) {
	}

	public record PreviousRun(long jobInstanceId, long jobExecutionId) {
	}

}
