package dev.delist.store.galaxy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.delist.store.Listing;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HttpAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser against the real recorded Galaxy Store answer (see ../shared/fixtures/SOURCES.md). */
class GalaxyConformanceTests {

	private static final String URL = "https://galaxystore.samsung.com/api/detail/studio.happycode.puking_cat?cntyCd=USA";

	@Test
	void recordedAnswerYieldsEveryFieldATakedownNeeds() throws Exception {
		// when
		GalaxyAnswer answer = new GalaxyDetailParser().parse(GalaxyPages.recorded(), URL);

		// then
		assertThat(answer).isInstanceOf(GalaxyAnswer.Detail.class);
		GalaxyDetail detail = ((GalaxyAnswer.Detail) answer).detail();
		assertThat(detail.title()).isEqualTo("Puking Cat: Messy Physics Game");
		assertThat(detail.appId()).isEqualTo("studio.happycode.puking_cat");
		assertThat(detail.contentId()).isEqualTo("000009210018");
		assertThat(detail.sellerName()).isEqualTo("HAPPY SIA");
		assertThat(detail.sellerId()).isEqualTo("xvfs7fmivh");
		assertThat(detail.storefront()).isEqualTo("USA");
		assertThat(detail.version()).isEqualTo("2.8.1");
		assertThat(detail.updated()).isEqualTo("2026-09-25");
		assertThat(detail.category()).isEqualTo("Casual");
		assertThat(detail.trader()).isEqualTo(new Listing.Trader("HAPPY SIA", "Kacevica Ivanna",
				"37 - 13 Marupes iela", "LVA67201190", null, "https://happycode.studio"));
	}

	@Test
	void recordedAnswerBecomesAListingOfTheAskedStorefront() throws Exception {
		// when
		TargetResult result = new GalaxyAnswers().classify("studio.happycode.puking_cat", "us", "USA",
				new HttpAnswer(URL, 200, GalaxyPages.recorded(), null, 1, null));

		// then
		assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
		assertThat(result.listings()).singleElement().satisfies((listing) -> {
			assertThat(listing.store()).isEqualTo(Store.GALAXY_STORE);
			assertThat(listing.country()).isEqualTo("us");
			assertThat(listing.appId()).isEqualTo("studio.happycode.puking_cat");
			assertThat(listing.bundleId()).isEqualTo("studio.happycode.puking_cat");
			assertThat(listing.title()).isEqualTo("Puking Cat: Messy Physics Game");
			assertThat(listing.developerName()).isEqualTo("HAPPY SIA");
			assertThat(listing.developerId()).isEqualTo("xvfs7fmivh");
			assertThat(listing.legalName()).isEqualTo("HAPPY SIA");
			assertThat(listing.url()).isEqualTo("https://galaxystore.samsung.com/detail/studio.happycode.puking_cat");
			assertThat(listing.price()).isEqualByComparingTo(BigDecimal.ZERO);
			assertThat(listing.trader().sellerNumber()).isEqualTo("LVA67201190");
		});
	}

}
