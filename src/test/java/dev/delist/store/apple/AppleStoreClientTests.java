package dev.delist.store.apple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.delist.store.Listing;
import dev.delist.store.LookupKey;
import dev.delist.store.LookupRequest;
import dev.delist.store.LookupResult;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.TargetResult;
import dev.delist.support.AppleResponses;
import dev.delist.support.FakeTime;
import dev.delist.support.StoreClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The iTunes Lookup and Search client against a WireMock Apple: batching, discovery and every outcome. */
class AppleStoreClientTests {

	static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

	WireMockServer apple;

	FakeTime time;

	AppleStoreClient client;

	@BeforeEach
	void setUp() {
		this.apple = new WireMockServer(options().dynamicPort());
		this.apple.start();
		this.time = new FakeTime();
		this.client = client(Map.of());
	}

	@AfterEach
	void tearDown() {
		this.apple.stop();
	}

	AppleStoreClient client(Map<String, String> extra) {
		Map<String, String> settings = new HashMap<>(Map.of("stores.apple.base-url", this.apple.baseUrl(),
				"stores.apple.requests-per-minute", "20", "http.read-timeout", "500ms", "http.max-body-size", "64KB"));
		settings.putAll(extra);
		return new AppleStoreClient(StoreClients.factory(this.time, Clock.fixed(NOW, ZoneOffset.UTC), settings));
	}

	LookupResult lookup(LookupKey key, String... values) {
		return this.client.lookup(new LookupRequest(Store.APPLE, "us", key, List.of(values)));
	}

	@Nested
	class Lookups {

		@Test
		void shouldAskForABatchInOneRequestAndMapResultsBackToTheirIds() {
			// given: Apple answers two of three ids, in its own order
			apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("id", equalTo("333,111,222"))
				.withQueryParam("country", equalTo("us"))
				.withQueryParam("entity", equalTo("software"))
				.willReturn(okJson(AppleResponses.results(AppleResponses.app(222, "com.b", "B", "Dev B", "Seller B"),
						AppleResponses.app(333, "com.c", "C", "Dev C", "Seller C")))));

			// when
			LookupResult result = lookup(LookupKey.APP_ID, "333", "111", "222");

			// then
			assertThat(result.requests()).isEqualTo(1);
			assertThat(result.results()).extracting(TargetResult::value, TargetResult::outcome)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("333", Outcome.FETCHED),
						org.assertj.core.groups.Tuple.tuple("111", Outcome.NOT_FOUND),
						org.assertj.core.groups.Tuple.tuple("222", Outcome.FETCHED));
			assertThat(result.results().get(0).listings().get(0).bundleId()).isEqualTo("com.c");
			assertThat(result.results().get(2).listings().get(0).appId()).isEqualTo("222");
		}

		@Test
		void shouldMatchBundleIdsCaseInsensitively() {
			// given
			apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("bundleId", equalTo("com.Example.APP"))
				.willReturn(okJson(AppleResponses.results(AppleResponses.app(5, "com.example.app", "A", "D", "S")))));

			// when
			LookupResult result = lookup(LookupKey.BUNDLE_ID, "com.Example.APP");

			// then
			assertThat(result.results().get(0).outcome()).isEqualTo(Outcome.FETCHED);
		}

		@Test
		void shouldTreatAnEmptyAnswerAsNotFoundInThatStorefront() {
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson("{\"resultCount\":0,\"results\":[]}")));

			TargetResult result = lookup(LookupKey.APP_ID, "414478124").results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
			assertThat(result.detail()).contains("us storefront");
		}

		@Test
		void shouldMapEveryFieldAndLeaveMissingOnesNull() {
			// given: a full result and one with only a trackId
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson("""
					{"resultCount":2,"results":[
					 {"wrapperType":"software","trackId":414478124,"bundleId":"com.tencent.xin","trackName":"微信",
					  "artistId":614694882,"artistName":"WeChat","sellerName":"Tencent Technology (Shenzhen) Company Limited",
					  "sellerUrl":"http://weixin.qq.com","trackViewUrl":"https://apps.apple.com/cn/app/id414478124",
					  "version":"8.0.2","releaseDate":"2011-01-21T01:32:15Z","currentVersionReleaseDate":"2021-02-02T08:15:22Z",
					  "price":1.99,"currency":"CNY","genres":["社交","效率"]},
					 {"trackId":1}]}""")));

			// when
			List<TargetResult> results = lookup(LookupKey.APP_ID, "414478124", "1").results();

			// then
			Listing wechat = results.get(0).listings().get(0);
			assertThat(wechat).isEqualTo(new Listing(Store.APPLE, "us", "414478124", "com.tencent.xin", "微信", "WeChat",
					"614694882", "Tencent Technology (Shenzhen) Company Limited", "https://apps.apple.com/cn/app/id414478124",
					"http://weixin.qq.com", "8.0.2", "2011-01-21T01:32:15Z", "2021-02-02T08:15:22Z",
					new java.math.BigDecimal("1.99"), "CNY", List.of("社交", "效率")));
			Listing bare = results.get(1).listings().get(0);
			assertThat(bare.appId()).isEqualTo("1");
			assertThat(bare.title()).isNull();
			assertThat(bare.legalName()).isNull();
			assertThat(bare.genres()).isEmpty();
		}

	}

	@Nested
	class Discovery {

		@Test
		void shouldReadADevelopersCatalogWithoutItsArtistRow() {
			apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("id", equalTo("614694882"))
				.withQueryParam("limit", equalTo("200"))
				.willReturn(okJson("""
						{"resultCount":3,"results":[{"wrapperType":"artist","artistId":614694882,"artistName":"WeChat"},
						%s,%s]}""".formatted(AppleResponses.app(414478124, "com.tencent.xin", "WeChat", "WeChat", "Tencent"),
						AppleResponses.app(1, "com.tencent.wework", "WeCom", "WeChat", "Tencent")))));

			TargetResult result = lookup(LookupKey.DEVELOPER_ID, "614694882").results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
			assertThat(result.listings()).extracting(Listing::bundleId).containsExactly("com.tencent.xin", "com.tencent.wework");
		}

		@Test
		void shouldReportAnUnknownDeveloperAsNotFound() {
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson("{\"resultCount\":0,\"results\":[]}")));

			assertThat(lookup(LookupKey.DEVELOPER_ID, "999").results().get(0).outcome()).isEqualTo(Outcome.NOT_FOUND);
		}

		@Test
		void shouldSearchForNamesInAnyScript() {
			// given: a Chinese alias
			apple.stubFor(get(urlPathEqualTo("/search")).withQueryParam("term", equalTo("微信"))
				.withQueryParam("entity", equalTo("software"))
				.withQueryParam("limit", equalTo("200"))
				.willReturn(okJson(AppleResponses.results(AppleResponses.app(7, "com.clone.wx", "微信 Lite", "X", "Y")))));

			// when
			TargetResult result = lookup(LookupKey.SEARCH_TERM, "微信").results().get(0);

			// then
			assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
			assertThat(result.listings()).extracting(Listing::title).containsExactly("微信 Lite");
		}

		@Test
		void shouldCountAnEmptySearchAsAnswered() {
			apple.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("{\"resultCount\":0,\"results\":[]}")));

			TargetResult result = lookup(LookupKey.SEARCH_TERM, "nothing like this").results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
			assertThat(result.listings()).isEmpty();
		}

	}

	@Nested
	class Outcomes {

		@BeforeEach
		void noRateLimit() {
			// backoff waits only: the rate limit has its own tests
			client = client(Map.of("stores.apple.requests-per-minute", "6000000"));
		}

		@Test
		void shouldRecordApplesErrorMessageWithTheRequest() {
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(aResponse().withStatus(400)
				.withBody("{\"errorMessage\":\"Invalid value(s) for key(s): [itunesId]\",\"queryParameters\":{}}")));

			TargetResult result = lookup(LookupKey.APP_ID, "abc").results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
			assertThat(result.detail()).isEqualTo("HTTP 400: Apple answered: Invalid value(s) for key(s): [itunesId]");
			assertThat(result.url()).contains("/lookup?id=abc");
		}

		@Test
		void shouldBackOffOnApplesEmpty403ThrottleAndThenSucceed() {
			// given: two throttled answers, then the real one
			throttleThenAnswer(aResponse().withStatus(403), aResponse().withStatus(403));

			// when
			LookupResult result = lookup(LookupKey.APP_ID, "5");

			// then
			assertThat(result.results().get(0).outcome()).isEqualTo(Outcome.FETCHED);
			assertThat(result.requests()).isEqualTo(3);
			List<Duration> backoffs = time.sleeps().stream().filter((d) -> d.toMillis() > 1).toList();
			assertThat(backoffs).hasSize(2);
			assertThat(backoffs.get(0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
			assertThat(backoffs.get(1)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
		}

		@Test
		void shouldHonourRetryAfterInSecondsAndAsAnHttpDate() {
			// given: 429 asking for 7 s, then 503 asking until an HTTP date 30 s after now
			throttleThenAnswer(aResponse().withStatus(429).withHeader("Retry-After", "7"),
					aResponse().withStatus(503).withHeader("Retry-After", "Sun, 29 Nov 2026 06:00:30 GMT"));

			// when
			LookupResult result = lookup(LookupKey.APP_ID, "5");

			// then
			assertThat(result.results().get(0).outcome()).isEqualTo(Outcome.FETCHED);
			assertThat(time.sleeps().stream().filter((d) -> d.toMillis() > 1)).containsExactly(Duration.ofSeconds(7),
					Duration.ofSeconds(30));
		}

		@Test
		void shouldGiveUpAfterABurstOf5xxNamingTheLastAnswer() {
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(aResponse().withStatus(502)));

			LookupResult result = lookup(LookupKey.APP_ID, "5", "6");

			assertThat(result.requests()).isEqualTo(4);
			assertThat(result.results()).allSatisfy((r) -> {
				assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
				assertThat(r.detail()).isEqualTo("HTTP 502 (gave up after 4 attempts)");
			});
			apple.verify(4, getRequestedFor(urlPathEqualTo("/lookup")));
		}

		@Test
		void shouldRefuseToWaitLongerThanTheMaximumBackoff() {
			apple.stubFor(get(urlPathEqualTo("/lookup"))
				.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

			TargetResult result = lookup(LookupKey.APP_ID, "5").results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
			assertThat(result.detail()).contains("asked to wait PT1H, longer than delist.http.max-backoff");
			apple.verify(1, getRequestedFor(urlPathEqualTo("/lookup")));
		}

		@Test
		void shouldTimeOutASlowAnswer() {
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.none()).withFixedDelay(2000)));

			TargetResult result = client(Map.of("http.max-attempts", "1")).lookup(
					new LookupRequest(Store.APPLE, "us", LookupKey.APP_ID, List.of("5"))).results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
			assertThat(result.detail()).startsWith("timed out");
		}

		@Test
		void shouldSurviveAConnectionResetAndRetry() {
			throttleThenAnswer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

			LookupResult result = lookup(LookupKey.APP_ID, "5");

			assertThat(result.results().get(0).outcome()).isEqualTo(Outcome.FETCHED);
			assertThat(result.requests()).isEqualTo(2);
		}

		@Test
		void shouldStopAskingAHostThatIsDownAfterEightUnreachableAttempts() {
			// given: nothing listens any more
			apple.stop();

			// when: two lookups of four attempts each, then a third
			lookup(LookupKey.APP_ID, "5");
			lookup(LookupKey.APP_ID, "6");
			LookupResult third = lookup(LookupKey.APP_ID, "7");

			// then: the third fails at once, without a request or a wait
			assertThat(third.requests()).isZero();
			assertThat(third.results().get(0).outcome()).isEqualTo(Outcome.ERROR);
			assertThat(third.results().get(0).detail()).startsWith("not requested: localhost was unreachable");
			assertThat(time.sleeps().stream().filter((d) -> d.toMillis() > 1)).as("backoffs of the first two").hasSize(6);
		}

		@Test
		void shouldRecordMalformedJsonAsAParseFailureWithItsUrl() {
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson("{\"resultCount\":1,\"results\":[{\"trackId\":")));

			TargetResult result = lookup(LookupKey.APP_ID, "5").results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.PARSE_FAILURE);
			assertThat(result.detail()).startsWith("HTTP 200: malformed JSON");
			assertThat(result.url()).isEqualTo(apple.baseUrl() + "/lookup?id=5&country=us&entity=software");
		}

		@Test
		void shouldRefuseABodyOverTheCap() {
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson("{\"results\":[],\"pad\":\"" + "x".repeat(70_000)
					+ "\"}")));

			TargetResult result = lookup(LookupKey.APP_ID, "5").results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
			assertThat(result.detail()).isEqualTo("refused: body larger than 65536B");
		}

		@Test
		void shouldNotFollowARedirectToAnotherHost() {
			apple.stubFor(get(urlPathEqualTo("/lookup"))
				.willReturn(aResponse().withStatus(302).withHeader("Location", "https://evil.example/lookup")));

			TargetResult result = lookup(LookupKey.APP_ID, "5").results().get(0);

			assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
			assertThat(result.detail()).isEqualTo("redirected to https://evil.example/lookup (not followed)");
		}

		private void throttleThenAnswer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... failures) {
			String state = Scenario.STARTED;
			for (int i = 0; i < failures.length; i++) {
				String next = "attempt-" + (i + 2);
				apple.stubFor(get(urlPathEqualTo("/lookup")).inScenario("flaky")
					.whenScenarioStateIs(state)
					.willReturn(failures[i])
					.willSetStateTo(next));
				state = next;
			}
			apple.stubFor(get(urlPathEqualTo("/lookup")).inScenario("flaky")
				.whenScenarioStateIs(state)
				.willReturn(okJson(AppleResponses.results(AppleResponses.app(5, "com.e", "E", "D", "S")))));
		}

	}

	@Nested
	class RateLimit {

		@Test
		void shouldSpaceRequestsToTheConfiguredRatePerHost() {
			// given: 20 requests a minute is one every 3 s
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.none())));

			// when: six lookups back to back
			for (int i = 0; i < 6; i++) {
				lookup(LookupKey.APP_ID, String.valueOf(100 + i));
			}

			// then: the first goes at once, each later one waits its 3 s slot
			apple.verify(6, getRequestedFor(urlPathEqualTo("/lookup")));
			assertThat(time.sleeps()).hasSize(5).allSatisfy((wait) -> assertThat(wait).isEqualTo(Duration.ofSeconds(3)));
			assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(15));
		}

		@Test
		void shouldShareOneHostsLimitBetweenThreads() throws Exception {
			// given: a frozen clock, so every thread asks for its slot at the same instant
			time = FakeTime.frozen();
			client = client(Map.of());
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.none())));

			// when: four threads, three lookups each
			List<Thread> threads = new java.util.ArrayList<>();
			for (int t = 0; t < 4; t++) {
				Thread thread = new Thread(() -> {
					for (int i = 0; i < 3; i++) {
						lookup(LookupKey.APP_ID, "1");
					}
				});
				threads.add(thread);
				thread.start();
			}
			for (Thread thread : threads) {
				thread.join();
			}

			// then: the twelve requests got twelve distinct 3 s slots, however the threads interleaved
			apple.verify(12, getRequestedFor(urlPathEqualTo("/lookup")));
			assertThat(time.sleeps()).hasSize(11)
				.extracting(Duration::toSeconds)
				.containsExactlyInAnyOrder(3L, 6L, 9L, 12L, 15L, 18L, 21L, 24L, 27L, 30L, 33L);
		}

	}

}
