package dev.delist.discover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.list.ListEntry;
import dev.delist.list.LoadedList;
import dev.delist.store.LookupKey;
import dev.delist.store.Store;

/**
 * Turns lists into fetch targets: every known app identifier of every entry, in every country the job names
 * for its store, grouped into request batches of the store's lookup size. Deterministic, so a repeated
 * discovery plans the same batches.
 */
public final class TargetPlanner {

	private TargetPlanner() {
	}

	/**
	 * @param countriesByStore the countries to check in each store of the run
	 * @param batchSizeByStore identifiers per request in each store
	 */
	public static List<FetchTarget> plan(List<LoadedList> lists, Map<Store, List<String>> countriesByStore,
			Map<Store, Integer> batchSizeByStore) {
		List<FetchTarget> targets = new ArrayList<>();
		int batchNo = 0;
		for (Map.Entry<Store, List<String>> store : countriesByStore.entrySet()) {
			Map<LookupKey, Set<String>> values = identifiers(lists, store.getKey());
			int batchSize = batchSizeByStore.getOrDefault(store.getKey(), 1);
			for (String country : store.getValue()) {
				for (Map.Entry<LookupKey, Set<String>> key : values.entrySet()) {
					int inBatch = 0;
					for (String value : key.getValue()) {
						if (inBatch == 0) {
							batchNo++;
						}
						targets.add(new FetchTarget(store.getKey(), country, key.getKey(), value, batchNo));
						inBatch = (inBatch + 1) % batchSize;
					}
				}
			}
		}
		return targets;
	}

	/** Each store's identifiers by lookup key, deduplicated case-insensitively, in list order. */
	private static Map<LookupKey, Set<String>> identifiers(List<LoadedList> lists, Store store) {
		Map<LookupKey, Map<String, String>> byKey = new LinkedHashMap<>();
		for (LoadedList list : lists) {
			for (ListEntry entry : list.list().entries()) {
				for (Identifier identifier : entry.identifiers()) {
					LookupKey key = lookupKey(identifier.type(), store);
					if (key != null) {
						byKey.computeIfAbsent(key, (k) -> new LinkedHashMap<>())
							.putIfAbsent(identifier.value().toLowerCase(Locale.ROOT), identifier.value());
					}
				}
			}
		}
		Map<LookupKey, Set<String>> result = new LinkedHashMap<>();
		byKey.forEach((key, values) -> result.put(key, new LinkedHashSet<>(values.values())));
		return result;
	}

	private static LookupKey lookupKey(IdentifierType type, Store store) {
		if (type.store() != store) {
			return null;
		}
		return switch (type) {
			case PACKAGE, APP_STORE_ID -> LookupKey.APP_ID;
			case BUNDLE_ID -> LookupKey.BUNDLE_ID;
			case DEVELOPER_ID, ARTIST_ID -> null;
		};
	}

}
