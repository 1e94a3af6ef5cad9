package dev.delist.gate;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gaps a run knows it has beyond its targets' outcomes (missing shards); each one fails the health gate. */
@Repository
public class RunGaps {

	private final JdbcClient jdbc;

	public RunGaps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(long instanceId, List<String> reasons) {
		this.jdbc.sql("DELETE FROM run_gap WHERE job_instance_id = ?").param(instanceId).update();
		for (String reason : reasons) {
			this.jdbc.sql("INSERT INTO run_gap (job_instance_id, reason) VALUES (?, ?)").params(instanceId, reason).update();
		}
	}

	public List<String> of(long instanceId) {
		return this.jdbc.sql("SELECT reason FROM run_gap WHERE job_instance_id = ? ORDER BY reason")
			.param(instanceId)
			.query(String.class)
			.list();
	}

}
