package dev.delist.notify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.DelistProcess;
import dev.delist.support.PlayPages;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run alerts end to end: real runs over Apple and Google Play played by WireMock, and a Slack-compatible webhook
 * played by another. A run with new takedown candidates, or INCOMPLETE, posts one message; a clean run with
 * nothing new posts none; a failing webhook is retried, then given up on, and never changes the exit code; its
 * URL, the webhook's token, never reaches the console or the log.
 */
class RunAlertFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The webhook's secret, distinctive so that finding it anywhere means it leaked. */
	private static final String TOKEN = "Wh00k-Tk7Lq9Zx";

	private static final String HOOK = "/services/T0DELIST/B0ALERTS/" + TOKEN;

	@RegisterExtension
	final WholeRun run = new WholeRun();

	WireMockServer webhook;

	WireMockServer apple;

	WireMockServer play;

	@BeforeEach
	void setUp() throws Exception {
		this.webhook = new WireMockServer(options().dynamicPort());
		this.webhook.start();
		this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us]
				    discovery: [identifiers]
				  google-play:
				    countries: [us]
				    discovery: [identifiers]
				""");
		this.apple = this.run.apple();
		this.play = this.run.play();
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.BANNED_APP))));
		this.play.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(notFound()));
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details"))
			.willReturn(ok(PlayPages.details("com.example.banned.android"))));
	}

	@AfterEach
	void tearDown() {
		this.webhook.stop();
	}

	@Test
	void shouldPostTheNewTakedownCandidatesPerStoreAndNothingOnceNothingIsNew() throws Exception {
		// given
		this.webhook.stubFor(post(HOOK).willReturn(ok("ok")));

		// when: the first run finds the banned app in both stores
		Cli.Result first = cli().run("run", "--date", "2026-11-29");

		// then
		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(texts()).containsExactly(
				"delist nightly 2026-11-29 run 1: 2 new takedown candidates (apple 1, google-play 1)");
		LoggedRequest request = this.webhook.findAll(postRequestedFor(urlEqualTo(HOOK))).get(0);
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");

		// when: the next night sees the same, and a rematch re-reads it: complete, nothing new
		Cli.Result second = cli().run("run", "--date", "2026-11-30");
		Cli.Result rematch = cli().run("rematch", "2");

		// then: no further message
		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(rematch.exitCode()).as(rematch.toString()).isZero();
		assertThat(texts()).hasSize(1);
	}

	@Test
	void shouldPostWhenTheRunIsIncompleteKeepingItsExitCode() throws Exception {
		// given: Apple fails every request; Google Play answers
		this.webhook.stubFor(post(HOOK).willReturn(ok()));
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(serverError()));

		// when
		Cli.Result result = cli().run("run", "--date", "2026-11-29");

		// then: the gate's verdict and the new candidate, in one message
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		List<String> texts = texts();
		assertThat(texts).hasSize(1);
		assertThat(texts.get(0)).startsWith("delist nightly 2026-11-29 run 1: 1 new takedown candidate (google-play 1); "
				+ "INCOMPLETE: apple: ")
			.contains("could not be checked");
	}

	@Test
	void shouldPostAfterACatalogRun() throws Exception {
		// given
		this.webhook.stubFor(post(HOOK).willReturn(ok()));
		Path catalog = Files.writeString(this.run.dir().resolve("catalog.jsonl"), """
				{"store":"google-play","country":"us","appId":"com.example.banned.android","bundleId":"","title":"Banned App","developerName":"Banned Dev","developerId":"","legalName":"","url":"https://play.google.com/store/apps/details?id=com.example.banned.android"}
				""");

		// when
		Cli.Result result = cli().run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		// then
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(texts()).containsExactly(
				"delist nightly-catalog 2026-11-29 run 1: 1 new takedown candidate (google-play 1)");
	}

	@Test
	void shouldRetryAServerErrorThenDeliver() throws Exception {
		// given: the webhook fails once
		this.webhook.stubFor(post(HOOK).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(serverError())
			.willSetStateTo("recovered"));
		this.webhook.stubFor(post(HOOK).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(ok()));

		// when
		Cli.Result result = cli().run("run", "--date", "2026-11-29");

		// then: the same message, twice asked, once taken
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(texts()).hasSize(2).containsOnly(
				"delist nightly 2026-11-29 run 1: 2 new takedown candidates (apple 1, google-play 1)");
	}

	@Test
	void shouldGiveUpAfterTheAttemptsWarningOnceAndExitAsTheRunDid() throws Exception {
		// given: a webhook that always fails; delist in its own JVM, logging as the jar does
		this.webhook.stubFor(post(HOOK).willReturn(aResponse().withStatus(503)));
		Path log = this.run.dir().resolve("logs/delist.log");

		// when
		Cli.Result result = DelistProcess.run(this.run.dir(), "run", "--date", "2026-11-29",
				"--spring.datasource.url=" + this.run.database(), "--delist.jobs.dir=" + this.run.jobs(),
				"--delist.report.dir=" + this.run.reports(),
				"--delist.stores.apple.base-url=" + this.apple.baseUrl(),
				"--delist.stores.google-play.base-url=" + this.play.baseUrl(),
				"--delist.stores.apple.requests-per-minute=60000",
				"--delist.stores.google-play.requests-per-minute=60000", "--delist.notify.webhook-url=" + hookUrl(),
				"--delist.notify.attempts=3", "--delist.notify.backoff=10ms", "--logging.file.name=" + log);

		// then: three attempts, one warning line, the run's own exit code, and the token nowhere
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(this.webhook.findAll(postRequestedFor(urlEqualTo(HOOK)))).hasSize(3);
		assertThat(result.err().lines().filter((line) -> line.contains("alert")).toList()).containsExactly(
				"delist: run 1: the run's alert was not delivered to the webhook at localhost (HTTP 503, 3 attempts); "
						+ "the run's result is unchanged");
		assertThat(result.out()).doesNotContain(TOKEN);
		assertThat(result.err()).doesNotContain(TOKEN);
		assertThat(Files.readString(log)).contains("alert was not delivered").doesNotContain(TOKEN);
	}

	@Test
	void shouldKeepTheExitCodeOfAnIncompleteRunWhenTheWebhookCannotBeReached() throws Exception {
		// given: Apple fails, and nothing listens where the webhook should be
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(serverError()));
		String url = hookUrl();
		this.webhook.stop();

		// when
		Cli.Result result = this.run.cli("--delist.http.max-attempts=1", "--delist.notify.webhook-url=" + url,
				"--delist.notify.attempts=2", "--delist.notify.backoff=10ms").run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.out()).contains("INCOMPLETE").doesNotContain(TOKEN);
		assertThat(result.err()).doesNotContain(TOKEN);
	}

	@Test
	void shouldFollowNoRedirect() throws Exception {
		// given: the webhook answers with a redirect to another path
		this.webhook.stubFor(post(HOOK).willReturn(temporaryRedirect(this.webhook.baseUrl() + "/elsewhere")));
		this.webhook.stubFor(post("/elsewhere").willReturn(ok()));

		// when
		Cli.Result result = cli().run("run", "--date", "2026-11-29");

		// then: asked once, never where it pointed, and not asked again (a redirect is no passing failure)
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(this.webhook.findAll(anyRequestedFor(anyUrl())).stream().map(LoggedRequest::getUrl))
			.containsExactly(HOOK);
	}

	@Test
	void shouldSendNothingWithoutAWebhook() throws Exception {
		// given
		this.webhook.stubFor(post(anyUrl()).willReturn(ok()));

		// when: a run with new takedown candidates, and no webhook configured
		Cli.Result result = this.run.cli("--delist.http.max-attempts=1").run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).contains("COMPLETE");
		assertThat(this.webhook.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void shouldRefuseAWebhookUrlThatIsNotHttpWithoutRepeatingIt() {
		// when
		Cli.Result ftp = this.run.cli("--delist.notify.webhook-url=ftp://hooks.example" + HOOK)
			.run("run", "--date", "2026-11-29");
		Cli.Result malformed = this.run.cli("--delist.notify.webhook-url=https://[hooks.example/" + TOKEN)
			.run("run", "--date", "2026-11-29");

		// then: exit 2 naming the key, nothing started
		assertThat(ftp.exitCode()).as(ftp.toString()).isEqualTo(2);
		assertThat(ftp.err()).isEqualTo(
				"delist: configuration delist.notify.webhook-url: must be an http or https URL with a host\n");
		assertThat(malformed.exitCode()).as(malformed.toString()).isEqualTo(2);
		assertThat(malformed.err()).startsWith("delist: configuration delist.notify.webhook-url: ")
			.doesNotContain(TOKEN);
		assertThat(this.run.reports()).doesNotExist();
		assertThat(this.apple.getAllServeEvents()).isEmpty();
	}

	private Cli cli() {
		return this.run.cli("--delist.http.max-attempts=1", "--delist.notify.webhook-url=" + hookUrl(),
				"--delist.notify.attempts=3", "--delist.notify.backoff=10ms");
	}

	private String hookUrl() {
		return this.webhook.baseUrl() + HOOK;
	}

	/** The {@code text} of every message the webhook was sent, in order. */
	private List<String> texts() {
		return this.webhook.findAll(postRequestedFor(urlEqualTo(HOOK)))
			.stream()
			.map((request) -> JSON.readTree(request.getBodyAsString()))
			.peek((body) -> assertThat(body.propertyNames()).containsExactly("text"))
			.map((body) -> body.get("text").asString())
			.toList();
	}

}
