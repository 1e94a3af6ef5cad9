package dev.delist.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;
import dev.delist.store.Store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a report needs from the database besides the candidates themselves. */
@Repository
public class ReportRepository {

	private static final TypeReference<TreeMap<String, Long>> COUNTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	public ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
					RunStatus.valueOf(rs.getString("status")), ReportFiles.JSON.readValue(rs.getString("by_tier"), COUNTS)))
			.list());
		Collections.reverse(history);
		return history;
	}

	public void saveStoreReport(long instanceId, long executionId, String jobName, LocalDate runDate, Store store,
			RunStatus status, String healthJson, String candidatesJson, String reportDir) {
		this.jdbc.sql("""
				INSERT INTO store_report (job_instance_id, job_execution_id, job_name, run_date, store, status, health,
				                          candidates, report_dir)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)
				ON CONFLICT (job_instance_id, store) DO UPDATE SET job_execution_id = excluded.job_execution_id,
				  status = excluded.status, health = excluded.health, candidates = excluded.candidates,
				  report_dir = excluded.report_dir, written_at = now()""")
			.params(instanceId, executionId, jobName, Date.valueOf(runDate), store.id(), status.name(), healthJson,
					candidatesJson, reportDir)
			.update();
	}

	/** The reports written for a run, one per store, with the health they recorded. */
	public List<WrittenReport> writtenReports(long instanceId) {
		return this.jdbc.sql("""
				SELECT store, status, report_dir, health::text AS health FROM store_report
				WHERE job_instance_id = ? ORDER BY store""")
			.param(instanceId)
			.query((rs, row) -> new WrittenReport(rs.getString("store"), RunStatus.valueOf(rs.getString("status")),
					rs.getString("report_dir"),
					ReportFiles.JSON.readValue(rs.getString("health"), StoreHealth.class)))
			.list();
	}

	private static String dateText(Date date) {
		return (date != null) ? date.toLocalDate().toString() : null;
	}

	public record WrittenReport(String store, RunStatus status, String reportDir, StoreHealth health) {
	}

	public record PreviousRun(long jobInstanceId, long jobExecutionId) {
	}

}
