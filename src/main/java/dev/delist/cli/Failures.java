package dev.delist.cli;

import java.net.ConnectException;
import java.sql.SQLException;

import dev.delist.config.InputException;
import dev.delist.config.RootCause;
import dev.delist.database.DatabaseUnavailableException;
import dev.delist.run.RunInterruptedException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Turns an exception into the one line an operator reads on stderr and the exit code a scheduler reads. */
final class Failures {

	private Failures() {
	}

	static Classified classify(Throwable ex) {
		// the caller logs the exception next: mask it there too, even when Spring never started
		SecretMasking.install();
		if (ex instanceof RunInterruptedException interrupted) {
			// a started run's lost database is not "nothing started"
			return new Classified(Secrets.redact(interrupted.getMessage()), ExitCodes.FAILED);
		}
		// first: a configuration record's own check names its key better than the binding error around it
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof InputException input) {
				return new Classified(Secrets.redact(input.getMessage()), ExitCodes.BAD_INPUT);
			}
		}
		BindException binding = innermostBindException(ex);
		if (binding != null) {
			return new Classified(configuration(binding), ExitCodes.BAD_INPUT);
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailableException database) {
				return new Classified(Secrets.redact(database.getMessage()), ExitCodes.BAD_INPUT);
			}
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof ConnectException
					|| isConnectionFailure(cause)) {
				// a database that took the connection and then kept silent is down for now, not misconfigured:
				// a failure to try again (exit 1), where a refused or unknown address is bad configuration (exit 2)
				return new Classified("cannot connect to the database (spring.datasource.url): "
						+ Secrets.redact(RootCause.firstLine(cause)), timedOut(cause) ? ExitCodes.FAILED : ExitCodes.BAD_INPUT);
			}
		}
		return new Classified(Secrets.redact(RootCause.firstLine(ex)) + " (details in the log)", ExitCodes.FAILED);
	}

	/**
	 * A {@code --delist.x=value} that does not convert reaches us as a BindException (in a
	 * ConfigurationPropertiesBindException in a BeanCreationException), whose root message ("For input string:
	 * ...") names no key. The innermost BindException names the key that failed.
	 */
	private static BindException innermostBindException(Throwable ex) {
		BindException found = null;
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof BindException bind) {
				found = bind;
			}
		}
		return found;
	}

	private static String configuration(BindException binding) {
		String key = binding.getName().toString();
		Object value = (binding.getProperty() != null) ? binding.getProperty().getValue() : null;
		Class<?> type = (binding.getTarget() != null) ? binding.getTarget().getType().resolve() : null;
		if (value == null || type == null) {
			return "configuration " + key + ": " + Secrets.redact(RootCause.firstLine(binding));
		}
		// a value that fails to bind may still be a secret mistyped into the wrong key: never echo one
		String shown = Secrets.isSecretKey(key) ? "the value" : "'" + Secrets.redact(String.valueOf(value)) + "'";
		return "configuration " + key + ": " + shown + " is not a valid " + type.getSimpleName();
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof java.net.SocketTimeoutException
					|| (cause.getMessage() != null && cause.getMessage().contains("timed out"))) {
				return true;
			}
		}
		return false;
	}

	/** SQLState class 08 is "connection exception"; 28 is "invalid authorization". */
	private static boolean isConnectionFailure(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() != null
				&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"));
	}


	record Classified(String message, int exitCode) {
	}

}
