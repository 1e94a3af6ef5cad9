package dev.delist.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.zaxxer.hikari.HikariDataSource;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that accepts connections but never answers ends a command with one plain line, and one that falls
 * silent mid-run ends the run as FAILED: never a command that hangs.
 */
class DatabaseTimeoutsTests {

	/** Accepts every connection and says nothing, as a hung server or a wrong port would. */
	ServerSocket silent;

	final List<Socket> accepted = new CopyOnWriteArrayList<>();

	@BeforeEach
	void setUp() throws IOException {
		this.silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.silent.isClosed()) {
				try {
					this.accepted.add(this.silent.accept());
				}
				catch (IOException ex) {
					return; // closed by the test
				}
			}
		}, "silent-database");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	@AfterEach
	void tearDown() throws IOException {
		this.silent.close();
		for (Socket socket : this.accepted) {
			socket.close();
		}
	}

	@Test
	void shouldEndACommandAgainstASilentDatabaseWithOneLine() {
		// given: the operator's own (short) login time-out, which delist's default must not replace
		Cli cli = new Cli("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + this.silent.getLocalPort() + "/delist",
				"--spring.datasource.hikari.data-source-properties.loginTimeout=1");

		// when
		long start = System.nanoTime();
		Cli.Result result = cli.run("status");
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		// then
		assertThat(this.accepted).as("the database did accept the connection").isNotEmpty();
		// a silent database is down for now: try again later (exit 1), unlike a refused or unknown address (exit 2)
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
		assertThat(result.err()).isEqualTo("delist: cannot connect to the database (spring.datasource.url): "
				+ "Connection attempt timed out.\n");
		assertThat(result.out()).isEmpty();
		assertThat(took).as("well inside the default login time-out: the given one was used").isLessThan(
				Duration.ofSeconds(25));
	}

	/**
	 * Connected, then silent: the table the fetch writes to is locked by another session, so the database never
	 * answers the run's next insert. The socket time-out ends the run as FAILED (exit 1), to be restarted.
	 */
	@Test
	void shouldFailARunWhoseDatabaseFallsSilentAndLetTheRestartFinishIt(@TempDir Path dir) throws Exception {
		// given: a run under way, with a short socket time-out in its URL
		WireMockServer apple = new WireMockServer(options().dynamicPort());
		apple.start();
		apple.stubFor(get(urlPathEqualTo("/lookup"))
			.willReturn(okJson(AppleResponses.results(AppleResponses.BANNED_APP)).withFixedDelay(300)));
		String database = TestDatabase.newDatabase();
		Path jobs = TestJobs.copyTo(dir, """
				name: nightly
				stores:
				  apple:
				    countries: [us, gb, de, fr]
				    lookupBatchSize: 1
				    discovery: [identifiers]
				""");
		Cli cli = Cli.againstApple(database + "&socketTimeout=3", jobs, dir.resolve("reports"), apple.baseUrl(),
				"--delist.http.max-attempts=1");
		try (Connection admin = DriverManager.getConnection(database)) {
			CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> cli.run("run", "--date",
					"2026-11-29"));
			Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
			while (apple.findAll(anyRequestedFor(urlPathEqualTo("/lookup"))).size() < 2) {
				assertThat(Instant.now()).as("waiting for the run to ask the store").isBefore(deadline);
				Thread.sleep(20);
			}

			// when: the database stops answering the run
			admin.setAutoCommit(false);
			admin.createStatement().execute("LOCK TABLE listing_snapshot IN ACCESS EXCLUSIVE MODE");
			long start = System.nanoTime();
			Cli.Result silent = run.get(120, TimeUnit.SECONDS);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			admin.rollback();

			// then: a failed run, ended by the time-out rather than waiting for the lock
			assertThat(silent.exitCode()).as(silent.toString()).isEqualTo(1);
			assertThat(silent.err()).contains("delist: ").contains("restart").doesNotContain("\tat ");
			assertThat(took).isLessThan(Duration.ofSeconds(60));

			// and: once the database answers again, the restart completes the run
			Cli.Result restart = cli.run("restart", "1");
			assertThat(restart.exitCode()).as(restart.toString()).isZero();
		}
		finally {
			apple.stop();
		}
	}

	@Test
	void shouldGiveEveryDataSourceTimeOutsThatEndASilentLoginWithinAMinute() {
		HikariDataSource dataSource = new HikariDataSource();

		new DatabaseTimeouts().postProcessAfterInitialization(dataSource, "dataSource");

		assertThat(dataSource.getDataSourceProperties()).containsEntry("connectTimeout", "10")
			.containsEntry("loginTimeout", "30")
			.containsEntry("socketTimeout", "600");
		long login = Long.parseLong(DatabaseTimeouts.DEFAULTS.get("connectTimeout"))
				+ Long.parseLong(DatabaseTimeouts.DEFAULTS.get("loginTimeout"));
		assertThat(Duration.ofSeconds(login)).isLessThan(Duration.ofMinutes(1));
	}

	@Test
	void shouldKeepATimeOutTheOperatorGave() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.addDataSourceProperty("socketTimeout", "60");

		new DatabaseTimeouts().postProcessAfterInitialization(dataSource, "dataSource");

		assertThat(dataSource.getDataSourceProperties()).containsEntry("socketTimeout", "60")
			.containsEntry("loginTimeout", "30");
	}

}
