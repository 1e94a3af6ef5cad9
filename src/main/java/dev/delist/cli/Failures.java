package dev.delist.cli;

import java.net.ConnectException;
import java.sql.SQLException;

import dev.delist.config.InputException;
import dev.delist.database.DatabaseUnavailableException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Turns an exception into the one line an operator reads on stderr and the exit code a scheduler reads. */
final class Failures {

	private Failures() {
	}

	static Classified classify(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputException input) {
				return new Classified(input.getMessage(), ExitCodes.BAD_INPUT);
			}
			if (cause instanceof DatabaseUnavailableException database) {
				return new Classified(database.getMessage(), ExitCodes.BAD_INPUT);
			}
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof ConnectException
					|| isConnectionFailure(cause)) {
				return new Classified("cannot connect to the database (spring.datasource.url): "
						+ Secrets.redact(rootMessage(cause)), ExitCodes.BAD_INPUT);
			}
		}
		return new Classified(Secrets.redact(rootMessage(ex)) + " (details in the log)", ExitCodes.FAILED);
	}

	/** SQLState class 08 is "connection exception"; 28 is "invalid authorization". */
	private static boolean isConnectionFailure(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"));
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	record Classified(String message, int exitCode) {
	}

}
