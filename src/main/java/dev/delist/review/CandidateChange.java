package dev.delist.review;

/**
 * How a candidate compares with the previous complete run of the same job and store, exactly as the report's
 * {@code change} says.
 */
public enum CandidateChange {

	/** Never reported before. */
	NEW,
	/** In the previous complete run with other evidence (ids, title, developer or legal name). */
	CHANGED,
	/** In the previous complete run with the same evidence. */
	UNCHANGED,
	/** Not in the previous complete run (or hidden there by a dismissal), but reported by an earlier run. */
	RESURFACED

}
