package dev.delist.review;

/** A reviewer's decision on a candidate. */
public enum Decision {

	/** A real takedown candidate: shown as before. */
	CONFIRMED,
	/** A false positive: hidden while the listing and the evidence stay as they were when dismissed. */
	DISMISSED

}
