package dev.delist.store.galaxy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.delist.store.Listing;
import dev.delist.store.Outcome;
import dev.delist.store.TargetResult;
import dev.delist.store.http.HttpAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** Each shape a Galaxy Store answer can take, and the outcome it gives its target (our own small answers). */
class GalaxyAnswersTests {

	private static final String PACKAGE = "org.example.galaxy";

	private static final String URL = "https://galaxystore.samsung.com/api/detail/org.example.galaxy?cntyCd=IND";

	private final GalaxyAnswers answers = new GalaxyAnswers();

	private TargetResult classify(int status, String body) {
		return this.answers.classify(PACKAGE, "in", "IND", new HttpAnswer(URL, status, body, null, 1, null));
	}

	@Test
	void shouldReadADetailWithAnIndividualTradersNameAsTheLegalName() {
		// when
		TargetResult result = classify(200, GalaxyPages.own("detail.json"));

		// then
		assertThat(result.outcome()).isEqualTo(Outcome.FETCHED);
		Listing listing = result.listings().get(0);
		assertThat(listing.title()).isEqualTo("Example <b>Galaxy</b> App");
		assertThat(listing.legalName()).isEqualTo("Example Holdings");
		assertThat(listing.sellerUrl()).isEqualTo("https://dev.example.org");
		assertThat(listing.price()).isNull(); // a paid app: the store prints a local price, not a number
		assertThat(listing.updatedDate()).isEqualTo("2026-10-02");
		assertThat(listing.trader()).isEqualTo(new Listing.Trader("Example Holdings", "A. Person",
				"1 Main Street, Springfield", "IN1234567", null, "https://dev.example.org"));
	}

	@Test
	void shouldTakeErrorCode9900ForNotFound() {
		TargetResult result = classify(200, GalaxyPages.own("not-registered.json"));

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
		assertThat(result.detail()).contains("IND", "9900", "this content is not registered at store");
		assertThat(result.listings()).isEmpty();
	}

	@Test
	void shouldTakeErrorCode9901ForTheStoreHavingRemovedTheListing() {
		TargetResult result = classify(200, GalaxyPages.own("suspended.json"));

		assertThat(result.outcome()).isEqualTo(Outcome.REMOVED);
		assertThat(result.outcome().answered()).isTrue();
		assertThat(result.detail()).startsWith("suspended or terminated by the store")
			.contains("9901", "this content is suspended or terminated");
	}

	@Test
	void shouldTakeAnyOtherErrorCodeForAnErrorNamingIt() {
		TargetResult result = classify(200, GalaxyPages.own("not-available.json"));

		assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(result.detail()).isEqualTo("the store answered errCode E4002: 'not available'");
	}

	@Test
	void shouldTakeANumericErrorCodeLikeATextOne() {
		assertThat(classify(200, "{\"errCode\": 9901}").outcome()).isEqualTo(Outcome.REMOVED);
	}

	@Test
	void shouldTakeA200PageThatIsNotJsonForBlocked() {
		TargetResult result = classify(200, GalaxyPages.own("block-page.html"));

		assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(result.detail()).contains("instead of JSON", "<!DOCTYPE html>");
	}

	@Test
	void shouldTakeAnEmpty200ForBlockedRatherThanNothingFound() {
		assertThat(classify(200, "").outcome()).isEqualTo(Outcome.BLOCKED);
	}

	@Test
	void shouldNameTheUrlAndTheMissingFieldWhenTheShapeChanged() {
		TargetResult result = classify(200, GalaxyPages.own("drifted.json"));

		assertThat(result.outcome()).isEqualTo(Outcome.PARSE_FAILURE);
		assertThat(result.url()).isEqualTo(URL);
		assertThat(result.detail()).contains(URL, "DetailMain.sellerId missing");
	}

	@Test
	void shouldNameAMissingTraderBlock() {
		String body = GalaxyPages.own("detail.json").replace("\"SellerInfo\"", "\"SellerDetails\"");

		assertThat(classify(200, body).detail()).contains(URL, "SellerInfo missing");
	}

	@Test
	void shouldTakeTruncatedJsonForAParseFailure() {
		TargetResult result = classify(200, GalaxyPages.own("truncated.json"));

		assertThat(result.outcome()).isEqualTo(Outcome.PARSE_FAILURE);
		assertThat(result.detail()).contains(URL, "not well-formed JSON");
	}

	@Test
	void shouldTakeAJsonArrayForAParseFailure() {
		assertThat(classify(200, "[]").detail()).contains(URL, "expected a JSON object");
	}

	@Test
	void shouldRefuseAnAnswerAboutAnotherStorefrontOrPackage() {
		String otherStorefront = GalaxyPages.own("detail.json").replace("\"IND\"", "\"USA\"");
		String otherPackage = GalaxyPages.own("detail.json").replace("\"org.example.galaxy\"", "\"org.example.other\"");

		assertThat(classify(200, otherStorefront)).satisfies((result) -> {
			assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
			assertThat(result.detail()).contains("storefront 'USA', not IND");
		});
		assertThat(classify(200, otherPackage).detail()).contains("package 'org.example.other'");
	}

	@Test
	void shouldCountAnHttpErrorAndAnUnansweredRequestAsErrors() {
		assertThat(classify(403, "Access denied")).satisfies((result) -> {
			assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
			assertThat(result.detail()).isEqualTo("HTTP 403");
		});
		TargetResult capped = this.answers.classify(PACKAGE, "in", "IND",
				new HttpAnswer(URL, 200, null, "refused: body larger than 1KB", 1, null));
		assertThat(capped.outcome()).isEqualTo(Outcome.ERROR);
		assertThat(capped.detail()).isEqualTo("refused: body larger than 1KB");
	}

	@Test
	void shouldCutAndCleanStoreTextInDetails() {
		String body = "{\"errCode\":\"E1\",\"errMsg\":\"" + "x\\u0000".repeat(300) + "\"}";

		String detail = classify(200, body).detail();

		assertThat(detail).doesNotContain("\u0000").hasSizeLessThan(260).endsWith("…'");
	}

	@Test
	void shouldKeepAFreeAppsPriceAsZero() {
		String body = GalaxyPages.own("detail.json").replace("\"freeFlag\": \"N\"", "\"freeFlag\": \"Y\"");

		assertThat(classify(200, body).listings().get(0).price()).isEqualByComparingTo(BigDecimal.ZERO);
	}

}
