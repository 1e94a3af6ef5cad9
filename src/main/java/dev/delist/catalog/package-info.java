/**
 * An operator's own catalog file ({@code run --catalog}): streamed reading and validation of JSON Lines or CSV,
 * one bad line named by {@code FILE:LINE}, and PostgreSQL COPY import of the good ones as the run's listings.
 */
package dev.delist.catalog;
