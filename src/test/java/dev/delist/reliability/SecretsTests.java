package dev.delist.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.DelistProcess;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords and tokens given to delist never come back out: not on stdout or stderr, not in the log file, the
 * report files, or the tables delist writes (Spring Batch's job parameters included), whichever form the
 * password takes (a property, the URL's user info, its query, a malformed URL). delist runs in its own JVM with
 * the jar's logging, so the log file is the one an operator would ship to a log store.
 */
class SecretsTests {

	/** Distinctive, so that finding one anywhere can only mean it leaked. */
	private static final String PASSWORD = "pw-Zq7xK2Lm";

	private static final String URL_PASSWORD = "urlpw-M4nT8Qs";

	private static final String URL_USER_PASSWORD = "userinfo-R9vB3Jd";

	private static final List<String> SECRETS = List.of(PASSWORD, URL_PASSWORD, URL_USER_PASSWORD);

	@TempDir
	Path dir;

	WireMockServer apple;

	Path jobs;

	Path reports;

	Path log;

	String database;

	@BeforeEach
	void setUp() throws Exception {
		this.apple = new WireMockServer(options().dynamicPort());
		this.apple.start();
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(AppleResponses.BANNED_APP))));
		this.jobs = TestJobs.copyTo(this.dir);
		this.reports = this.dir.resolve("reports");
		this.log = this.dir.resolve("logs/delist.log");
		this.database = TestDatabase.newDatabase();
	}

	@AfterEach
	void tearDown() {
		this.apple.stop();
	}

	@Test
	void shouldKeepSecretsOutOfASuccessfulRunAndStatus() throws Exception {
		// when
		Cli.Result run = delist("run", "--date", "2026-11-29");
		Cli.Result status = delist("status");

		// then
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(status.exitCode()).as(status.toString()).isZero();
		assertThat(status.out()).contains("COMPLETE");
		assertNoSecretIn(run, status);
	}

	@Test
	void shouldKeepSecretsOutOfARunWhoseStoreIsUnreachable() throws Exception {
		// given: nothing listens where Apple should be
		String baseUrl = this.apple.baseUrl();
		this.apple.stop();

		// when
		Cli.Result run = delist("run", "--date", "2026-11-29", "--delist.stores.apple.base-url=" + baseUrl);

		// then
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
		assertThat(run.err()).contains("INCOMPLETE");
		assertNoSecretIn(run);
	}

	@Test
	void shouldRefuseAStoreUrlWithAPasswordWithoutRepeatingIt() throws Exception {
		// when: every target URL is built on the base URL and stored, so a password in it would be written
		Cli.Result run = delist("run", "--date", "2026-11-29", "--delist.stores.apple.base-url="
				+ this.apple.baseUrl().replace("://", "://delist:" + URL_USER_PASSWORD + "@"));

		// then
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.err()).isEqualTo("delist: delist.stores.apple.base-url: a user or password in the URL is not "
				+ "supported (it would be written into reports)\n");
		assertNoSecretIn(run);
	}

	/**
	 * Each form a password takes in a database URL, where nothing listens or the URL does not parse: the driver's
	 * messages quote the URL, or pieces of it (an unknown host "delist:pw@127.0.0.1").
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			?password= in the query         | jdbc:postgresql://127.0.0.1:1/delist?password={url}                    | 2
			&password= in the query         | jdbc:postgresql://127.0.0.1:1/delist?user=delist&password={url}        | 2
			user info                       | jdbc:postgresql://delist:{userinfo}@127.0.0.1:1/delist                 | 2
			user info with a / in it        | jdbc:postgresql://delist:{userinfo}/x@127.0.0.1:1/delist               | 1
			malformed: an unclosed [ host   | jdbc:postgresql://[127.0.0.1:1/delist?sslmode=disable&password={url}   | 2
			malformed: not a postgres URL   | jdbc:postgres://127.0.0.1:1/delist?password={url}                      | 1
			""")
	void shouldKeepSecretsOutOfAFailingDatabaseConnection(String form, String url, int exitCode) throws Exception {
		// when
		Cli.Result status = DelistProcess.run(this.dir, "status",
				"--spring.datasource.url=" + url.replace("{url}", URL_PASSWORD).replace("{userinfo}", URL_USER_PASSWORD),
				"--spring.datasource.password=" + PASSWORD, "--spring.datasource.hikari.connection-timeout=250",
				"--logging.file.name=" + this.log);

		// then
		assertThat(status.exitCode()).as(status.toString()).isEqualTo(exitCode);
		assertThat(status.err()).as(status.toString()).startsWith("delist: ");
		assertNoSecretIn(status);
		assertThat(Files.readString(this.log)).as("the log names the failure").contains("ERROR");
	}

	/** The database secrets delist may be given: a password property and one in the JDBC URL. */
	private Cli.Result delist(String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of(args));
		if (all.stream().noneMatch((arg) -> arg.startsWith("--delist.stores.apple.base-url="))) {
			all.add("--delist.stores.apple.base-url=" + this.apple.baseUrl());
		}
		all.addAll(List.of("--spring.datasource.url=" + this.database + "&password=" + URL_PASSWORD,
				"--spring.datasource.password=" + PASSWORD,
				"--delist.jobs.dir=" + this.jobs, "--delist.report.dir=" + this.reports,
				"--delist.http.initial-backoff=5ms", "--delist.http.max-attempts=1",
				"--delist.stores.apple.requests-per-minute=6000", "--logging.file.name=" + this.log));
		return DelistProcess.run(this.dir, all.toArray(String[]::new));
	}

	private void assertNoSecretIn(Cli.Result... results) throws Exception {
		for (Cli.Result result : results) {
			assertThat(result.out()).as("stdout").doesNotContain(SECRETS);
			assertThat(result.err()).as("stderr").doesNotContain(SECRETS);
		}
		assertThat(this.log).exists();
		assertThat(Files.readString(this.log)).as("log file").doesNotContain(SECRETS);
		if (Files.isDirectory(this.reports)) {
			try (Stream<Path> files = Files.walk(this.reports)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					assertThat(Files.readString(file)).as(file.toString()).doesNotContain(SECRETS);
				}
			}
		}
		for (String row : everyRow()) {
			assertThat(row).as("a row delist wrote").doesNotContain(SECRETS);
		}
	}

	/** Every row of every table as text: store_report, fetch_target, batch_job_execution_params and the rest. */
	private List<String> everyRow() throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.database);
				Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet result = statement.executeQuery(
					"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
				while (result.next()) {
					tables.add(result.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet result = statement.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
					while (result.next()) {
						rows.add(table + ": " + result.getString(1));
					}
				}
			}
		}
		return rows;
	}

}
