package dev.delist.store.googleplay;

import org.junit.jupiter.api.Test;

import dev.delist.store.Listing;
import dev.delist.store.Store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The parsers against real pages recorded from Google Play (see ../shared/fixtures/SOURCES.md). */
class PlayConformanceTest {

	private static final String TRANSLATE = "play-details_com.google.android.apps.translate_en-us_2026-07.html";

	private static final String MINECRAFT = "play-details_com.mojang.minecraftpe_en-us_2026-07.html";

	private static final String WHEREAMI = "play-details_com.adex77.WhereAmI_en-us_2026-07.html";

	private static final String LEGACY = "play-details_com.instagram.igtv_LEGACY-2019-layout.html";

	private final PlayDetailsParser details = new PlayDetailsParser();

	@Test
	void translateDetails() {
		PlayDetails app = this.details.parse(RecordedPages.read(TRANSLATE), TRANSLATE);
		assertThat(app.title()).isEqualTo("Google Translate");
		assertThat(app.packageName()).isEqualTo("com.google.android.apps.translate");
		assertThat(app.developerName()).isEqualTo("Google LLC");
		assertThat(app.developerId())
			.isEqualTo(new PlayDeveloperId("5700313618786177705", PlayDeveloperId.Form.NUMERIC));
		assertThat(app.legalName()).isEqualTo("Google LLC");
		assertThat(app.legalEmail()).isEqualTo("support@google.com");
		assertThat(app.legalAddress()).isEqualTo("1600 Amphitheatre Pkwy, Mountain View, CA 94043, United States");
		assertThat(app.developerEmail()).isEqualTo("translate-mobile-support@google.com");
		assertThat(app.developerWebsite()).isEqualTo("http://support.google.com/translate");
		assertThat(app.installs()).isEqualTo("1,000,000,000+");
		assertThat(app.updatedEpochSeconds()).isEqualTo(1783355190L);
		assertThat(app.version()).isNull(); // "varies with device": absent, not an error
		assertThat(app.released()).isNull();
		assertThat(app.genre()).isEqualTo("Tools");
		assertThat(app.genreId()).isEqualTo("TOOLS");
		assertThat(app.privacyPolicy()).isEqualTo("http://www.google.com/policies/privacy/");
		assertThat(app.priceMicros()).isZero();
		assertThat(app.currency()).isEqualTo("USD");
	}

	@Test
	void minecraftDetailsKeepDisplayAndLegalNamesApart() {
		PlayDetails app = this.details.parse(RecordedPages.read(MINECRAFT), MINECRAFT);
		assertThat(app.title()).isEqualTo("Minecraft: Dream it, Build it!");
		assertThat(app.packageName()).isEqualTo("com.mojang.minecraftpe");
		assertThat(app.developerName()).isEqualTo("Mojang");
		assertThat(app.legalName()).isEqualTo("Microsoft Corporation");
		assertThat(app.developerId())
			.isEqualTo(new PlayDeveloperId("4772240228547998649", PlayDeveloperId.Form.NUMERIC));
		assertThat(app.version()).isEqualTo("1.26.32.2");
		assertThat(app.released()).isEqualTo("Aug 15, 2011");
		assertThat(app.priceMicros()).isEqualTo(6_990_000L);
		assertThat(app.genreId()).isEqualTo("GAME_ARCADE");

		Listing listing = app.toListing("us");
		assertThat(listing.store()).isEqualTo(Store.GOOGLE_PLAY);
		assertThat(listing.url()).isEqualTo("https://play.google.com/store/apps/details?id=com.mojang.minecraftpe");
		assertThat(listing.bundleId()).isEqualTo("com.mojang.minecraftpe");
		assertThat(listing.developerId()).isEqualTo("4772240228547998649");
		assertThat(listing.price()).isEqualByComparingTo("6.99");
		assertThat(listing.releaseDate()).isEqualTo("2011-08-15");
		assertThat(listing.updatedDate()).isEqualTo("2026-06-24T22:04:44Z");
		assertThat(listing.genres()).containsExactly("Arcade");
	}

	@Test
	void whereAmIHasANameFormDeveloperLink() {
		PlayDetails app = this.details.parse(RecordedPages.read(WHEREAMI), WHEREAMI);
		assertThat(app.packageName()).isEqualTo("com.adex77.WhereAmI");
		assertThat(app.developerName()).isEqualTo("Adex77");
		assertThat(app.developerId()).isEqualTo(new PlayDeveloperId("Adex77", PlayDeveloperId.Form.NAME));
		assertThat(app.legalName()).isEqualTo("Adrian Chmielewski");
		assertThat(app.version()).isEqualTo("4.0.7");
	}

	@Test
	void legacy2019LayoutIsDriftNotAnEmptyListing() {
		String html = RecordedPages.read(LEGACY); // outside the lambda, so a skip is not taken for the exception
		assertThatExceptionOfType(PlayLayoutDriftException.class)
			.isThrownBy(() -> this.details.parse(html, LEGACY))
			.satisfies((ex) -> assertThat(ex.missing()).contains("Ws7gDc"))
			.withMessageContaining(LEGACY);
	}

	@Test
	void numericDeveloperPageListsAppsAndAToken() {
		String name = "play-dev-numeric_5700313618786177705_google_en-us_2026-07.html";
		PlayDeveloperPage page = new PlayDeveloperPageParser().parse(RecordedPages.read(name),
				"https://play.google.com/store/apps/dev?id=5700313618786177705");
		assertThat(page.form()).isEqualTo(PlayDeveloperId.Form.NUMERIC);
		assertThat(page.apps()).hasSize(10);
		assertThat(page.apps().get(0))
			.isEqualTo(new PlayAppSummary("com.google.android.apps.messaging", "Google Messages", "Google LLC"));
		assertThat(page.apps()).extracting(PlayAppSummary::appId)
			.contains("com.google.android.apps.bard", "com.google.android.apps.translate");
		assertThat(page.apps()).extracting(PlayAppSummary::developerName).containsOnly("Google LLC");
		assertThat(page.continuationToken()).startsWith("YpUB");
	}

	@Test
	void nameDeveloperPageListsAppsWithoutAToken() {
		String name = "play-developer-name_Mojang_en-us_2026-07.html";
		PlayDeveloperPage page = new PlayDeveloperPageParser().parse(RecordedPages.read(name),
				"https://play.google.com/store/apps/developer?id=Mojang");
		assertThat(page.form()).isEqualTo(PlayDeveloperId.Form.NAME);
		assertThat(page.apps()).extracting(PlayAppSummary::appId)
			.containsExactly("com.mojang.minecraftpe", "com.mojang.minecraftedu", "com.mojang.minecraftedu_preview");
		assertThat(page.apps().get(1).title()).isEqualTo("Minecraft Education");
		assertThat(page.apps()).extracting(PlayAppSummary::developerName).containsOnly("Mojang");
		assertThat(page.continuationToken()).isNull();
	}

	@Test
	void searchPageListsTheFeaturedResultAndTheCluster() {
		String name = "play-search_panda_en-us_2026-07.html";
		PlaySearchPage page = new PlaySearchPageParser().parse(RecordedPages.read(name), name);
		assertThat(page.results()).hasSize(20);
		assertThat(page.results().get(0))
			.isEqualTo(new PlayAppSummary("com.pandaexpress.app", "Panda Express", "Panda Restaurant Group, Inc."));
		assertThat(page.results()).contains(
				new PlayAppSummary("com.sinyee.babybus.restaurant", "Little Panda's Restaurant", "BabyBus"),
				new PlayAppSummary("com.pandavpn.androidproxy", "PandaVPN: Fast & Private VPN", "PandaVPN Official"),
				new PlayAppSummary("com.pandasecurity.pandaav", "Panda Dome Antivirus and VPN", "Panda Security"));
	}

	@Test
	void dataSafetyPageIsSparseAndStillYieldsTheDeveloper() {
		// The data-safety page serialises the details record sparsely: [["Google Translate"], {"69": ..., ...}].
		String html = RecordedPages.read("play-datasafety_com.google.android.apps.translate_en_2026-07.html");
		var d = PlayJson.at(PlayPayloads.scan(html).payload(PlayDetailsParser.DETAILS_RPC, null), 1, 2);
		assertThat(PlayJson.text(PlayJson.field(d, 0, 0))).isEqualTo("Google Translate");
		assertThat(PlayJson.text(PlayJson.field(d, 68, 0))).isEqualTo("Google LLC");
		assertThat(PlayJson.text(PlayJson.field(d, 99, 0, 5, 2))).isEqualTo("http://www.google.com/policies/privacy/");
	}

	@Test
	void recordedStorePagesClassifyAsNormal() {
		for (String name : new String[] { TRANSLATE, MINECRAFT, WHEREAMI }) {
			assertThat(PlayPageClassifier.classify(RecordedPages.read(name))).as(name).isEqualTo(PlayPageKind.NORMAL);
		}
		assertThat(PlayPageClassifier.classify(RecordedPages
			.read("play-batchexecute-permissions_xdSrCf_com.google.android.apps.translate_2026-07.txt")))
			.isEqualTo(PlayPageKind.NORMAL);
	}

	@Test
	void recordedNotFoundBodyIsGooglePlaysOwnNotFoundPageAndStorePagesAreNot() {
		assertThat(PlayPageClassifier.isNotFoundPage(RecordedPages.read("play-datasafety_missing-app_2026-07.html")))
			.isTrue();
		for (String name : new String[] { TRANSLATE, MINECRAFT, WHEREAMI }) {
			assertThat(PlayPageClassifier.isNotFoundPage(RecordedPages.read(name))).as(name).isFalse();
		}
	}

}
