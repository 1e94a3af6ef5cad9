package dev.delist.gate;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.delist.store.Outcome;
import dev.delist.store.Store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts the gate decides from, and the verdicts it recorded (V10 {@code run_verdict}). */
@Repository
public class HealthRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public HealthRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	Map<Outcome, Long> outcomeCounts(long instanceId, Store store) {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		// a catalog run's imported lines count as fetched targets, recorded per store rather than per line (V6)
		this.template.query("""
				SELECT outcome, count(*) AS n FROM fetch_target
				WHERE job_instance_id = ? AND store = ? AND outcome IS NOT NULL GROUP BY outcome
				UNION ALL
				SELECT 'FETCHED', imported FROM catalog_import WHERE job_instance_id = ? AND store = ?""",
				(rs) -> {
					Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
					// a listing the store says it took down is not found there; the report's resolved rows tell it
					counts.merge((outcome == Outcome.REMOVED) ? Outcome.NOT_FOUND : outcome, rs.getLong("n"), Long::sum);
				}, instanceId, store.id(), instanceId, store.id());
		return counts;
	}

	/** Targets planned but never answered: a run that stopped, or a shard that did not finish. */
	public long pendingTargets(long instanceId, Store store) {
		return this.jdbc.sql("SELECT count(*) FROM fetch_target WHERE job_instance_id = ? AND store = ? AND outcome IS NULL")
			.params(instanceId, store.id())
			.query(Long.class)
			.single();
	}

	/** Targets that could not be checked, in the order they were planned. */
	List<HealthGate.Failure> unchecked(long instanceId, Store store) {
		return this.jdbc.sql("""
				SELECT outcome, url, detail FROM fetch_target
				WHERE job_instance_id = ? AND store = ? AND outcome IN ('ERROR', 'PARSE_FAILURE', 'BLOCKED')
				ORDER BY id""")
			.params(instanceId, store.id())
			.query(HealthGate.Failure.class)
			.list();
	}

	long requests(long instanceId, Store store) {
		return this.jdbc.sql("SELECT coalesce(sum(requests), 0) FROM fetch_requests WHERE job_instance_id = ? AND store = ?")
			.params(instanceId, store.id())
			.query(Long.class)
			.single();
	}

	/**
	 * Per country of a store: its canary's target (if the run planned one) and how its other targets ended, the
	 * facts that tell a store that answered from one that only said "not found".
	 */
	List<Storefront> storefronts(long instanceId, Store store) {
		return this.jdbc.sql("""
				SELECT country,
				       max(value) FILTER (WHERE canary) AS canary,
				       max(coalesce(outcome, 'PENDING')) FILTER (WHERE canary) AS canary_outcome,
				       count(*) FILTER (WHERE NOT canary AND kind <> 'CATALOG_LINE') AS targets,
				       count(*) FILTER (WHERE NOT canary AND outcome = 'NOT_FOUND') AS not_found
				FROM fetch_target WHERE job_instance_id = ? AND store = ?
				GROUP BY country ORDER BY country""")
			.params(instanceId, store.id())
			.query(Storefront.class)
			.list();
	}

	/** @param canaryOutcome the canary's outcome, PENDING while unanswered, or null when none was planned */
	record Storefront(String country, String canary, String canaryOutcome, long targets, long notFound) {

		boolean canaryAnswered() {
			return "FETCHED".equals(this.canaryOutcome);
		}

	}

	/** Records the gate's verdicts, replacing those of an earlier attempt of the same run. */
	void saveVerdicts(long instanceId, Map<Store, StoreHealth> verdicts) {
		this.jdbc.sql("DELETE FROM run_verdict WHERE job_instance_id = ?").param(instanceId).update();
		verdicts.forEach((store, health) -> this.jdbc.sql("""
				INSERT INTO run_verdict (job_instance_id, store, status, health) VALUES (?, ?, ?, CAST(? AS jsonb))""")
			.params(instanceId, store.id(), health.status().name(), JSON.writeValueAsString(health))
			.update());
	}

	/** The verdict per store the gate step recorded for a run, in store order; empty before the gate ran. */
	public Map<Store, StoreHealth> verdicts(long instanceId) {
		Map<Store, StoreHealth> verdicts = new LinkedHashMap<>();
		this.jdbc.sql("SELECT store, health::text AS health FROM run_verdict WHERE job_instance_id = ? ORDER BY store")
			.param(instanceId)
			.query((rs, row) -> Map.entry(Store.fromId(rs.getString("store")),
					JSON.readValue(rs.getString("health"), StoreHealth.class)))
			.list()
			.forEach((entry) -> verdicts.put(entry.getKey(), entry.getValue()));
		return verdicts;
	}

}
