package dev.delist.store;

/**
 * What a fetch target's value is, and so how the store is asked about it.
 */
public enum LookupKey {

	/** The store's app id (Play package, Apple trackId): answers one listing or none. */
	APP_ID(true),
	/** An Apple bundle id: answers one listing or none. */
	BUNDLE_ID(true),
	/** A developer (Play developer id, Apple artistId): answers the developer's catalog. */
	DEVELOPER_ID(false),
	/** A listed name or alias: answers the store's search results, to find clones and re-uploads. */
	SEARCH_TERM(false);

	private final boolean identifiesOneApp;

	LookupKey(boolean identifiesOneApp) {
		this.identifiesOneApp = identifiesOneApp;
	}

	/** Whether the answer is at most one listing (so several values can share a batched request). */
	public boolean identifiesOneApp() {
		return this.identifiesOneApp;
	}

	/**
	 * How complete a listing found this way is: a lookup gives every field, a catalog or search page may
	 * give only a summary. A stored snapshot is never replaced by a less complete one.
	 */
	public int completeness() {
		return this.identifiesOneApp ? 2 : 1;
	}

}
