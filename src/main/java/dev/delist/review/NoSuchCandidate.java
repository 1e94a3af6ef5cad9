package dev.delist.review;

/** No candidate of the latest complete run of any store has this id (HTTP 404). */
public class NoSuchCandidate extends ReviewException {

	private final String candidateId;

	public NoSuchCandidate(String candidateId) {
		super("no candidate '" + candidateId + "' in the latest complete run of any store");
		this.candidateId = candidateId;
	}

	public String candidateId() {
		return this.candidateId;
	}

}
