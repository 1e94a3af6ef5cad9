package dev.delist.discover;

import dev.delist.store.LookupKey;
import dev.delist.store.Store;

/**
 * One identifier to look up in one store country, and the request batch it travels in.
 *
 * @param canary a listing the store must answer, proof its answers are real; never matched or reported
 */
public record FetchTarget(Store store, String country, LookupKey key, String value, int batchNo, boolean canary) {

	public FetchTarget(Store store, String country, LookupKey key, String value, int batchNo) {
		this(store, country, key, value, batchNo, false);
	}

}
