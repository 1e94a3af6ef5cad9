package dev.delist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract: usage, exit codes, one clear message and nothing started on bad input. */
class CommandLineTests {

	@Nested
	class Usage {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				frobnicate                 | Unmatched argument at index 0: 'frobnicate' (see: delist --help)
				run --bogus                | Unknown option: '--bogus' (see: delist run --help)
				run --date 2026-13-01      | Invalid value for option '--date': '2026-13-01' is not a valid date (YYYY-MM-DD) (see: delist run --help)
				run --date tomorrow        | Invalid value for option '--date': 'tomorrow' is not a valid date (YYYY-MM-DD) (see: delist run --help)
				restart                    | Missing required parameter: 'executionId' (see: delist restart --help)
				restart abc                | Invalid value for positional parameter at index 0 (executionId): 'abc' is not a long (see: delist restart --help)
				''                         | a command is required (see: delist --help)
				lists                      | a lists command is required (validate, show or import-csl) (see: delist lists --help)
				""")
		void shouldRefuseBadUsageWithExit2AndOneLineSayingWhereTheUsageIs(String args, String message) {
			// when
			Cli.Result result = new Cli().run(args.isEmpty() ? new String[0] : args.split(" "));

			// then: one line, as for every refusal (docs/reliability.md); the usage is one --help away
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err()).isEqualTo("delist: " + message + System.lineSeparator());
			assertThat(result.out()).isEmpty();
		}

		@Test
		void shouldPrintTheVersionForEveryCommand() {
			for (String command : new String[] { "--version", "status --version", "lists validate --version",
					"review import -V", "users add --version" }) {
				Cli.Result result = new Cli().run(command.split(" "));
				assertThat(result.exitCode()).as(command).isZero();
				assertThat(result.out()).as(command).isEqualTo("delist 0.1" + System.lineSeparator());
			}
		}

		@Test
		void shouldPrintHelpForEveryCommand() {
			for (String command : new String[] { "run", "restart", "rematch", "status", "lists", "review" }) {
				Cli.Result result = new Cli().run(command, "--help");
				assertThat(result.exitCode()).as(result.toString()).isZero();
				assertThat(result.out()).contains("Usage: delist " + command);
			}
		}

	}

	/** Configuration reaches every command the same way, the ones without a database included. */
	@Nested
	class Configuration {

		@TempDir
		Path dir;

		@Test
		void shouldReadTheListDirectoryFromSpringApplicationJson() throws Exception {
			// given: Boot reads the system property spring.application.json as it reads SPRING_APPLICATION_JSON
			Path jobs = TestJobs.copyTo(this.dir);

			// when
			Cli.Result missing = withApplicationJson("{\"delist\":{\"jobs\":{\"dir\":\"/x/jobs\"}}}",
					() -> new Cli().run("lists", "validate"));
			Cli.Result found = withApplicationJson("{\"delist\":{\"jobs\":{\"dir\":\"" + jobs + "\"}}}",
					() -> new Cli().run("lists", "show", "test-apps", "--as-of", "2026-11-29"));

			// then
			assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(2);
			assertThat(missing.err()).isEqualTo("delist: " + Path.of("/x/jobs/lists")
					+ ": the list directory does not exist (set delist.jobs.dir)" + System.lineSeparator());
			assertThat(found.exitCode()).as(found.toString()).isZero();
			assertThat(found.out()).startsWith("test-apps (version 1): ");
			assertThat(found.err()).isEmpty();
		}

		@Test
		void shouldLetAnArgumentOverrideSpringApplicationJson() throws Exception {
			// given
			Path jobs = TestJobs.copyTo(this.dir);

			// when
			Cli.Result result = withApplicationJson("{\"delist\":{\"jobs\":{\"dir\":\"/x/jobs\"}}}",
					() -> new Cli("--delist.jobs.dir=" + jobs).run("lists", "validate"));

			// then
			assertThat(result.exitCode()).as(result.toString()).isZero();
			assertThat(result.out()).startsWith(jobs.resolve("lists/test-apps.yaml") + ": ok: test-apps version 1");
		}

		@Test
		void shouldCountEntriesInWordsAReaderWouldWrite() throws Exception {
			// given: the test list (two entries) and a copy of it down to its first entry
			Path jobs = TestJobs.copyTo(this.dir);
			Path two = jobs.resolve("lists/test-apps.yaml");
			String yaml = Files.readString(two);
			Path one = this.dir.resolve("one-entry.yaml");
			Files.writeString(one, yaml.substring(0, yaml.indexOf("  - id: other-app")).replace("id: test-apps", "id: one-app"));

			// when
			Cli.Result result = new Cli().run("lists", "validate", two.toString(), one.toString());

			// then
			assertThat(result.exitCode()).as(result.toString()).isZero();
			assertThat(result.out()).contains(two + ": ok: test-apps version 1, 2 entries, sha256 ")
				.contains(one + ": ok: one-app version 1, 1 entry, sha256 ");
		}

		@Test
		void shouldReadARelativeJobsDirectoryFromTheWorkingDirectoryNeverFromTheClasspath() {
			// given: the tests' classpath has a jobs/ folder (the test job), the working directory the shipped one

			// when
			Cli.Result result = new Cli("--delist.jobs.dir=jobs").run("lists", "validate");

			// then: the shipped lists, as the operator's relative path says
			assertThat(result.exitCode()).as(result.toString()).isZero();
			assertThat(result.out()).contains("jobs/lists/eo-13971.yaml: ok: eo-13971")
				.doesNotContain("test-classes", "test-apps");
		}

		private static Cli.Result withApplicationJson(String json, java.util.function.Supplier<Cli.Result> command) {
			System.setProperty("spring.application.json", json);
			try {
				return command.get();
			}
			finally {
				System.clearProperty("spring.application.json");
			}
		}

	}

	@Nested
	class BadInput {

		@TempDir
		Path dir;

		@Test
		void shouldRefuseABadJobFileBeforeStartingAnything() throws Exception {
			// given: a job file with an unknown key on line 3
			Path jobs = TestJobs.copyTo(this.dir);
			Files.writeString(jobs.resolve("nightly.yaml"), "name: nightly\nstores:\n  appel:\n    countries: [us]\n");
			String database = TestDatabase.newDatabase();

			// when
			Cli.Result result = new Cli("--spring.datasource.url=" + database, "--delist.jobs.dir=" + jobs).run("run");

			// then
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err().strip()).isEqualTo("delist: " + jobs.resolve("nightly.yaml")
					+ ":3: stores.appel: unknown store 'appel' (known: apple, google-play, galaxy-store)");
			assertThat(count(database, "SELECT count(*) FROM batch_job_instance")).isZero();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				status --limit 0       | --limit 0: at least 1
				status --limit -1      | --limit -1: at least 1
				review list --limit -5 | --limit -5: at least 1
				""")
		void shouldRefuseALimitBelowOneBeforeAskingTheDatabase(String args, String message) {
			// given: no database URL, so a started database would create this directory
			Path embedded = this.dir.resolve("pg");

			// when
			Cli.Result result = new Cli("--delist.embedded.dir=" + embedded).run(args.split(" "));

			// then
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err()).isEqualTo("delist: " + message + System.lineSeparator());
			assertThat(embedded).doesNotExist();
		}

		@Test
		void shouldRefuseAStoreTheJobDoesNotHave() throws Exception {
			// given
			Path jobs = TestJobs.copyTo(this.dir);

			// when
			Cli.Result result = new Cli("--spring.datasource.url=" + TestDatabase.newDatabase(),
					"--delist.jobs.dir=" + jobs)
				.run("run", "--stores", "google-play");

			// then
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err()).contains("--stores: 'google-play' is not a store of job 'nightly'");
		}

		@Test
		void shouldRefuseToRestartAnExecutionThatDoesNotExist() {
			// when
			Cli.Result result = new Cli("--spring.datasource.url=" + TestDatabase.newDatabase()).run("restart", "42");

			// then
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err().strip()).isEqualTo("delist: restart: there is no execution 42 (see: delist status)");
		}

		@Test
		void shouldNameTheDatabaseProblemWithoutItsPassword() {
			// when: nothing listens on this port
			Cli.Result result = new Cli("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/delist",
					"--spring.datasource.username=delist", "--spring.datasource.password=s3cret-pw",
					"--spring.datasource.hikari.connection-timeout=250")
				.run("status");

			// then
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err()).startsWith("delist: cannot connect to the database").doesNotContain("s3cret-pw");
			assertThat(result.err().lines()).hasSize(1);
		}

		@Test
		void shouldRefuseABadConfigurationValueBeforeTheDatabaseStarts() {
			// given: no datasource URL, so a started database would create this directory
			Path embedded = this.dir.resolve("pg");

			// when
			Cli.Result result = new Cli("--delist.embedded.dir=" + embedded, "--delist.fetch.threads=0").run("status");

			// then
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err()).isEqualTo("delist: configuration delist.fetch.threads: must be 1 or more, not 0"
					+ System.lineSeparator());
			assertThat(result.out()).isEmpty();
			assertThat(embedded).doesNotExist();
		}

		@Test
		void shouldCheckTheConfigurationOfCommandsWithoutADatabaseToo() throws Exception {
			// given
			Path jobs = TestJobs.copyTo(this.dir);

			// when
			Cli.Result result = new Cli("--delist.jobs.dir=" + jobs, "--delist.http.max-attempts=abc").run("lists",
					"validate");

			// then
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err()).isEqualTo("delist: configuration delist.http.max-attempts: 'abc' is not a valid int"
					+ System.lineSeparator());
			assertThat(result.out()).isEmpty();
		}

		private long count(String database, String sql) throws Exception {
			try (Connection connection = DriverManager.getConnection(database);
					ResultSet result = connection.createStatement().executeQuery(sql)) {
				result.next();
				return result.getLong(1);
			}
		}

	}

}
