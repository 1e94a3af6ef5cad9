package dev.delist.config;

/**
 * Bad input from an operator: a list file, a job file, a catalog line or a command-line value. The message
 * names where it went wrong; the command line prints it alone and exits with 2.
 */
public class InputException extends RuntimeException {

	public InputException(String message) {
		super(message);
	}

	public InputException(String message, Throwable cause) {
		super(message, cause);
	}

}
