package dev.delist.review;

/**
 * Where a candidate of the latest complete run of its store stands with reviewers. CONFIRMED and DISMISSED are
 * the disposition in force for the candidate's current evidence, so a candidate whose listing changed since it
 * was decided is OPEN again.
 */
public enum CandidateState {

	/** Nobody has decided on this evidence yet. */
	OPEN,
	/** A reviewer dismissed a CONFIRMED-tier candidate; an approver other than that reviewer has to agree. */
	AWAITING_APPROVAL,
	/** A reviewer confirmed it: a takedown to hand on. */
	CONFIRMED,
	/** Dismissed as a false positive; the next run's report hides it while the evidence stays the same. */
	DISMISSED

}
