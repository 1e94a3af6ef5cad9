package dev.delist.database;

import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.TestJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** With no datasource URL delist runs on its own embedded PostgreSQL, kept on disk between runs. */
class EmbeddedDatabaseTests {

	@TempDir
	Path dir;

	WireMockServer apple;

	@BeforeEach
	void setUp() {
		this.apple = new WireMockServer(options().dynamicPort());
		this.apple.start();
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.app(111111111L, "com.example.banned", "Banned", "Dev", "Seller")))));
	}

	@AfterEach
	void tearDown() {
		this.apple.stop();
	}

	@Test
	void shouldKeepHistoryInTheEmbeddedDatabaseBetweenRuns() throws Exception {
		// given: no spring.datasource.url, so the embedded server starts on a data directory of the test's
		Path data = this.dir.resolve("pg");
		Cli cli = new Cli("--delist.embedded.dir=" + data, "--delist.jobs.dir=" + TestJobs.copyTo(this.dir),
				"--delist.report.dir=" + this.dir.resolve("reports"),
				"--delist.stores.apple.base-url=" + this.apple.baseUrl(),
				"--delist.stores.apple.requests-per-minute=6000");
		Cli.Result first = cli.run("run", "--date", "2026-11-28");
		assertThat(first.exitCode()).as(first.toString()).isZero();

		// when: a second process starts the server again on the same directory
		Cli.Result second = cli.run("run", "--date", "2026-11-29");

		// then: the second run sees the first one's history
		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
		JsonNode report = JsonMapper.builder()
			.build()
			.readTree(this.dir.resolve("reports/2026-11-29/run-2/apple/report.json").toFile());
		assertThat(report.get("run").get("previousExecutionId").asLong()).isEqualTo(1);
		assertThat(report.get("candidates").get(0).get("change").asString()).isEqualTo("UNCHANGED");
		Cli.Result status = cli.run("status");
		assertThat(status.out()).contains("2026-11-28", "2026-11-29");
	}

	@Test
	void shouldGiveTheEmbeddedDatabaseTheSameTimeOutsAndPool() {
		try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(dev.delist.DelistApplication.class)
			.web(org.springframework.boot.WebApplicationType.NONE)
			.run("--delist.embedded.dir=" + this.dir.resolve("pg"))) {
			var dataSource = context.getBean(com.zaxxer.hikari.HikariDataSource.class);

			assertThat(dataSource.getJdbcUrl()).contains("localhost");
			assertThat(dataSource.getDataSourceProperties()).containsAllEntriesOf(DatabaseTimeouts.DEFAULTS);
			// connections as they are asked for, as for an operator's database (application.yaml)
			assertThat(dataSource.getMinimumIdle()).isEqualTo(1);
			assertThat(dataSource.getMaximumPoolSize()).isEqualTo(8);
		}
	}

	@Test
	void shouldRefuseClearlyWhenAnotherProcessHoldsTheEmbeddedDatabase() throws Exception {
		// given: a server already running on the data directory (as if another delist run were going on)
		Path data = this.dir.resolve("pg");
		try (var running = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start()) {

			// when
			Cli.Result result = new Cli("--delist.embedded.dir=" + data).run("status");

			// then
			assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
			assertThat(result.err()).contains("is in use by another delist process");
		}
	}

}
