package dev.delist.store;

/**
 * How one target ended. Only FETCHED, NOT_FOUND and REMOVED mean the store was seen; the others mean "could not
 * look" and count against the health gate.
 */
public enum Outcome {

	/** The store returned the listing. */
	FETCHED,
	/** The store answered that the listing does not exist in that country. */
	NOT_FOUND,
	/**
	 * The store answered that it took the listing down (the Galaxy Store's "suspended or terminated"): not found
	 * as well, and positive proof, so an earlier candidate of that listing resolves as DELISTED.
	 */
	REMOVED,
	/** The request failed after its retries: transport error, HTTP error, error body. */
	ERROR,
	/** The store answered, but not in a shape the parser knows (layout drift, malformed JSON). */
	PARSE_FAILURE,
	/** The store answered with a captcha or consent page instead of content. */
	BLOCKED;

	public boolean answered() {
		return this == FETCHED || this == NOT_FOUND || this == REMOVED;
	}

}
