package dev.delist.match;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.delist.list.ListFiles;
import dev.delist.list.LoadedList;
import dev.delist.store.Listing;
import dev.delist.store.Store;

/** Test helpers: listings from a few fields, and a matcher over the shipped lists. */
final class Listings {

	static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 29);

	private Listings() {
	}

	static List<LoadedList> shippedLists() {
		return ListFiles.loadDirectory(Path.of("jobs/lists"));
	}

	static Matcher shippedMatcher() {
		return new Matcher(List.of(ListFiles.loadFile(Path.of("jobs/lists/eo-13971.yaml"))), RUN_DATE);
	}

	static Listing of(String store, String appId, String bundleId, String title, String developer,
			String developerId) {
		Store s = Store.fromId(store);
		String bundle = (s == Store.GOOGLE_PLAY && bundleId == null) ? appId : bundleId;
		return new Listing(s, "us", appId, bundle, title, developer, developerId, null, "https://example.org/" + appId,
				null, null, null, null, null, null, List.of());
	}

}
