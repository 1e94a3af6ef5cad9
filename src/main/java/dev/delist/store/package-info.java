/**
 * The store-neutral API (a store, a lookup request, its targets' outcomes, a listing) and the listing snapshots a
 * run stores; each store's client and its I/O-free parser live in a subpackage ({@code docs/stores.md}).
 */
package dev.delist.store;
