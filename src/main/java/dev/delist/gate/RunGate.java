package dev.delist.gate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
		List<String> known = new ArrayList<>(this.gaps.of(instanceId));
		known.addAll(storefrontProblems(store, this.health.storefronts(instanceId, store)));
		HealthGate.Verdict verdict = HealthGate.evaluate(store, counts, pending,
				this.health.unchecked(instanceId, store), settings, known);
		long targets = pending + counts.values().stream().mapToLong(Long::longValue).sum();
		return new StoreHealth(targets, counts.getOrDefault(Outcome.FETCHED, 0L),
				counts.getOrDefault(Outcome.NOT_FOUND, 0L), counts.getOrDefault(Outcome.ERROR, 0L),
				counts.getOrDefault(Outcome.PARSE_FAILURE, 0L), counts.getOrDefault(Outcome.BLOCKED, 0L),
				this.health.requests(instanceId, store), verdict.status().gate(), verdict.reasons());
	}

	/**
	 * A store proves its answers are real by answering its canary; where it did not, a storefront whose every
	 * target came back "not found" cannot be told from a store that answers nothing (a blocked client, a wrong
	 * base URL, a proxy's error page), so it is not reported as clean.
	 */
	static List<String> storefrontProblems(Store store, List<HealthRepository.Storefront> storefronts) {
		List<String> problems = new ArrayList<>();
		for (HealthRepository.Storefront storefront : storefronts) {
			String where = store + " " + storefront.country();
			if (storefront.canary() != null && !storefront.canaryAnswered() && !"PENDING".equals(storefront.canaryOutcome())) {
				problems.add(where + ": the canary " + storefront.canary() + " was "
						+ ("NOT_FOUND".equals(storefront.canaryOutcome()) ? "not found"
								: "not answered (" + storefront.canaryOutcome() + ")")
						+ ", so the store's answers there cannot be trusted (a wrong base URL or a blocked client "
						+ "answers like this)");
			}
			if (!storefront.canaryAnswered() && storefront.targets() > 0
					&& storefront.notFound() == storefront.targets()) {
				problems.add(where + ": every one of the " + storefront.targets() + " targets came back empty"
						+ ((storefront.canary() == null) ? " and the job names no canary (stores." + store.id()
								+ ".canary) to prove the store answers" : ""));
			}
		}
		return problems;
	}

	/** The gate's verdict per store; the run is complete only when every store is. */
	public record RunVerdict(Map<Store, StoreHealth> stores) {

		public RunStatus status() {
			return stores.isEmpty() ? RunStatus.INCOMPLETE
					: RunStatus.allOf(this.stores.values().stream().map(StoreHealth::status).toList());
		}

	}

}
