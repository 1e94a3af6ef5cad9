package dev.delist.database;

/** The database cannot be reached or started; the command line reports it as bad configuration (exit 2). */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
