package dev.delist.discover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.delist.list.Developer;
import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.list.ListEntry;
import dev.delist.list.LoadedList;
import dev.delist.store.LookupKey;
import dev.delist.store.Store;

/**
 * Turns lists into fetch targets for one store: app identifiers, developer catalogs and searches for names
 * and aliases, in every country asked for, grouped into request batches. Deterministic, so a repeated
 * discovery plans the same batches.
 */
public final class TargetPlanner {

	private final List<FetchTarget> targets = new ArrayList<>();

	private int batchNo;

	/**
	 * @param countries the countries to check in each store
	 * @param batchSizes identifiers per request in each store (1 where the store cannot batch)
	 * @param discovery how each store's targets are found
	 * @param learnedDeveloperIds developer ids of earlier confirmed matches, followed like listed ones; for a store
	 * without developer catalogs ({@link Store#developerCatalogs()}), the packages other stores attribute to them
	 * (see {@link TargetRepository#learnedDeveloperIds}), looked up one by one
	 */
	public static List<FetchTarget> plan(List<LoadedList> lists, Map<Store, List<String>> countries,
			Map<Store, Integer> batchSizes, Map<Store, Set<Discovery>> discovery,
			Map<Store, Set<String>> learnedDeveloperIds) {
		return plan(lists, countries, batchSizes, discovery, learnedDeveloperIds, Map.of(), new Shard(0, 1));
	}

	/**
	 * @param canaries per store, a listing it must answer in every country, asked in a request of its own
	 * @param shard only the targets of this shard are planned, batched among themselves
	 */
	public static List<FetchTarget> plan(List<LoadedList> lists, Map<Store, List<String>> countries,
			Map<Store, Integer> batchSizes, Map<Store, Set<Discovery>> discovery,
			Map<Store, Set<String>> learnedDeveloperIds, Map<Store, String> canaries, Shard shard) {
		TargetPlanner planner = new TargetPlanner();
		countries.forEach((store, storeCountries) -> {
			Map<LookupKey, Map<String, String>> values = new LinkedHashMap<>();
			Set<Discovery> ways = discovery.getOrDefault(store, Set.of(Discovery.IDENTIFIERS));
			for (LoadedList list : lists) {
				for (ListEntry entry : list.list().entries()) {
					collect(store, entry, ways, values);
				}
			}
			if (ways.contains(Discovery.DEVELOPERS)) {
				// a store without developer catalogs is handed the learned developers' packages instead
				LookupKey learned = store.developerCatalogs() ? LookupKey.DEVELOPER_ID : LookupKey.APP_ID;
				learnedDeveloperIds.getOrDefault(store, Set.of()).forEach((value) -> add(values, learned, value));
			}
			for (String country : storeCountries) {
				values.forEach((key, byLowerCase) -> planner.addBatches(store, country, key,
						byLowerCase.values().stream().filter((value) -> shard.owns(store, country, value)).toList(),
						key.identifiesOneApp() ? batchSizes.getOrDefault(store, 1) : 1));
				String canary = canaries.get(store);
				if (canary != null && shard.owns(store, country, canary)) {
					planner.addCanary(store, country, canary);
				}
			}
		});
		return List.copyOf(planner.targets);
	}

	private static void collect(Store store, ListEntry entry, Set<Discovery> ways,
			Map<LookupKey, Map<String, String>> values) {
		if (ways.contains(Discovery.IDENTIFIERS)) {
			for (Identifier identifier : entry.identifiers()) {
				LookupKey key = appKey(identifier.type(), store);
				if (key != null) {
					add(values, key, identifier.value());
				}
			}
		}
		if (ways.contains(Discovery.DEVELOPERS)) {
			for (Developer developer : entry.developers()) {
				developer.identifiers()
					.stream()
					.filter((identifier) -> identifier.type().isDeveloperLevel() && identifier.type().appliesTo(store))
					.forEach((identifier) -> add(values, LookupKey.DEVELOPER_ID, identifier.value()));
			}
		}
		if (ways.contains(Discovery.SEARCH)) {
			add(values, LookupKey.SEARCH_TERM, entry.name());
			entry.aliases().forEach((alias) -> add(values, LookupKey.SEARCH_TERM, alias));
		}
	}

	private static void add(Map<LookupKey, Map<String, String>> values, LookupKey key, String value) {
		values.computeIfAbsent(key, (k) -> new LinkedHashMap<>()).putIfAbsent(value.toLowerCase(Locale.ROOT), value);
	}

	private void addBatches(Store store, String country, LookupKey key, List<String> values, int batchSize) {
		for (int i = 0; i < values.size(); i++) {
			if (i % batchSize == 0) {
				this.batchNo++;
			}
			this.targets.add(new FetchTarget(store, country, key, values.get(i), this.batchNo));
		}
	}

	private void addCanary(Store store, String country, String canary) {
		this.targets.add(new FetchTarget(store, country, LookupKey.APP_ID, canary, ++this.batchNo, true));
	}

	private static LookupKey appKey(IdentifierType type, Store store) {
		if (!type.appliesTo(store)) {
			return null;
		}
		return switch (type) {
			case PACKAGE, APP_STORE_ID -> LookupKey.APP_ID;
			case BUNDLE_ID -> LookupKey.BUNDLE_ID;
			case DEVELOPER_ID, ARTIST_ID, STORE_URL -> null; // a store page is matched by URL, never looked up
		};
	}

}
