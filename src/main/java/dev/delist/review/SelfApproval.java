package dev.delist.review;

/** The approver is the reviewer who made the dismissal: four eyes means two people (HTTP 403). */
public class SelfApproval extends ReviewException {

	public SelfApproval(String candidateId, String user) {
		super("'" + user + "' dismissed candidate '" + candidateId + "' and cannot also approve that dismissal;"
				+ " another approver has to");
	}

}
