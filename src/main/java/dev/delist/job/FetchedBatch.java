package dev.delist.job;

import java.time.Instant;

import dev.delist.discover.FetchBatch;
import dev.delist.store.LookupResult;

/** A batch with the store's answer. */
record FetchedBatch(FetchBatch batch, LookupResult result, Instant fetchedAt) {

}
