package dev.delist.store.apple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.delist.store.Listing;
import dev.delist.support.RecordedFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every recorded iTunes Lookup answer in ../shared/fixtures/app-store parses to its known fields. */
class AppleConformanceTests {

	@Test
	void shouldParseALookupById() throws Exception {
		Listing facebook = only("itunes-lookup_id-284882215_facebook_us_fastlane.json", "us");

		assertThat(facebook.appId()).isEqualTo("284882215");
		assertThat(facebook.bundleId()).isEqualTo("com.facebook.Facebook");
		assertThat(facebook.title()).isEqualTo("Facebook");
		assertThat(facebook.developerId()).isEqualTo("284882218");
		assertThat(facebook.developerName()).isEqualTo("Facebook, Inc.");
		assertThat(facebook.legalName()).isEqualTo("Facebook, Inc.");
		assertThat(facebook.sellerUrl()).isEqualTo("http://www.facebook.com/mobile");
		assertThat(facebook.version()).isEqualTo("15.0");
		assertThat(facebook.releaseDate()).isEqualTo("2008-07-11T07:00:00Z");
		// recorded before Apple added currentVersionReleaseDate: absent is null, not an error
		assertThat(facebook.updatedDate()).isNull();
		assertThat(facebook.price()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(facebook.currency()).isEqualTo("USD");
		assertThat(facebook.genres()).containsExactly("Social Networking");
		assertThat(facebook.url()).startsWith("https://itunes.apple.com/us/app/facebook/id284882215");
	}

	@Test
	void shouldParseTheSameAppLookedUpByBundleId() throws Exception {
		assertThat(only("itunes-lookup_bundleId-com.facebook.Facebook_us_fastlane.json", "us"))
			.isEqualTo(only("itunes-lookup_id-284882215_facebook_us_fastlane.json", "us"));
	}

	@Test
	void shouldParseAnotherStorefront() throws Exception {
		Listing orange = only("itunes-lookup_id-338986109_country-FR_fastlane.json", "fr");

		assertThat(orange.country()).isEqualTo("fr");
		assertThat(orange.bundleId()).isEqualTo("com.orange.118712");
		assertThat(orange.title()).isEqualTo("118 712 annuaire - recherche inverse, pro, particulier");
		assertThat(orange.currency()).isEqualTo("EUR");
		assertThat(orange.genres()).containsExactly("Utilitaires", "Style de vie");
	}

	@Test
	void shouldKeepArtistAndSellerApartForWeChat() throws Exception {
		// a transcribed excerpt, not byte-exact: used for the fields matching relies on
		Listing wechat = only("itunes-lookup_id-414478124_wechat_cn_2021-02_EXCERPT-transcribed.json", "cn");

		assertThat(wechat.bundleId()).isEqualTo("com.tencent.xin");
		assertThat(wechat.title()).isEqualTo("微信");
		assertThat(wechat.developerName()).isEqualTo("WeChat");
		assertThat(wechat.developerId()).isEqualTo("614694882");
		assertThat(wechat.legalName()).isEqualTo("Tencent Technology (Shenzhen) Company Limited");
		assertThat(wechat.updatedDate()).isEqualTo("2021-02-02T08:15:22Z");
	}

	@Test
	void shouldParseAnEmptyAnswerAndAnErrorAnswer() throws Exception {
		AppleLookupResponse none = parse("itunes-lookup_no-results_resultCount-0_fastlane.json", "us");
		AppleLookupResponse error = parse("itunes-lookup_error-invalid-id_fastlane.json", "us");

		assertThat(none.apps()).isEmpty();
		assertThat(none.errorMessage()).isNull();
		assertThat(error.apps()).isEmpty();
		assertThat(error.errorMessage()).isEqualTo("Invalid value(s) for key(s): [itunesId]");
	}

	@Test
	void shouldParseEveryRecordedAnswer() throws Exception {
		try (Stream<Path> files = Files.list(RecordedFixtures.dir("app-store"))) {
			List<Path> json = files.filter((file) -> file.toString().endsWith(".json")).toList();
			assertThat(json).hasSizeGreaterThanOrEqualTo(6);
			for (Path file : json) {
				AppleLookupResponse response = parse(file.getFileName().toString(), "us");
				int expected = file.getFileName().toString().contains("no-results") ? 0 : 1;
				assertThat(response.apps().size() + ((response.errorMessage() != null) ? 1 : 0)).as(file.toString())
					.isEqualTo(expected);
			}
		}
	}

	private static Listing only(String file, String country) throws Exception {
		List<Listing> apps = parse(file, country).apps();
		assertThat(apps).hasSize(1);
		return apps.get(0);
	}

	private static AppleLookupResponse parse(String file, String country) throws Exception {
		return AppleLookupParser.parse(RecordedFixtures.read("app-store", file), country);
	}

}
