package dev.delist.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RootCauseTests {

	@Test
	void shouldNameTheDeepestCauseNotTheWrappers() {
		// given: Spring and the driver wrap what went wrong twice
		Exception ex = new IllegalStateException("Failed to obtain JDBC Connection",
				new UncheckedIOException(new IOException("wrapper", new SQLException("Connection refused"))));

		// then
		assertThat(RootCause.firstLine(ex)).isEqualTo("Connection refused");
	}

	@Test
	void shouldKeepOneLineOfAMultiLineMessage() {
		// given: PostgreSQL's messages continue with "Detail:" and "Hint:" lines
		Exception ex = new SQLException("  ERROR: relation \"x\" does not exist  \n  Position: 15\n");

		// then
		assertThat(RootCause.firstLine(ex)).isEqualTo("ERROR: relation \"x\" does not exist");
	}

	@Test
	void shouldNameTheExceptionWhenItHasNoMessage() {
		assertThat(RootCause.firstLine(new RuntimeException(new NullPointerException()))).isEqualTo("NullPointerException");
	}

	@Test
	void shouldEndAtAnExceptionThatIsItsOwnCause() {
		// given: getCause() returning itself, as some libraries' exceptions do
		Exception ex = new Exception("outer", new SelfCaused());

		// then
		assertThat(RootCause.firstLine(ex)).isEqualTo("self");
	}

	private static final class SelfCaused extends RuntimeException {

		SelfCaused() {
			super("self");
		}

		@Override
		public synchronized Throwable getCause() {
			return this;
		}

	}

}
