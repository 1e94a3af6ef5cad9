package dev.delist.store.googleplay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.delist.config.DelistProperties;
import dev.delist.store.Listing;
import dev.delist.store.LookupKey;
import dev.delist.store.LookupRequest;
import dev.delist.store.LookupResult;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.TargetResult;
import dev.delist.support.PlayPages;
import dev.delist.support.FakeTime;
import dev.delist.support.StoreClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The Google Play client against a WireMock store serving our own small pages: outcomes and politeness. */
class GooglePlayStoreClientTests {

	WireMockServer play;

	FakeTime time;

	GooglePlayStoreClient client;

	@BeforeEach
	void setUp() {
		this.play = new WireMockServer(options().dynamicPort());
		this.play.start();
		this.play.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(notFound()));
		this.time = new FakeTime();
		this.client = client(Map.of());
	}

	@AfterEach
	void tearDown() {
		this.play.stop();
	}

	GooglePlayStoreClient client(Map<String, String> extra) {
		Map<String, String> settings = new HashMap<>(Map.of("stores.google-play.base-url", this.play.baseUrl(),
				"stores.google-play.requests-per-minute", "6000000", "http.user-agent", "delist-test/1.0 (ops@example.org)"));
		settings.putAll(extra);
		Map<String, String> prefixed = new HashMap<>();
		settings.forEach((key, value) -> prefixed.put("delist." + key, value));
		DelistProperties properties = new Binder(new MapConfigurationPropertySource(prefixed))
			.bindOrCreate("delist", DelistProperties.class);
		return new GooglePlayStoreClient(StoreClients.factory(this.time,
				Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC), settings), properties);
	}

	TargetResult lookup(LookupKey key, String value) {
		return this.client.lookup(new LookupRequest(Store.GOOGLE_PLAY, "us", key, List.of(value))).results().get(0);
	}

	void details(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).willReturn(response));
	}

	@Test
	void shouldParseADetailsPageIntoAListingAskingInEnglishForTheCountry() {
		// given
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).withQueryParam("id", equalTo("org.example.routed"))
			.withQueryParam("hl", equalTo("en"))
			.withQueryParam("gl", equalTo("us"))
			.willReturn(ok(OwnPages.read("details-routed.html"))));

		// when
		TargetResult result = lookup(LookupKey.APP_ID, "org.example.routed");

		// then
		assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
		Listing listing = result.listings().get(0);
		assertThat(listing.appId()).isEqualTo("org.example.routed");
		assertThat(listing.developerName()).isEqualTo("Example Dev");
		assertThat(listing.legalName()).isEqualTo("Example Holdings Ltd");
		assertThat(listing.country()).isEqualTo("us");
		this.play.verify(getRequestedFor(urlPathEqualTo("/store/apps/details")).withHeader("User-Agent",
				equalTo("delist-test/1.0 (ops@example.org)")));
	}

	@Test
	void shouldTreatGooglePlaysOwn404PageAsNotFoundInThatCountry() {
		details(notFound().withBody(PlayPages.notFound()));

		TargetResult result = lookup(LookupKey.APP_ID, "com.gone");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Not Found",
			"<html><head><title>Error response</title></head><body><h1>Error response</h1><p>Error code: 404</p>"
					+ "<p>Message: File not found.</p></body></html>",
			"<html><body><h1>404 Not Found</h1><hr><center>nginx</center></body></html>" })
	void shouldCountA404FromAServerThatIsNotGooglePlayAsAnErrorNeverAsNotFound(String body) {
		details(notFound().withBody(body));

		TargetResult result = lookup(LookupKey.APP_ID, "com.gone");

		assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(result.detail()).contains("HTTP 404").contains("not Google Play's not-found page");
	}

	@Test
	void shouldReportACaptchaPageAsBlockedNeverAsAnEmptyListing() {
		details(ok(OwnPages.read("captcha.html")));

		TargetResult result = lookup(LookupKey.APP_ID, "com.tencent.mm");

		assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(result.listings()).isEmpty();
		assertThat(result.detail()).contains("captcha");
	}

	@Test
	void shouldReportAConsentInterstitialAsBlocked() {
		details(ok(OwnPages.read("consent.html")));

		assertThat(lookup(LookupKey.APP_ID, "com.tencent.mm").outcome()).isEqualTo(Outcome.BLOCKED);
	}

	@Test
	void shouldReportARedirectToTheConsentHostAsBlockedWithoutFollowingIt() {
		details(aResponse().withStatus(302).withHeader("Location", "https://consent.google.com/ml?continue=x"));

		TargetResult result = lookup(LookupKey.APP_ID, "com.tencent.mm");

		assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(result.detail()).contains("consent.google.com");
	}

	@Test
	void shouldRetryAPlayGatewayErrorAsTransient() {
		// given: one gateway error in a 200 body, then the page
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).inScenario("gateway")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(ok(OwnPages.read("gateway-error.txt")))
			.willSetStateTo("recovered"));
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).inScenario("gateway")
			.whenScenarioStateIs("recovered")
			.willReturn(ok(OwnPages.read("details-routed.html"))));

		// when
		LookupResult result = this.client.lookup(new LookupRequest(Store.GOOGLE_PLAY, "us", LookupKey.APP_ID,
				List.of("org.example.routed")));

		// then: robots.txt, the gateway error and the page
		assertThat(result.results().get(0).outcome()).isEqualTo(Outcome.FETCHED);
		assertThat(result.requests()).isEqualTo(3);
	}

	@Test
	void shouldHonourRetryAfterOn429() {
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12"))
			.willSetStateTo("free"));
		this.play.stubFor(get(urlPathEqualTo("/store/apps/details")).inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(ok(OwnPages.read("details-routed.html"))));

		assertThat(lookup(LookupKey.APP_ID, "org.example.routed").outcome()).isEqualTo(Outcome.FETCHED);
		assertThat(this.time.sleeps()).contains(Duration.ofSeconds(12));
	}

	@Test
	void shouldReportLayoutDriftAsAParseFailureNamingTheUrlAndField() {
		details(ok(OwnPages.read("details-no-developer.html")));

		TargetResult result = lookup(LookupKey.APP_ID, "org.example.nodev");

		assertThat(result.outcome()).isEqualTo(Outcome.PARSE_FAILURE);
		assertThat(result.detail()).contains("/store/apps/details?id=org.example.nodev").containsIgnoringCase("developer");
	}

	@Test
	void shouldListADevelopersAppsAndRecordTheContinuationToken() {
		this.play.stubFor(get(urlPathEqualTo("/store/apps/dev")).withQueryParam("id", equalTo("1234567890"))
			.willReturn(ok(OwnPages.read("developer-numeric.html"))));

		TargetResult result = lookup(LookupKey.DEVELOPER_ID, "1234567890");

		assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
		assertThat(result.listings()).extracting(Listing::appId).contains("org.example.one");
		assertThat(result.listings()).allSatisfy((app) -> assertThat(app.developerId()).isEqualTo("1234567890"));
		assertThat(result.detail()).contains("TOKEN-123");
	}

	@Test
	void shouldUseTheNameFormPageForANamedDeveloper() {
		this.play.stubFor(get(urlPathEqualTo("/store/apps/developer")).withQueryParam("id", equalTo("Solo Studio"))
			.willReturn(ok(OwnPages.read("developer-name.html"))));

		TargetResult result = lookup(LookupKey.DEVELOPER_ID, "Solo Studio");

		assertThat(result.listings()).extracting(Listing::appId).containsExactly("org.example.solo");
	}

	@Test
	void shouldSearchForANameAndListTheResults() {
		this.play.stubFor(get(urlPathEqualTo("/store/search")).withQueryParam("q", equalTo("微信"))
			.withQueryParam("c", equalTo("apps"))
			.willReturn(ok(OwnPages.read("search.html"))));

		TargetResult result = lookup(LookupKey.SEARCH_TERM, "微信");

		assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
		assertThat(result.listings()).isNotEmpty().allSatisfy((app) -> assertThat(app.appId()).isNotBlank());
	}

	@Test
	void shouldNotRequestWhatRobotsTxtDisallows() {
		// given
		this.play.stubFor(get(urlPathEqualTo("/robots.txt"))
			.willReturn(ok("User-agent: *\nDisallow: /store/search\nAllow: /store/apps/\n")));
		this.client = client(Map.of());

		// when
		TargetResult result = lookup(LookupKey.SEARCH_TERM, "wechat");

		// then
		assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(result.detail()).contains("robots.txt disallows it");
		this.play.verify(0, getRequestedFor(urlPathEqualTo("/store/search")));
		this.play.verify(1, getRequestedFor(urlPathEqualTo("/robots.txt")));
	}

	@Test
	void shouldLetAnOperatorSwitchRobotsOffForTheirOwnStore() {
		this.play.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(ok("User-agent: *\nDisallow: /\n")));
		this.play.stubFor(get(urlPathEqualTo("/store/search")).willReturn(ok(OwnPages.read("search.html"))));
		this.client = client(Map.of("stores.google-play.respect-robots", "false"));

		assertThat(lookup(LookupKey.SEARCH_TERM, "wechat").outcome()).isEqualTo(Outcome.FETCHED);
		this.play.verify(0, getRequestedFor(urlPathEqualTo("/robots.txt")));
	}

}
