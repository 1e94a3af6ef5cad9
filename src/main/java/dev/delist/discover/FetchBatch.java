package dev.delist.discover;

import java.util.List;

import dev.delist.store.LookupKey;
import dev.delist.store.LookupRequest;
import dev.delist.store.Store;

/**
 * The targets of one batch that are still unanswered: one store request.
 *
 * @param canary the batch asks for the store's canary, whose answer is checked but never stored as a listing
 */
public record FetchBatch(int batchNo, Store store, String country, LookupKey key, List<String> values,
		boolean canary) {

	public FetchBatch {
		values = List.copyOf(values);
	}

	public LookupRequest request() {
		return new LookupRequest(this.store, this.country, this.key, this.values);
	}

}
