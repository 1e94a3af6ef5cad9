package dev.delist.discover;

import dev.delist.store.LookupKey;
import dev.delist.store.Store;

/** One identifier to look up in one store country, and the request batch it travels in. */
public record FetchTarget(Store store, String country, LookupKey key, String value, int batchNo) {

}
