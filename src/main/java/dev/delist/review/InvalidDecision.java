package dev.delist.review;

/** A decision, approval or bulk request that is malformed: no reason, a reason too long, no decision (HTTP 400). */
public class InvalidDecision extends ReviewException {

	private final String field;

	public InvalidDecision(String field, String problem) {
		super(field + ": " + problem);
		this.field = field;
	}

	/** The request field at fault, e.g. {@code reason}. */
	public String field() {
		return this.field;
	}

}
