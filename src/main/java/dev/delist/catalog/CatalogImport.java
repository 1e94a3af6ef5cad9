package dev.delist.catalog;

import java.util.List;
import java.util.Map;

import dev.delist.store.Store;

/**
 * What an import took from a catalog file.
 *
 * @param imported listings stored, per store
 * @param badLines the lines skipped, each as {@code FILE:LINE: field: problem}
 * @param matches the matches found among the listings, stored as the run's candidates
 */
public record CatalogImport(String file, long lines, Map<Store, Long> imported, List<String> badLines,
		long matches) {

	public CatalogImport {
		imported = Map.copyOf(imported);
		badLines = List.copyOf(badLines);
	}

	public long importedTotal() {
		return this.imported.values().stream().mapToLong(Long::longValue).sum();
	}

}
