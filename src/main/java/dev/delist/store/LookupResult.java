package dev.delist.store;

import java.util.List;

/** The results of one lookup request: one per value asked for, and how many HTTP requests it took. */
public record LookupResult(List<TargetResult> results, int requests) {

	public LookupResult {
		results = List.copyOf(results);
	}

}
