package dev.delist.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shard runs of a group, read from Spring Batch's job repository where their parameters live. */
@Repository
public class ShardRuns {

	private final JdbcClient jdbc;

	public ShardRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest execution of each shard index that ran; indexes that never ran are absent. */
	public Map<Integer, ShardRun> latest(String jobName, String group, int count) {
		List<ShardRun> runs = new ArrayList<>(this.jdbc.sql("""
				SELECT s.parameter_value::int AS shard, e.job_instance_id, e.job_execution_id, e.status
				FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				JOIN batch_job_execution_params g ON g.job_execution_id = e.job_execution_id
				  AND g.parameter_name = 'shardGroup' AND g.parameter_value = :group
				JOIN batch_job_execution_params n ON n.job_execution_id = e.job_execution_id
				  AND n.parameter_name = 'shards' AND n.parameter_value = :count
				JOIN batch_job_execution_params s ON s.job_execution_id = e.job_execution_id
				  AND s.parameter_name = 'shard'
				WHERE i.job_name = :job ORDER BY e.job_execution_id""")
			.param("group", group)
			.param("count", String.valueOf(count))
			.param("job", jobName)
			.query((rs, row) -> new ShardRun(rs.getInt("shard"), rs.getLong("job_instance_id"),
					rs.getLong("job_execution_id"), rs.getString("status")))
			.list());
		Map<Integer, ShardRun> latest = new TreeMap<>();
		runs.forEach((run) -> latest.put(run.shard(), run));
		return latest;
	}

	boolean allCompleted(String jobName, String group, int count) {
		Map<Integer, ShardRun> latest = latest(jobName, group, count);
		return latest.size() == count && latest.values().stream().allMatch(ShardRun::completed);
	}

	public record ShardRun(int shard, long instanceId, long executionId, String status) {

		public boolean completed() {
			return "COMPLETED".equals(this.status);
		}

	}

}
