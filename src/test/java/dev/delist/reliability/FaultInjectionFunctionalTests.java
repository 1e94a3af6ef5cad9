package dev.delist.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.PlayPages;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole runs with one store misbehaving: every fault ends the run INCOMPLETE (exit 3) with the right health
 * counts, the other store unaffected, and nothing lost: every target ends fetched, not found, or counted as an
 * error with its URL and the reason.
 */
class FaultInjectionFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// WireMock would gzip bodies on its own; the size and gzip-bomb cases control the encoding themselves
	@RegisterExtension
	final WholeRun run = new WholeRun().appleOptions((options) -> options.gzipDisabled(true).disableRequestJournal());

	Path dir;

	WireMockServer apple;

	WireMockServer play;

	String database;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.play = this.run.play();
		this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us]
				    discovery: [identifiers]
				    canary: "284882215"
				  google-play:
				    countries: [us]
				    discovery: [identifiers]
				""");
		this.database = this.run.database();
		this.cli = this.run.cli("--delist.http.max-attempts=2", "--delist.http.initial-backoff=10ms",
				"--delist.http.max-backoff=5s", "--delist.http.read-timeout=3s", "--delist.http.max-body-size=1MB");
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.none())));
		AppleResponses.stubCanary(this.apple);
		this.play.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(notFound()));
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details"))
			.willReturn(ok(PlayPages.details("com.example.banned.android"))));
	}

	static Stream<Arguments> appleFaults() throws Exception {
		return Stream.of(Arguments.of("429 with Retry-After in seconds", apple(aResponse().withStatus(429)
			.withHeader("Retry-After", "1")), "fetchErrors", "HTTP 429"),
				Arguments.of("429 with Retry-After as an HTTP date", apple(aResponse().withStatus(429)
					.withHeader("Retry-After", "Sun, 29 Nov 2026 00:00:00 GMT")), "fetchErrors", "HTTP 429"),
				Arguments.of("Apple's empty 403 throttle", apple(aResponse().withStatus(403)), "fetchErrors", "HTTP 403"),
				Arguments.of("a burst of 5xx", apple(aResponse().withStatus(503)), "fetchErrors", "HTTP 503"),
				Arguments.of("connection reset", apple(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
						"fetchErrors", "transport error"),
				Arguments.of("read timeout mid-body", apple(okJson(AppleResponses.none() + " ".repeat(2000))
					.withChunkedDribbleDelay(2, 8000)), "fetchErrors", "timed out"),
				Arguments.of("a 5 MiB body (five times the cap)", apple(aResponse().withHeader("Content-Type", "application/json")
					.withBody(new byte[5 << 20])), "fetchErrors", "refused: body larger than"),
				// 16 MiB of zeros in 16 KiB against a 1 MB cap (WireMock itself slows down on bigger bombs)
				Arguments.of("a gzip bomb", apple(aResponse().withHeader("Content-Encoding", "gzip")
					.withHeader("Content-Type", "application/json")
					.withBody(gzipOfZeros(16 << 20))), "fetchErrors", "refused: body larger than"),
				Arguments.of("malformed JSON", apple(okJson("{\"resultCount\":1,\"results\":[{")), "parseFailures",
						"malformed JSON"),
				Arguments.of("a redirect to another host", apple(aResponse().withStatus(302)
					.withHeader("Location", "https://elsewhere.example/lookup")), "fetchErrors", "(not followed)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("appleFaults")
	void shouldEndIncompleteAndLoseNothingWhenAppleMisbehaves(String fault, Consumer<WireMockServer> stub,
			String counter, String detail) throws Exception {
		// given
		stub.accept(this.apple);
		// a timeout costs its full wait on every attempt: one attempt, and a second's wait (the body stalls for
		// four), show where the target ends
		Cli cli = fault.startsWith("read timeout")
				? this.cli.with("--delist.http.max-attempts=1", "--delist.http.read-timeout=1s") : this.cli;

		// when
		Cli.Result result = cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		JsonNode summary = summary();
		assertThat(summary.at("/status").asString()).isEqualTo("INCOMPLETE");
		assertThat(summary.at("/stores/apple/health/" + counter).asLong()).isEqualTo(4);
		assertThat(summary.at("/stores/apple/health/gate").asString()).isEqualTo("FAILED");
		assertThat(summary.at("/stores/google-play/status").asString()).isEqualTo("COMPLETE");
		assertNothingLost(detail);
	}

	@Test
	void shouldFetchEachStorefrontInItsOwnPartition() throws Exception {
		// when: both stores answer
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then: one partition of the fetch step per store and country
		assertThat(result.exitCode()).as(result.toString()).isZero();
		try (Connection connection = DriverManager.getConnection(this.database);
				ResultSet steps = connection.createStatement()
					.executeQuery("SELECT step_name, status FROM batch_step_execution "
							+ "WHERE step_name LIKE 'fetchPartitionStep%' ORDER BY step_name")) {
			StringBuilder partitions = new StringBuilder();
			while (steps.next()) {
				partitions.append(steps.getString(1)).append('=').append(steps.getString(2)).append(' ');
			}
			assertThat(partitions.toString().strip())
				.isEqualTo("fetchPartitionStep:apple-us=COMPLETED fetchPartitionStep:google-play-us=COMPLETED");
		}
	}

	@Test
	void shouldEndIncompleteWhenOneStoresHostIsUnreachable() throws Exception {
		// given
		this.play.stop();

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.err()).contains("google-play", "unreachable");
		assertThat(summary().at("/stores/google-play/health/fetchErrors").asLong()).isEqualTo(1);
		assertThat(summary().at("/stores/apple/status").asString()).isEqualTo("COMPLETE");
		assertNothingLost("unreachable");
	}

	@Test
	void shouldReportTruncatedHtmlAsLayoutDrift() throws Exception {
		// given: the page stops before the payload
		String page = PlayPages.details("com.example.banned.android");
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).willReturn(ok(page.substring(0, page.length() / 3))));

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(summary().at("/stores/google-play/health/parseFailures").asLong()).isEqualTo(1);
		assertNothingLost("com.example.banned.android");
	}

	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "captcha.html", "consent.html" })
	void shouldCountCaptchaAndConsentPagesAsBlocked(String page) throws Exception {
		// given
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).willReturn(ok(PlayPages.read(page))));

		// when
		Cli.Result result = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(summary().at("/stores/google-play/health/blocked").asLong()).isEqualTo(1);
		assertThat(summary().at("/stores/google-play/health/fetched").asLong()).isZero();
		assertThat(summary().at("/stores/google-play/health/gate").asString()).isEqualTo("FAILED");
		assertNothingLost(page.replace(".html", ""));
	}

	private static Consumer<WireMockServer> apple(ResponseDefinitionBuilder response) {
		return (server) -> server.stubFor(get(urlPathEqualTo("/lookup")).willReturn(response));
	}

	private static byte[] gzipOfZeros(int size) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			byte[] zeros = new byte[1 << 20];
			for (int written = 0; written < size; written += zeros.length) {
				gzip.write(zeros);
			}
		}
		return bytes.toByteArray();
	}

	private JsonNode summary() throws Exception {
		try (Stream<Path> runs = Files.list(this.dir.resolve("reports/2026-11-29"))) {
			return JSON.readTree(runs.findFirst().orElseThrow().resolve("summary.json").toFile());
		}
	}

	/** Every target has an outcome; every unchecked one names its request and why, mentioning {@code detail}. */
	private void assertNothingLost(String detail) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.database)) {
			ResultSet pending = connection.createStatement()
				.executeQuery("SELECT count(*) FROM fetch_target WHERE outcome IS NULL");
			pending.next();
			assertThat(pending.getLong(1)).isZero();
			ResultSet unchecked = connection.createStatement()
				.executeQuery("SELECT url, detail FROM fetch_target WHERE outcome NOT IN ('FETCHED', 'NOT_FOUND')");
			int count = 0;
			while (unchecked.next()) {
				count++;
				assertThat(unchecked.getString("url")).startsWith("http://localhost:");
				assertThat(unchecked.getString("detail") + " " + unchecked.getString("url")).contains(detail);
			}
			assertThat(count).isPositive();
		}
	}

}
