package dev.delist.store;

/** Fetches listings from one store. Implementations never throw for store-side problems: they classify them. */
public interface StoreClient {

	Store store();

	/** Whether one request can answer several app identifiers (Apple's lookup takes comma-joined ids). */
	default boolean batchesLookups() {
		return false;
	}

	LookupResult lookup(LookupRequest request);

}
