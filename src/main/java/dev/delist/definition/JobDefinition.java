package dev.delist.definition;

import java.util.List;
import java.util.Map;

/**
 * A job as operators declare it in {@code jobs/<name>.yaml}: which lists, which stores in which countries,
 * and when a run counts as incomplete.
 *
 * @param lists the list ids to screen against; empty means every list in {@code jobs/lists}
 */
public record JobDefinition(String name, String description, List<String> lists, Map<String, StoreSettings> stores,
		GateSettings gate) {

	public JobDefinition {
		lists = (lists != null) ? List.copyOf(lists) : List.of();
		stores = (stores != null) ? Map.copyOf(stores) : Map.of();
		gate = (gate != null) ? gate : new GateSettings(null, null);
	}

	/**
	 * @param lookupBatchSize identifiers per lookup request (Apple accepts comma-joined ids)
	 * @param discovery how targets are found: identifiers, developers, search (default: all three)
	 * @param canary a long-lived listing the store must answer in every country, proof that its answers come
	 * from the store (an app id: Apple's numeric id, an Android package), or null for none
	 */
	public record StoreSettings(List<String> countries, Integer lookupBatchSize, List<String> discovery,
			String canary) {

		public StoreSettings {
			countries = (countries != null) ? List.copyOf(countries) : List.of();
			discovery = (discovery != null) ? List.copyOf(discovery) : List.of("identifiers", "developers", "search");
		}

		public int lookupBatchSizeOrDefault() {
			return (this.lookupBatchSize != null) ? this.lookupBatchSize : 100;
		}

	}

	/**
	 * @param maxErrorRate the share of targets that may end unchecked (fetch error, parse failure, blocked)
	 * before the run is INCOMPLETE; 0 means every target must be answered
	 * @param minTargets fewer targets than this means discovery went wrong, not that there is nothing to check
	 */
	public record GateSettings(Double maxErrorRate, Integer minTargets) {

		public double maxErrorRateOrDefault() {
			return (this.maxErrorRate != null) ? this.maxErrorRate : 0.0;
		}

		public int minTargetsOrDefault() {
			return (this.minTargets != null) ? this.minTargets : 1;
		}

	}

}
