package dev.delist.store.galaxy;

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
import dev.delist.store.LookupKey;
import dev.delist.store.LookupRequest;
import dev.delist.store.LookupResult;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.TargetResult;
import dev.delist.support.FakeTime;
import dev.delist.support.StoreClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The Galaxy Store client against a WireMock store: the request it makes, politeness and refusals. */
class GalaxyStoreClientTests {

	private static final String DETAIL = "/api/detail/org.example.galaxy";

	WireMockServer galaxy;

	FakeTime time;

	GalaxyStoreClient client;

	@BeforeEach
	void setUp() {
		this.galaxy = new WireMockServer(options().dynamicPort());
		this.galaxy.start();
		this.galaxy.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(notFound()));
		this.time = new FakeTime();
		this.client = client(Map.of());
	}

	@AfterEach
	void tearDown() {
		this.galaxy.stop();
	}

	GalaxyStoreClient client(Map<String, String> extra) {
		Map<String, String> settings = new HashMap<>(Map.of("stores.galaxy-store.base-url", this.galaxy.baseUrl(),
				"stores.galaxy-store.requests-per-minute", "6000000", "http.user-agent",
				"delist-test/1.0 (ops@example.org)", "http.initial-backoff", "5ms"));
		settings.putAll(extra);
		Map<String, String> prefixed = new HashMap<>();
		settings.forEach((key, value) -> prefixed.put("delist." + key, value));
		DelistProperties properties = new Binder(new MapConfigurationPropertySource(prefixed))
			.bindOrCreate("delist", DelistProperties.class);
		return new GalaxyStoreClient(StoreClients.factory(this.time,
				Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC), settings), properties);
	}

	LookupResult lookup(String country, String packageName) {
		return this.client.lookup(new LookupRequest(Store.GALAXY_STORE, country, LookupKey.APP_ID, List.of(packageName)));
	}

	@Test
	void shouldAskForThePackageInTheAlpha3StorefrontWithTheStoresOwnOriginAsReferer() {
		// given
		this.galaxy.stubFor(get(urlPathEqualTo(DETAIL)).withQueryParam("cntyCd", equalTo("IND"))
			.withHeader("Referer", equalTo(this.galaxy.baseUrl() + "/"))
			.willReturn(okJson(GalaxyPages.own("detail.json"))));

		// when
		LookupResult result = lookup("in", "org.example.galaxy");

		// then: robots.txt, then the detail
		TargetResult target = result.results().get(0);
		assertThat(target.outcome()).as(target.detail()).isEqualTo(Outcome.FETCHED);
		assertThat(target.url()).isEqualTo(this.galaxy.baseUrl() + DETAIL + "?cntyCd=IND");
		assertThat(target.listings().get(0).country()).isEqualTo("in");
		assertThat(result.requests()).isEqualTo(2);
		this.galaxy.verify(getRequestedFor(urlPathEqualTo(DETAIL)).withHeader("User-Agent",
				equalTo("delist-test/1.0 (ops@example.org)")));
	}

	@Test
	void shouldRefuseAValueThatIsNotAnAndroidPackageBeforeAnyRequest() {
		for (String value : new String[] { "../../admin", "com.example/../x", "1abc.def", "nodots", "a..b" }) {
			TargetResult result = lookup("us", value).results().get(0);

			assertThat(result.outcome()).as(value).isEqualTo(Outcome.ERROR);
			assertThat(result.detail()).as(value).startsWith("not requested: ").contains("not a valid Android package");
		}
		assertThat(lookup("us", "nodots").requests()).isZero();
		this.galaxy.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void shouldRefuseAStorefrontWithoutAnAlpha3CodeBeforeAnyRequest() {
		TargetResult result = lookup("xx", "org.example.galaxy").results().get(0);

		assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(result.detail()).contains("'xx' has no galaxy-store storefront code");
		this.galaxy.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void shouldNotAskForWhatItHasNoEndpointFor() {
		TargetResult result = this.client
			.lookup(new LookupRequest(Store.GALAXY_STORE, "us", LookupKey.SEARCH_TERM, List.of("wechat")))
			.results()
			.get(0);

		assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(result.detail()).contains("no verified endpoint for SEARCH_TERM");
		this.galaxy.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void shouldRefuseABodyOverTheCapWithoutParsingIt() {
		// given: a valid answer padded past a 1 KB cap
		this.client = client(Map.of("http.max-body-size", "1KB"));
		String padded = GalaxyPages.own("detail.json").replace("\"Tools\"", "\"" + "x".repeat(2000) + "\"");
		this.galaxy.stubFor(get(urlPathEqualTo(DETAIL)).willReturn(okJson(padded)));

		// when
		TargetResult result = lookup("in", "org.example.galaxy").results().get(0);

		// then: an error that counts against the gate, and no listing
		assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(result.detail()).contains("body larger than 1024B");
		assertThat(result.listings()).isEmpty();
	}

	@Test
	void shouldHonourRetryAfterOn429() {
		this.galaxy.stubFor(get(urlPathEqualTo(DETAIL)).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
			.willSetStateTo("free"));
		this.galaxy.stubFor(get(urlPathEqualTo(DETAIL)).inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(okJson(GalaxyPages.own("detail.json"))));

		assertThat(lookup("in", "org.example.galaxy").results().get(0).outcome()).isEqualTo(Outcome.FETCHED);
		assertThat(this.time.sleeps()).contains(Duration.ofSeconds(7));
	}

	@Test
	void shouldNotFollowARedirectOffTheStore() {
		this.galaxy.stubFor(get(urlPathEqualTo(DETAIL))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "https://account.example.com/signin")));

		TargetResult result = lookup("in", "org.example.galaxy").results().get(0);

		assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(result.detail()).contains("redirected to https://account.example.com/signin (not followed)");
	}

	@Test
	void shouldNotRequestWhatRobotsTxtDisallows() {
		// given
		this.galaxy.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(ok("User-agent: *\nDisallow: /api/\n")));
		this.client = client(Map.of());

		// when
		TargetResult result = lookup("in", "org.example.galaxy").results().get(0);

		// then
		assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(result.detail()).contains("robots.txt disallows it (delist.stores.galaxy-store.respect-robots)");
		this.galaxy.verify(0, getRequestedFor(urlPathEqualTo(DETAIL)));
		lookup("us", "org.example.galaxy");
		this.galaxy.verify(1, getRequestedFor(urlPathEqualTo("/robots.txt")));
	}

	@Test
	void shouldLetAnOperatorSwitchRobotsOffForTheirOwnStore() {
		this.galaxy.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(ok("User-agent: *\nDisallow: /\n")));
		this.galaxy.stubFor(get(urlPathEqualTo(DETAIL)).willReturn(okJson(GalaxyPages.own("detail.json"))));
		this.client = client(Map.of("stores.galaxy-store.respect-robots", "false"));

		assertThat(lookup("in", "org.example.galaxy").results().get(0).outcome()).isEqualTo(Outcome.FETCHED);
		this.galaxy.verify(0, getRequestedFor(urlPathEqualTo("/robots.txt")));
	}

	@Test
	void shouldGiveTheOriginOfABaseUrlWithAPath() {
		assertThat(GalaxyStoreClient.origin(okhttp3.HttpUrl.get("https://galaxystore.samsung.com/some/path?x=1")))
			.isEqualTo("https://galaxystore.samsung.com/");
	}

}
