package dev.delist.store.googleplay;

import org.junit.jupiter.api.Test;

import dev.delist.store.Listing;
import dev.delist.store.Store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlayDetailsParserTest {

	private static final String URL = "https://play.google.com/store/apps/details?id=org.example";

	private final PlayDetailsParser parser = new PlayDetailsParser();

	@Test
	void readsEveryFieldOfTheRoutedRecord() {
		PlayDetails app = this.parser.parse(OwnPages.read("details-routed.html"), URL);
		assertThat(app).isEqualTo(new PlayDetails("Routed Example", "org.example.routed", "Example Dev",
				new PlayDeveloperId("1234567890", PlayDeveloperId.Form.NUMERIC), "dev@example.org",
				"https://dev.example.org", "Example Holdings Ltd", "legal@example.org",
				"1 Main Street, Springfield, Utopia", "1,000+", 1_700_000_000L, "2.0.1", "Tools", "TOOLS",
				"https://dev.example.org/privacy", 1_990_000L, "EUR", "Jan 2, 2021"));
	}

	@Test
	void readsTheSparseTail() {
		PlayDetails app = this.parser.parse(OwnPages.read("details-sparse.html"), URL);
		assertThat(app.packageName()).isEqualTo("org.example.sparse");
		assertThat(app.version()).isEqualTo("3.1.4");
		assertThat(app.updatedEpochSeconds()).isEqualTo(1_710_000_000L);
		assertThat(app.privacyPolicy()).isEqualTo("https://sparse.example.org/privacy");
		assertThat(app.released()).isNull();
	}

	@Test
	void usesTheLiteralKeyWithoutAMapAndDecodesNameFormIds() {
		PlayDetails app = this.parser.parse(OwnPages.read("details-no-map.html"), URL);
		assertThat(app.packageName()).isEqualTo("org.example.mapless");
		assertThat(app.developerId()).isEqualTo(new PlayDeveloperId("Example Dev&Sons", PlayDeveloperId.Form.NAME));
	}

	@Test
	void missingDeveloperIsDrift() {
		assertThatExceptionOfType(PlayLayoutDriftException.class)
			.isThrownBy(() -> this.parser.parse(OwnPages.read("details-no-developer.html"), URL))
			.withMessageContaining(URL)
			.withMessageContaining("developer (D 68,0)")
			.satisfies((ex) -> assertThat(ex.pageKind()).isEqualTo(PlayPageKind.NORMAL));
	}

	@Test
	void missingOrNonJsonPayloadIsDrift() {
		for (String page : new String[] { "details-no-payload.html", "details-function-wrapper.html" }) {
			assertThatExceptionOfType(PlayLayoutDriftException.class).as(page)
				.isThrownBy(() -> this.parser.parse(OwnPages.read(page), URL))
				.satisfies((ex) -> assertThat(ex.missing()).isEqualTo("details payload (rpc Ws7gDc)"))
				.satisfies((ex) -> assertThat(ex.url()).isEqualTo(URL));
		}
	}

	@Test
	void payloadWithoutTheRecordIsDrift() {
		String html = "<script>AF_initDataCallback({key: 'ds:5', hash: '1', data:[[[[]]],[null,null]], sideChannel: {}});"
				+ "</script>";
		assertThatExceptionOfType(PlayLayoutDriftException.class).isThrownBy(() -> this.parser.parse(html, URL))
			.withMessageContaining("details record D (payload 1,2)");
	}

	@Test
	void blockPagesSayWhatTheyAre() {
		assertThatExceptionOfType(PlayLayoutDriftException.class)
			.isThrownBy(() -> this.parser.parse(OwnPages.read("captcha.html"), URL))
			.withMessageContaining("CAPTCHA")
			.satisfies((ex) -> assertThat(ex.pageKind()).isEqualTo(PlayPageKind.CAPTCHA));
	}

	@Test
	void becomesAStoreNeutralListing() {
		Listing listing = this.parser.parse(OwnPages.read("details-routed.html"), URL).toListing("de");
		assertThat(listing.store()).isEqualTo(Store.GOOGLE_PLAY);
		assertThat(listing.country()).isEqualTo("de");
		assertThat(listing.appId()).isEqualTo("org.example.routed");
		assertThat(listing.bundleId()).isEqualTo("org.example.routed");
		assertThat(listing.url()).isEqualTo("https://play.google.com/store/apps/details?id=org.example.routed");
		assertThat(listing.developerName()).isEqualTo("Example Dev");
		assertThat(listing.developerId()).isEqualTo("1234567890");
		assertThat(listing.legalName()).isEqualTo("Example Holdings Ltd");
		assertThat(listing.sellerUrl()).isEqualTo("https://dev.example.org");
		assertThat(listing.version()).isEqualTo("2.0.1");
		assertThat(listing.releaseDate()).isEqualTo("2021-01-02");
		assertThat(listing.updatedDate()).isEqualTo("2023-11-14T22:13:20Z");
		assertThat(listing.price()).isEqualByComparingTo("1.99");
		assertThat(listing.currency()).isEqualTo("EUR");
		assertThat(listing.genres()).containsExactly("Tools");
	}

}
