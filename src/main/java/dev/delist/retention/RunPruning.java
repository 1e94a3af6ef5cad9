package dev.delist.retention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which runs may be pruned, and pruning one. A run qualifies when it wrote reports, its last execution COMPLETED
 * (a run that may still be restarted keeps everything), and its job has at least {@code keep} newer runs that
 * wrote reports; the newest runs stay whole because the next run's discovery reads the previous run's listings.
 * A fetching run's shards write no reports; their aggregate holds a copy of their listings, so they go
 * entirely once that aggregate is pruned ({@link #prunableShards}).
 */
@Service
public class RunPruning {

	private static final Logger log = LoggerFactory.getLogger(RunPruning.class);

	private static final String PRUNABLE = """
			WITH reported AS (
			  SELECT r.job_instance_id, min(r.job_name) AS job_name, min(r.run_date) AS run_date,
			    row_number() OVER (PARTITION BY min(r.job_name) ORDER BY r.job_instance_id DESC) AS newest
			  FROM store_report r GROUP BY r.job_instance_id)
			SELECT r.job_instance_id, r.job_name, r.run_date,
			  (SELECT count(*) FROM listing_snapshot s WHERE s.job_instance_id = r.job_instance_id) AS listings,
			  (SELECT count(*) FROM listing_snapshot s WHERE s.job_instance_id = r.job_instance_id
			     AND EXISTS (SELECT 1 FROM candidate c WHERE c.job_instance_id = s.job_instance_id
			                   AND c.store = s.store AND c.country = s.country AND c.app_id = s.app_id)) AS kept
			FROM reported r
			WHERE r.newest > :keep
			  AND NOT EXISTS (SELECT 1 FROM pruned_run p WHERE p.job_instance_id = r.job_instance_id)
			  AND (SELECT e.status FROM batch_job_execution e WHERE e.job_instance_id = r.job_instance_id
			       ORDER BY e.job_execution_id DESC LIMIT 1) = 'COMPLETED'
			ORDER BY r.job_instance_id""";

	/**
	 * The fetching shards whose group's aggregate is pruned (or about to be): it holds a copy of their listings,
	 * so they lose all of theirs, and a later aggregate of the group refuses them.
	 */
	private static final String PRUNABLE_SHARDS = """
			WITH runs AS (
			  SELECT e.job_instance_id,
			    max(p.parameter_value) FILTER (WHERE p.parameter_name = 'shardGroup') AS grp,
			    max(p.parameter_value) FILTER (WHERE p.parameter_name = 'runDate') AS run_date,
			    bool_or(p.parameter_name = 'shard') AS shard,
			    bool_or(p.parameter_name = 'catalog') AS catalog
			  FROM batch_job_execution e JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
			  GROUP BY e.job_instance_id)
			SELECT s.job_instance_id, i.job_name, s.run_date,
			  (SELECT count(*) FROM listing_snapshot l WHERE l.job_instance_id = s.job_instance_id) AS listings
			FROM runs s JOIN batch_job_instance i ON i.job_instance_id = s.job_instance_id
			WHERE s.shard AND NOT s.catalog AND s.grp IS NOT NULL
			  AND NOT EXISTS (SELECT 1 FROM pruned_run p WHERE p.job_instance_id = s.job_instance_id)
			  AND EXISTS (SELECT 1 FROM runs a JOIN batch_job_instance ai ON ai.job_instance_id = a.job_instance_id
			              WHERE a.grp = s.grp AND NOT a.shard AND NOT a.catalog AND ai.job_name = i.job_name
			                AND (a.job_instance_id = ANY (:aggregates)
			                     OR EXISTS (SELECT 1 FROM pruned_run p WHERE p.job_instance_id = a.job_instance_id)))
			ORDER BY s.job_instance_id""";

	private final JdbcClient jdbc;

	RunPruning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param keep how many of each job's newest runs stay whole; at least 1 */
	public List<PrunableRun> prunable(int keep) {
		if (keep < 1) {
			throw new IllegalArgumentException("keep " + keep + ": at least 1");
		}
		return this.jdbc.sql(PRUNABLE)
			.param("keep", keep)
			.query((rs, n) -> new PrunableRun(rs.getLong("job_instance_id"), rs.getString("job_name"),
					rs.getDate("run_date").toLocalDate(), rs.getLong("listings"), rs.getLong("kept")))
			.list();
	}

	/**
	 * The fetching shards to prune along with these runs: a shard whose group's aggregate is among them, or was
	 * pruned before.
	 */
	public List<PrunableRun> prunableShards(List<PrunableRun> runs) {
		Long[] aggregates = runs.stream().map(PrunableRun::instanceId).toArray(Long[]::new);
		return this.jdbc.sql(PRUNABLE_SHARDS)
			.param("aggregates", aggregates)
			.query((rs, n) -> new PrunableRun(rs.getLong("job_instance_id"), rs.getString("job_name"),
					java.time.LocalDate.parse(rs.getString("run_date")), rs.getLong("listings"), 0))
			.list();
	}

	/**
	 * Removes the run's listings no candidate of it was matched on and records the run as pruned, in one
	 * transaction: both happen or neither.
	 *
	 * @return the listings removed
	 */
	@Transactional
	public long prune(PrunableRun run) {
		long removed = this.jdbc.sql("""
				DELETE FROM listing_snapshot s WHERE s.job_instance_id = :run
				  AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.job_instance_id = s.job_instance_id
				                    AND c.store = s.store AND c.country = s.country AND c.app_id = s.app_id)""")
			.param("run", run.instanceId())
			.update();
		long kept = this.jdbc.sql("SELECT count(*) FROM listing_snapshot WHERE job_instance_id = ?")
			.param(run.instanceId())
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO pruned_run (job_instance_id, job_name, removed, kept) VALUES (?, ?, ?, ?)")
			.params(run.instanceId(), run.jobName(), removed, kept)
			.update();
		log.info("Pruned run {} ({}, {}): {} listings removed, {} kept", run.instanceId(), run.jobName(), run.runDate(),
				removed, kept);
		return removed;
	}

	/** When the run was pruned, if it was. */
	public Optional<Instant> prunedAt(long instanceId) {
		return this.jdbc.sql("SELECT pruned_at FROM pruned_run WHERE job_instance_id = ?")
			.param(instanceId)
			.query((rs, n) -> rs.getTimestamp("pruned_at").toInstant())
			.optional();
	}

}
