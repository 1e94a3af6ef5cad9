package dev.delist.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.Cli;
import dev.delist.support.PlayPages;
import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The health gate on a run of ten Google Play listings: a captcha on three of them must not read as clean. */
class HealthGateFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	WireMockServer play;

	Cli cli;

	List<String> packages = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		this.play = new WireMockServer(options().dynamicPort());
		this.play.start();
		this.play.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(notFound()));
		Path jobs = this.dir.resolve("jobs");
		Files.createDirectories(jobs.resolve("lists"));
		Files.writeString(jobs.resolve("nightly.yaml"), """
				name: nightly
				stores:
				  google-play:
				    countries: [us]
				    discovery: [identifiers]
				""");
		StringBuilder list = new StringBuilder("""
				id: ten-apps
				version: "1"
				title: Ten apps
				authority: Test Order 10
				jurisdiction: [us, gb]
				status:
				  - { status: in-force, date: 2020-01-01, by: Test Order 10 }
				entries:
				""");
		for (int i = 0; i < 10; i++) {
			String pkg = "com.example.app" + i;
			this.packages.add(pkg);
			list.append("  - id: app-").append(i).append("\n    name: App ").append(i).append("\n    identifiers:\n")
				.append("      - { type: package, value: ").append(pkg).append(", confidence: high, source: test }\n");
		}
		Files.writeString(jobs.resolve("lists/ten-apps.yaml"), list.toString());
		this.cli = new Cli("--spring.datasource.url=" + TestDatabase.newDatabase(), "--delist.jobs.dir=" + jobs,
				"--delist.report.dir=" + this.dir.resolve("reports"),
				"--delist.stores.google-play.base-url=" + this.play.baseUrl(),
				"--delist.stores.google-play.requests-per-minute=60000", "--delist.http.max-attempts=1");
	}

	@AfterEach
	void tearDown() {
		this.play.stop();
	}

	@Test
	void shouldFailTheGateWhenThirtyPercentOfPagesAreCaptchas() throws Exception {
		// given: seven pages answer, three are captchas
		for (int i = 0; i < 10; i++) {
			String page = (i < 3) ? PlayPages.read("captcha.html") : PlayPages.details(this.packages.get(i));
			this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).withQueryParam("id", equalTo(this.packages.get(i)))
				.willReturn(ok(page)));
		}

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then: exit 3, and the report says so before anything else
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.err()).contains("3 of 10 targets could not be checked (30%", "blocked by a captcha");
		Path runDir = runDir();
		JsonNode report = JSON.readTree(runDir.resolve("google-play/report.json").toFile());
		assertThat(report.at("/run/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(report.at("/health/blocked").asLong()).isEqualTo(3);
		assertThat(report.at("/health/fetched").asLong()).isEqualTo(7);
		assertThat(report.at("/health/gate").asString()).isEqualTo("FAILED");
		assertThat(report.get("candidates")).hasSize(7);
		String html = Files.readString(runDir.resolve("google-play/report.html"));
		int banner = html.indexOf("INCOMPLETE: do not read this report as");
		assertThat(banner).isPositive().isLessThan(html.indexOf("Takedown candidates ("));
		assertThat(Files.readString(runDir.resolve("google-play/candidates.csv"))).contains("\"INCOMPLETE\"");
	}

	@Test
	void shouldPassTheGateWhenEveryKnownIdentifierIsAnswered() throws Exception {
		// given: nine pages answer, one app is gone (404 is an answer, not a failure)
		for (int i = 0; i < 10; i++) {
			this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).withQueryParam("id", equalTo(this.packages.get(i)))
				.willReturn((i == 0) ? notFound().withBody(PlayPages.notFound()) : ok(PlayPages.details(this.packages.get(i)))));
		}

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isZero();
		JsonNode report = JSON.readTree(runDir().resolve("google-play/report.json").toFile());
		assertThat(report.at("/run/status").asString()).isEqualTo("COMPLETE");
		assertThat(report.at("/health/notFound").asLong()).isEqualTo(1);
		assertThat(report.at("/health/gate").asString()).isEqualTo("PASSED");
		assertThat(report.get("candidates")).hasSize(9);
	}

	@Test
	void shouldNotReadA404FromAServerThatIsNotGooglePlayAsEveryAppGone() throws Exception {
		// given: a base URL pointing at a plain file server, which answers 404 to everything
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).willReturn(notFound()
			.withBody("<html><body><h1>Error response</h1><p>Error code: 404</p><p>Message: File not found.</p>")));

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		JsonNode report = JSON.readTree(runDir().resolve("google-play/report.json").toFile());
		assertThat(report.at("/run/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(report.at("/health/notFound").asLong()).isZero();
		assertThat(report.at("/health/fetchErrors").asLong()).isEqualTo(10);
		assertThat(result.err()).contains("not Google Play's not-found page");
	}

	@Test
	void shouldEndIncompleteWhenEveryTargetOfAStorefrontCameBackEmptyAndNoCanaryProvesTheStoreAnswered()
			throws Exception {
		// given: Google Play's own not-found page for every app, and no canary in the job
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).willReturn(notFound().withBody(PlayPages.notFound())));

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.err()).contains("google-play us: every one of the 10 targets came back empty",
				"stores.google-play.canary");
	}

	@Test
	void shouldTrustAnEmptyStorefrontOnlyWhenTheCanaryWasAnsweredAndNeverReportTheCanary() throws Exception {
		// given: every listed app is gone, and the store answers its canary
		withCanary("com.google.android.apps.translate");
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).willReturn(notFound().withBody(PlayPages.notFound())));
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details"))
			.withQueryParam("id", equalTo("com.google.android.apps.translate"))
			.willReturn(ok(PlayPages.details("com.google.android.apps.translate"))));

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then: complete, and the canary is a checked target, never a listing or a candidate
		assertThat(result.exitCode()).as(result.toString()).isZero();
		JsonNode report = JSON.readTree(runDir().resolve("google-play/report.json").toFile());
		assertThat(report.at("/health/notFound").asLong()).isEqualTo(10);
		assertThat(report.at("/health/fetched").asLong()).isEqualTo(1);
		assertThat(report.get("candidates")).isEmpty();
		assertThat(Files.readString(runDir().resolve("google-play/candidates.csv"))).doesNotContain("translate");
	}

	@Test
	void shouldEndIncompleteWhenTheCanaryIsNotFound() throws Exception {
		// given: every app answers, the canary does not (a store answering for some ids only cannot be trusted)
		withCanary("com.google.android.apps.translate");
		for (String pkg : this.packages) {
			this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).withQueryParam("id", equalTo(pkg))
				.willReturn(ok(PlayPages.details(pkg))));
		}
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details"))
			.withQueryParam("id", equalTo("com.google.android.apps.translate"))
			.willReturn(notFound().withBody(PlayPages.notFound())));

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.err()).contains(
				"google-play us: the canary com.google.android.apps.translate was not found, so the store's answers");
		JsonNode report = JSON.readTree(runDir().resolve("google-play/report.json").toFile());
		assertThat(report.at("/run/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(report.at("/health/reasons/0").asString()).contains("canary");
	}

	private void withCanary(String canary) throws Exception {
		Files.writeString(this.dir.resolve("jobs/nightly.yaml"), """
				name: nightly
				stores:
				  google-play:
				    countries: [us]
				    discovery: [identifiers]
				    canary: %s
				""".formatted(canary));
	}

	private Path runDir() throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports/2026-11-29"))) {
			return runs.findFirst().orElseThrow();
		}
	}

}
