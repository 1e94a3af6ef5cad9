package dev.delist.store;

import java.util.List;

/** One request's worth of targets: same store, country and key kind. */
public record LookupRequest(Store store, String country, LookupKey key, List<String> values) {

	public LookupRequest {
		values = List.copyOf(values);
	}

}
