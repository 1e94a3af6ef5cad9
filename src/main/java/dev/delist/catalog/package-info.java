/**
 * An operator's own catalog file ({@code run --catalog}): streamed reading and validation of JSON Lines or CSV
 * (or one shard's share of a JSON Lines file), one bad line named by {@code FILE:LINE}, and a binary PostgreSQL
 * COPY of the good ones as the run's listings, matched on every core as they are copied.
 */
package dev.delist.catalog;
