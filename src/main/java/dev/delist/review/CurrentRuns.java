package dev.delist.review;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The run reviewers work on per store: the latest one whose report for that store was COMPLETE (an INCOMPLETE
 * run may miss listings it could not check, so its list is not the one to act on), with the previous complete
 * run of the same job the report's diff compared it with.
 */
@Repository
class CurrentRuns {

	/** The (job_instance_id, store) pairs of the current runs, for {@code (c.job_instance_id, c.store) IN (...)}. */
	static final String PAIRS = """
			SELECT DISTINCT ON (store) job_instance_id, store FROM store_report WHERE status = 'COMPLETE'
			ORDER BY store, job_instance_id DESC""";

	private final JdbcClient jdbc;

	CurrentRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One per store that has a complete report, in store order. */
	List<CurrentRun> all() {
		return this.jdbc.sql("""
				SELECT l.store, l.job_instance_id, l.job_execution_id, l.job_name, l.run_date,
				  coalesce((SELECT max(p.job_instance_id) FROM store_report p
				            WHERE p.job_name = l.job_name AND p.store = l.store AND p.status = 'COMPLETE'
				              AND p.job_instance_id < l.job_instance_id), -1) AS previous_instance_id
				FROM (SELECT DISTINCT ON (store) * FROM store_report WHERE status = 'COMPLETE'
				      ORDER BY store, job_instance_id DESC) l
				ORDER BY l.store""")
			.query((rs, row) -> new CurrentRun(rs.getString("store"), rs.getLong("job_instance_id"),
					rs.getLong("job_execution_id"), rs.getString("job_name"), rs.getDate("run_date").toLocalDate(),
					rs.getLong("previous_instance_id")))
			.list();
	}

	/**
	 * @param previousInstanceId the previous complete run of the same job and store, or -1: everything is then
	 * NEW or RESURFACED
	 */
	record CurrentRun(String store, long instanceId, long executionId, String jobName, LocalDate runDate,
			long previousInstanceId) {
	}

}
