package dev.delist.reliability;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.delist.support.Cli;
import dev.delist.support.DelistProcess;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * What an operator's terminal and a scheduler's log really receive: delist in its own JVM with the jar's logging
 * configuration (logback.xml). stdout is the command's output only; stderr holds plain {@code delist: } lines,
 * a failure as exactly one; every log line and stack trace is in the log file (logging.file.name). Each case
 * starts a JVM, so there are few.
 */
class BadInputLoggingTests {

	@TempDir
	Path dir;

	@Test
	void shouldKeepTheStackTraceOfABadJobFileInTheLogFile() throws Exception {
		// given
		Path jobs = TestJobs.copyTo(this.dir);
		Files.writeString(jobs.resolve("nightly.yaml"), "name: nightly\nstores:\n  appel:\n    countries: [us]\n");
		Path log = this.dir.resolve("logs/delist.log");

		// when
		Cli.Result result = DelistProcess.run(this.dir, "run", "--spring.datasource.url=" + TestDatabase.newDatabase(),
				"--delist.jobs.dir=" + jobs, "--logging.file.name=" + log);

		// then
		assertOneLine(result, 2, "delist: " + jobs.resolve("nightly.yaml") + ":3: stores.appel: unknown store 'appel'");
		assertThat(log).content().contains("unknown store 'appel'", "dev.delist.config.InputException", "\tat ");
	}

	@Test
	void shouldKeepTheStackTraceOfAnUnreachableDatabaseInTheLogFile() throws Exception {
		// given
		Path log = this.dir.resolve("logs/delist.log");

		// when
		Cli.Result result = DelistProcess.run(this.dir, "status",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/delist",
				"--spring.datasource.hikari.connection-timeout=250", "--logging.file.name=" + log);

		// then
		assertOneLine(result, 2, "delist: cannot connect to the database (spring.datasource.url): ");
		assertThat(log).content().contains("cannot connect to the database", "Connection refused", "\tat ");
	}

	@Test
	void shouldRefuseBadUsageInOneLine() throws Exception {
		// when
		Cli.Result result = DelistProcess.run(this.dir, "run", "--date", "tomorrow");

		// then
		assertOneLine(result, 2, "delist: Invalid value for option '--date': 'tomorrow' is not a valid date");
	}

	@Test
	void shouldRefuseABadListCheckedAloneInOneLineOnStderr() throws Exception {
		// given
		Path list = this.dir.resolve("bad.yaml");
		Files.writeString(list, "id: bad\ntitel: x\n");
		Path log = this.dir.resolve("logs/delist.log");

		// when
		Cli.Result result = DelistProcess.run(this.dir, "lists", "validate", list.toString(),
				"--logging.file.name=" + log);

		// then
		assertOneLine(result, 2, "delist: " + list + ":2: titel: unknown key 'titel'");
		assertThat(log).content().contains("unknown key 'titel'", "dev.delist.config.InputException", "\tat ");
	}

	@Test
	void shouldPrintOnlyTheResultOfAListThatValidates() throws Exception {
		// given
		Path jobs = TestJobs.copyTo(this.dir);

		// when
		Cli.Result result = DelistProcess.run(this.dir, "lists", "validate", "--delist.jobs.dir=" + jobs);

		// then: stdout can be piped: the command's lines and nothing else
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out().lines()).as(result.toString())
			.singleElement(as(STRING))
			.startsWith(jobs.resolve("lists/test-apps.yaml") + ": ok: test-apps version 1, 2 entries, sha256 ");
		assertThat(result.err()).as(result.toString()).isEmpty();
		assertThat(this.dir.resolve(".delist/delist.log")).as("the default log file").exists();
	}

	@Test
	void shouldRefuseABadConfigurationValueInOneLineBeforeAnythingStarts() throws Exception {
		// given: no datasource URL, so a database that started would create this directory
		Path embedded = this.dir.resolve("pg");
		Path log = this.dir.resolve("logs/delist.log");

		// when
		Cli.Result result = DelistProcess.run(this.dir, "run", "--delist.embedded.dir=" + embedded,
				"--delist.http.read-timeout=-30s", "--logging.file.name=" + log);

		// then
		assertOneLine(result, 2, "delist: configuration delist.http.read-timeout: must be a positive duration (e.g. "
				+ "10s), not -30s");
		assertThat(embedded).doesNotExist();
		assertThat(log).content().contains("dev.delist.config.InvalidConfigurationException", "\tat ");
	}

	/**
	 * A run whose store cannot be reached, as an operator's terminal or a scheduler's log sees it: the summary on
	 * stdout; on stderr the warning that the host is unreachable and why the run is INCOMPLETE, in plain lines.
	 */
	@Test
	void shouldKeepARunsConsoleToItsSummaryAndPlainWarnings() throws Exception {
		// given: nothing listens on port 1
		Path jobs = TestJobs.copyTo(this.dir);
		Path log = this.dir.resolve("logs/delist.log");

		// when
		Cli.Result result = DelistProcess.run(this.dir, "run", "--date", "2026-11-29",
				"--spring.datasource.url=" + TestDatabase.newDatabase(), "--delist.jobs.dir=" + jobs,
				"--delist.report.dir=" + this.dir.resolve("reports"), "--delist.stores.apple.base-url=http://127.0.0.1:1",
				"--delist.stores.apple.requests-per-minute=60000", "--delist.http.initial-backoff=1ms",
				"--delist.http.max-backoff=10ms", "--logging.file.name=" + log);

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.out()).as(result.toString()).startsWith("nightly run 1 (execution 1): INCOMPLETE; reports in ");
		assertThat(result.out().lines()).as(result.toString()).allMatch((line) -> line.startsWith("nightly run 1 ")
				|| line.startsWith("  apple: "));
		assertThat(result.err().lines()).as(result.toString())
			.anySatisfy((line) -> assertThat(line).startsWith("delist: run 1: 127.0.0.1: unreachable: ")
				.endsWith("; the run's other requests to it fail at once"))
			.anySatisfy((line) -> assertThat(line).startsWith("delist: INCOMPLETE: "));
		assertConsoleIsNotALog(result);
		assertThat(log).content().contains("run 1: ", " INFO ");
	}

	private static void assertOneLine(Cli.Result result, int exitCode, String start) {
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
		assertThat(result.err()).as(result.toString()).startsWith(start).endsWith("\n").doesNotEndWith("\n\n");
		assertThat(result.err().lines()).as(result.toString()).hasSize(1);
		assertThat(result.out()).as(result.toString()).isEmpty();
		assertConsoleIsNotALog(result);
	}

	/** stderr holds delist's plain lines only: no log format, no stack trace, on either stream. */
	private static void assertConsoleIsNotALog(Cli.Result result) {
		assertThat(result.err().lines()).as(result.toString()).allMatch((line) -> line.startsWith("delist: "));
		assertThat(result.err() + result.out()).as(result.toString())
			.doesNotContain("\tat ", "Exception:\n", "Caused by", " INFO ", " WARN ", " ERROR ", "--- [")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
	}

}
