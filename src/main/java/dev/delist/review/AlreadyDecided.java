package dev.delist.review;

/**
 * The candidate is not in the state the request needs: a decision needs it OPEN, an approval AWAITING_APPROVAL
 * (HTTP 409, with {@link #state()} in the answer).
 */
public class AlreadyDecided extends ReviewException {

	private final String candidateId;

	private final CandidateState state;

	public AlreadyDecided(String candidateId, CandidateState state, CandidateState needed) {
		super("candidate '" + candidateId + "' is " + state + ", not " + needed);
		this.candidateId = candidateId;
		this.state = state;
	}

	public String candidateId() {
		return this.candidateId;
	}

	/** The candidate's current state. */
	public CandidateState state() {
		return this.state;
	}

}
