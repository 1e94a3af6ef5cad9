/**
 * Turning lists into fetch targets: identifiers, developer catalogs, searches and canaries per store and
 * country, batched into requests and split into shards; kept in {@code fetch_target} so a restart resumes them.
 */
package dev.delist.discover;
