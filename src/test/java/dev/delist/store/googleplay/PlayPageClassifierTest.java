package dev.delist.store.googleplay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlayPageClassifierTest {

	@ParameterizedTest
	@CsvSource({ "captcha.html, CAPTCHA", "consent.html, CONSENT", "gateway-error.txt, GATEWAY_ERROR",
			"details-routed.html, NORMAL", "details-no-payload.html, NORMAL", "search.html, NORMAL" })
	void classifies(String page, PlayPageKind expected) {
		assertThat(PlayPageClassifier.classify(OwnPages.read(page))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(value = { "''", "<html><body>We're sorry, the requested URL was not found on this server.</body></html>" })
	void unknownBodiesAreLeftToTheParser(String body) {
		assertThat(PlayPageClassifier.classify(body)).isEqualTo(PlayPageKind.NORMAL);
	}

	@ParameterizedTest
	@CsvSource(value = { "<p>Our systems have detected UNUSUAL TRAFFIC from your computer network.</p>" })
	void markersIgnoreCase(String body) {
		assertThat(PlayPageClassifier.classify(body)).isEqualTo(PlayPageKind.CAPTCHA);
	}

}
