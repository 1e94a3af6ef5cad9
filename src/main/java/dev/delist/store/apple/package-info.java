/**
 * Apple's App Store through the iTunes Lookup and Search APIs: batched lookups, artist catalogs and searches,
 * and a parser without I/O.
 */
package dev.delist.store.apple;
