package dev.delist.config;

/**
 * What a failure comes down to, in one line: the message of the exception at the bottom of its causes (its class
 * name when it has none), up to its first line break. stderr gets one line a problem; a driver's multi-line
 * message continues in the log, where the whole exception goes.
 */
public final class RootCause {

	private RootCause() {
	}

	public static String firstLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip() : root.getClass().getSimpleName();
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline).strip();
	}

}
