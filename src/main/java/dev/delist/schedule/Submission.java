package dev.delist.schedule;

/**
 * The answer to "start a run": accepted (it runs in the background now) or refused, with why.
 *
 * @param message what to show the user: what started, or why nothing did
 */
public record Submission(boolean accepted, String message) {

	static Submission accepted(String message) {
		return new Submission(true, message);
	}

	static Submission refused(String reason) {
		return new Submission(false, reason);
	}

}
