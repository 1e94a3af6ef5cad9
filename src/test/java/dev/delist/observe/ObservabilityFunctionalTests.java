package dev.delist.observe;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.DelistProcess;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** A run's metrics reach a Pushgateway (a batch pod lives too briefly to be scraped); its log lines name it. */
class ObservabilityFunctionalTests {

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	WireMockServer pushgateway;

	@BeforeEach
	void setUp() {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.pushgateway = new WireMockServer(options().dynamicPort());
		this.pushgateway.start();
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.app(111111111L, "com.example.banned", "Banned", "Dev", "Seller")))));
		this.pushgateway.stubFor(any(urlPathMatching("/metrics/.*")).willReturn(ok()));
	}

	@AfterEach
	void tearDown() {
		this.apple.stop();
		this.pushgateway.stop();
	}

	@Test
	void shouldPushRequestsOutcomesCandidatesAndStepDurationsToThePushgateway() throws Exception {
		// given: the real logging set-up, as in a pod (a separate JVM without the tests' logback-test.xml)
		Path log = this.dir.resolve("delist.log");

		// when
		Cli.Result result = DelistProcess.run(this.dir, "run", "--date", "2026-11-29",
				"--spring.datasource.url=" + this.run.database(), "--delist.jobs.dir=" + this.run.jobs(),
				"--delist.report.dir=" + this.dir.resolve("reports"),
				"--delist.stores.apple.base-url=" + this.apple.baseUrl(),
				"--delist.stores.apple.requests-per-minute=60000",
				"--management.prometheus.metrics.export.pushgateway.enabled=true",
				"--management.prometheus.metrics.export.pushgateway.address=localhost:" + this.pushgateway.port(),
				"--management.prometheus.metrics.export.pushgateway.format=text", "--logging.file.name=" + log);

		// then
		assertThat(result.exitCode()).as(result.toString()).isZero();
		String pushed = String.join("\n", this.pushgateway.findAll(anyRequestedFor(urlPathMatching("/metrics/job/delist.*")))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.toList());
		assertThat(pushed).contains("delist_store_requests_total{", "store=\"apple\"")
			.contains("delist_targets_total{", "outcome=\"FETCHED\"", "outcome=\"NOT_FOUND\"")
			.contains("delist_candidates_total{", "tier=\"CONFIRMED\"")
			.contains("delist_step_duration_seconds", "step=\"fetchStep\"", "step=\"reportStep\"");
		assertThat(Files.readString(log)).contains("run 1: plan pinned: 1 lists for 2026-11-29", "run 1: reports COMPLETE");
	}

	@Test
	void shouldDrawProgressOnATerminalAndLogTenthsElsewhere() {
		// given
		ByteArrayOutputStream terminal = new ByteArrayOutputStream();
		Progress drawn = new Progress("fetch", 4, new PrintStream(terminal, true, StandardCharsets.UTF_8));

		// when
		drawn.advance(1);
		drawn.advance(3);

		// then: one line, rewritten in place, finished with a newline
		String screen = terminal.toString(StandardCharsets.UTF_8);
		assertThat(screen).startsWith("\rfetch 1/4 (25%)").contains("\rfetch 4/4 (100%)").endsWith("\n");
		assertThat(screen.split("\n")).hasSize(1);
		assertThat(new Progress("match", 200, null).line(50)).matches("match 50/200 \\(25%\\), [0-9.]+/s, ETA .*");
	}

}
