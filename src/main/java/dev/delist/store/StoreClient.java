package dev.delist.store;

/** Fetches listings from one store. Implementations never throw for store-side problems: they classify them. */
public interface StoreClient {

	Store store();

	LookupResult lookup(LookupRequest request);

}
