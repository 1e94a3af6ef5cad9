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
				       (SELECT string_agg(r.store || ' ' || r.status || ' ' || r.candidates::text
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
