package dev.delist.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recent runs as operators ask about them: Spring Batch's executions joined with delist's reports. */
@Repository
public class RunHistory {

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

	private static Duration duration(Timestamp start, Timestamp end) {
		return (start != null && end != null) ? Duration.between(start.toInstant(), end.toInstant()) : null;
	}

	/**
	 * @param reports per store: status, candidates by tier and the gate, or null when no report was written
	 */
	public record RunRow(long executionId, long runId, String job, String runDate, String status, String exitCode,
			Duration duration, String reports, String reportDir) {
	}

}
