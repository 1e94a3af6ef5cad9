package dev.delist.run;

/**
 * A run that started and could not go on (its database lost mid-run, say): a failure to restart from where it
 * stopped (exit 1), never "bad input, nothing started" (exit 2), whatever the cause looks like.
 */
public class RunInterruptedException extends RuntimeException {

	RunInterruptedException(String message, Throwable cause) {
		super(message, cause);
	}

}
