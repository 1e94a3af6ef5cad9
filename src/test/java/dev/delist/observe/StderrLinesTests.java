package dev.delist.observe;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What of the log reaches the console (logback.xml's STDERR appender), and how it shares a terminal's line. */
class StderrLinesTests {

	private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

	private final PrintStream stderr = new PrintStream(this.screen, true, StandardCharsets.UTF_8);

	private final LoggerContext logging = new LoggerContext();

	private final StderrLines appender = new StderrLines();

	private PrintStream original;

	@BeforeEach
	void setUp() {
		this.original = System.err;
		System.setErr(this.stderr);
		this.appender.setContext(this.logging);
		this.appender.start();
	}

	@AfterEach
	void tearDown() {
		System.setErr(this.original);
	}

	@Test
	void shouldPrintDelistsOwnWarningsAndErrorsAsOnePlainLineEach() {
		// when
		log("dev.delist.store.http.StoreHttp", Level.WARN, "itunes.apple.com: unreachable: connection refused",
				Map.of("run", "run 3: "));
		log("dev.delist.run.RunLauncher", Level.ERROR, "first line\n  second line", Map.of());
		log("dev.delist.store.googleplay.GooglePlayStoreClient", Level.WARN, "drift: \u001b]0;owned\u0007\u009b2J",
				Map.of());

		// then: no timestamp, level, logger or stack trace; a driver's two lines as one; a store's escapes defused
		assertThat(text()).isEqualTo("delist: run 3: itunes.apple.com: unreachable: connection refused\n"
				+ "delist: first line second line\n" + "delist: drift: ?]0;owned??2J\n");
	}

	@Test
	void shouldLeaveRoutineLogsLibrariesAndLinesTheCommandPrintedToTheLogFile() {
		// when
		log("dev.delist.report.ReportService", Level.INFO, "run 1: reports COMPLETE", Map.of());
		log("com.zaxxer.hikari.pool.HikariPool", Level.WARN, "HikariPool-1 - Thread starvation", Map.of());
		LoggingEvent shown = event("dev.delist.cli.DelistCommandLine", Level.ERROR, "delist: bad input", Map.of());
		shown.addMarker(StderrLines.SHOWN);
		this.appender.doAppend(shown);

		// then
		assertThat(text()).isEmpty();
	}

	@Test
	void shouldKeepATerminalsProgressLineWholeAroundAWarning() {
		// given: a progress line drawn on the same stderr
		Progress progress = new Progress("fetch", 4, this.stderr);
		progress.advance(1);

		// when
		log("dev.delist.store.http.StoreHttp", Level.WARN, "play.google.com: unreachable", Map.of());
		progress.advance(3);

		// then: the progress text is wiped, the warning gets a line of its own, the progress is drawn again below
		String[] lines = text().split("\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).startsWith("\rfetch 1/4 (25%)").matches("(?s).*\r +\rdelist: play.google.com: unreachable");
		assertThat(lines[1]).startsWith("fetch 1/4 (25%)").contains("\rfetch 4/4 (100%)");
		assertThat(text()).endsWith("\n");
	}

	private void log(String logger, Level level, String message, Map<String, String> mdc) {
		this.appender.doAppend(event(logger, level, message, mdc));
	}

	private LoggingEvent event(String logger, Level level, String message, Map<String, String> mdc) {
		Logger named = this.logging.getLogger(logger);
		LoggingEvent event = new LoggingEvent(Logger.class.getName(), named, level, message,
				new IllegalStateException("a stack trace that must not reach the console"), null);
		event.setMDCPropertyMap(mdc);
		return event;
	}

	private String text() {
		return this.screen.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}
