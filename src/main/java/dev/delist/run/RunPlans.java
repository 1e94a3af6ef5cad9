package dev.delist.run;

import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import dev.delist.list.ListRepository;
import dev.delist.list.LoadedList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pinned plans ({@code run_plan}, V10): stored by the launcher before a job starts, bound to the job instance
 * by its first step, and read by every later step, restart, rematch and aggregate.
 */
@Repository
public class RunPlans {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ListRepository lists;

	public RunPlans(JdbcClient jdbc, ListRepository lists) {
		this.jdbc = jdbc;
		this.lists = lists;
	}

	/** Stores the plan and the text of every list version it pins; the id goes into the job's parameters. */
	@Transactional
	public UUID save(RunPlanner.Planned planned) {
		this.lists.saveVersions(planned.lists());
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO run_plan (plan_id, plan) VALUES (?, CAST(? AS jsonb))")
			.params(id, JSON.writeValueAsString(planned.plan()))
			.update();
		return id;
	}

	/**
	 * Binds a stored plan to the job instance that runs it and returns it; binding again for the same instance
	 * (a restart) returns the same plan.
	 */
	@Transactional
	public RunPlan bind(UUID planId, long instanceId) {
		int bound = this.jdbc.sql("""
				UPDATE run_plan SET job_instance_id = ?
				WHERE plan_id = ? AND (job_instance_id IS NULL OR job_instance_id = ?)""")
			.params(instanceId, planId, instanceId)
			.update();
		if (bound != 1) {
			throw new IllegalStateException("plan " + planId + " is missing or belongs to another run");
		}
		return ofInstance(instanceId).orElseThrow();
	}

	public Optional<RunPlan> ofInstance(long instanceId) {
		return this.jdbc.sql("SELECT plan::text FROM run_plan WHERE job_instance_id = ?")
			.param(instanceId)
			.query(String.class)
			.optional()
			.map((json) -> JSON.readValue(json, RunPlan.class));
	}

	/** The plan of a run that has started; its steps run only once the plan step has bound it. */
	public RunPlan of(long instanceId) {
		return ofInstance(instanceId)
			.orElseThrow(() -> new IllegalStateException("run " + instanceId + " has no pinned plan"));
	}

	/** The list versions a plan pins, parsed from the text stored with it, never from {@code jobs/}. */
	public java.util.List<LoadedList> lists(RunPlan plan) {
		return plan.lists()
			.stream()
			.map((pinned) -> this.lists.version(pinned.id(), pinned.sha256())
				.orElseThrow(() -> new IllegalStateException(
						"list " + pinned.id() + " version " + pinned.sha256() + " of the plan was never stored")))
			.toList();
	}

}
