package dev.delist.gate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.delist.definition.JobDefinition.GateSettings;
import dev.delist.store.Outcome;
import dev.delist.store.Store;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides a run's verdict once, from the counts its targets ended with, and records it per store, so that the
 * reports, the summary, {@code status} and the exit code all read the same answer.
 */
@Service
public class RunGate {

	private final HealthRepository health;

	private final RunGaps gaps;

	public RunGate(HealthRepository health, RunGaps gaps) {
		this.health = health;
		this.gaps = gaps;
	}

	/** @param stores the stores the run planned (or, for a catalog, found in its file) */
	@Transactional
	public RunVerdict decide(long instanceId, Collection<Store> stores, GateSettings settings) {
		Map<Store, StoreHealth> verdicts = new LinkedHashMap<>();
		for (Store store : stores) {
			verdicts.put(store, evaluate(instanceId, store, settings));
		}
		this.health.saveVerdicts(instanceId, verdicts);
		return new RunVerdict(verdicts);
	}

	private StoreHealth evaluate(long instanceId, Store store, GateSettings settings) {
		Map<Outcome, Long> counts = this.health.outcomeCounts(instanceId, store);
		long pending = this.health.pendingTargets(instanceId, store);
		HealthGate.Verdict verdict = HealthGate.evaluate(store, counts, pending,
				this.health.unchecked(instanceId, store), settings, this.gaps.of(instanceId));
		long targets = pending + counts.values().stream().mapToLong(Long::longValue).sum();
		return new StoreHealth(targets, counts.getOrDefault(Outcome.FETCHED, 0L),
				counts.getOrDefault(Outcome.NOT_FOUND, 0L), counts.getOrDefault(Outcome.ERROR, 0L),
				counts.getOrDefault(Outcome.PARSE_FAILURE, 0L), counts.getOrDefault(Outcome.BLOCKED, 0L),
				this.health.requests(instanceId, store), verdict.status().gate(), verdict.reasons());
	}

	/** The gate's verdict per store; the run is complete only when every store is. */
	public record RunVerdict(Map<Store, StoreHealth> stores) {

		public RunStatus status() {
			return stores.isEmpty() ? RunStatus.INCOMPLETE
					: RunStatus.allOf(this.stores.values().stream().map(StoreHealth::status).toList());
		}

	}

}
