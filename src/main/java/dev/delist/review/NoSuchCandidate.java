package dev.delist.review;

/** No candidate of the latest complete run of any store has this id (HTTP 404). */
public class NoSuchCandidate extends ReviewException {

	private final String candidateId;

	public NoSuchCandidate(String candidateId) {
		super("no candidate '" + shown(candidateId) + "' in the latest complete run of any store");
		this.candidateId = candidateId;
	}

	/** The id as a message may repeat it: a request's id is anyone's text, so only its start, printable. */
	private static String shown(String id) {
		if (id == null) {
			return "";
		}
		String printable = id.codePoints()
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.limit(CandidateStates.MAX_ID)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (id.codePointCount(0, id.length()) > CandidateStates.MAX_ID) ? printable + "..." : printable;
	}

	public String candidateId() {
		return this.candidateId;
	}

}
