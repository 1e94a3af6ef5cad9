package dev.delist.run;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.delist.definition.JobDefinition.GateSettings;
import dev.delist.discover.Discovery;
import dev.delist.discover.Shard;
import dev.delist.store.Store;

/**
 * What a run checks, computed once when it is launched and stored with it ({@code run_plan}): every later step,
 * a restart, a rematch and an aggregate read this, never {@code jobs/} again, so an edit of a job or list file
 * after the start cannot change what the run checks or what its report claims.
 *
 * @param job the job definition's name ({@code jobs/<job>.yaml})
 * @param runDate the date the lists are evaluated at
 * @param stores per store, in order: the countries, lookup batch size and discovery strategies
 * @param lists the list versions screened against, by id, version and SHA-256 of the file
 * @param gate the job's health-gate thresholds
 * @param matcherVersion the matching rules' version ({@code Matcher.VERSION}) at planning time
 * @param sharding this run's part in a sharded fetch, or null
 * @param rematchOf the run whose stored snapshots this run re-matches, or null
 * @param catalog the operator's catalog file this run screens (its stores come from the file), or null
 */
public record RunPlan(String job, LocalDate runDate, List<StorePlan> stores, List<PinnedList> lists,
		GateSettings gate, String matcherVersion, Sharding sharding, Long rematchOf, String catalog) {

	public RunPlan {
		stores = List.copyOf(stores);
		lists = List.copyOf(lists);
	}

	/** One store's part of the plan. */
	public record StorePlan(String store, List<String> countries, int lookupBatchSize, List<String> discovery,
			String canary) {

		public StorePlan {
			countries = List.copyOf(countries);
			discovery = List.copyOf(discovery);
		}

	}

	/** A list version the run uses; its text is kept in {@code list_version} under this SHA-256. */
	public record PinnedList(String id, String version, String sha256) {
	}

	/**
	 * The name of the job this plan runs under: the job definition's, and for one shard of a catalog its shard too,
	 * so every shard has its own history and diff (each screens the same part of the file run after run).
	 */
	public String runName() {
		if (this.catalog != null && this.sharding != null && !this.sharding.isAggregate()) {
			return this.job + "-shard-" + this.sharding.index() + "-of-" + this.sharding.count();
		}
		return this.job;
	}

	/** Which of the job shapes runs this plan. */
	public JobShape shape() {
		if (this.catalog != null) {
			return (this.rematchOf != null) ? JobShape.CATALOG_REMATCH : JobShape.CATALOG;
		}
		if (this.sharding != null) {
			return this.sharding.isAggregate() ? JobShape.AGGREGATE : JobShape.SHARD;
		}
		return (this.rematchOf != null) ? JobShape.REMATCH : JobShape.NIGHTLY;
	}

	public Map<Store, List<String>> countries() {
		return byStore(StorePlan::countries);
	}

	/** The stores' canaries; a store without one is absent. */
	public Map<Store, String> canaries() {
		Map<Store, String> canaries = new LinkedHashMap<>();
		this.stores.stream()
			.filter((store) -> store.canary() != null)
			.forEach((store) -> canaries.put(Store.fromId(store.store()), store.canary()));
		return canaries;
	}

	public Map<Store, Integer> batchSizes() {
		return byStore(StorePlan::lookupBatchSize);
	}

	public Map<Store, Set<Discovery>> discovery() {
		return byStore((store) -> store.discovery()
			.stream()
			.map(Discovery::fromId)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Discovery.class))));
	}

	/** The shard this run fetches; the whole of the targets when it is not sharded. */
	public Shard shard() {
		return (this.sharding != null && !this.sharding.isAggregate()) ? this.sharding.shard() : new Shard(0, 1);
	}

	/** This plan for another run: the same stores, lists and gate under another sharding, date or source. */
	RunPlan with(LocalDate runDate, List<PinnedList> lists, Sharding sharding, Long rematchOf) {
		return new RunPlan(this.job, runDate, this.stores, lists, this.gate, this.matcherVersion, sharding, rematchOf,
				this.catalog);
	}

	private <T> Map<Store, T> byStore(java.util.function.Function<StorePlan, T> value) {
		Map<Store, T> map = new LinkedHashMap<>();
		this.stores.forEach((store) -> map.put(Store.fromId(store.store()), value.apply(store)));
		return map;
	}

}
