package dev.delist.store.googleplay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlaySearchPageParserTest {

	private static final String URL = "https://play.google.com/store/search?c=apps&q=panda&hl=en&gl=us";

	private final PlaySearchPageParser parser = new PlaySearchPageParser();

	@Test
	void findsTheFeaturedCardAndTheClusterWhereverItSits() {
		PlaySearchPage page = this.parser.parse(OwnPages.read("search.html"), URL);
		assertThat(page.results()).containsExactly(
				new PlayAppSummary("org.example.featured", "Featured Panda", "Featured Dev"),
				new PlayAppSummary("org.example.a", "Alpha", "A Dev"),
				new PlayAppSummary("org.example.b", "Beta", "B Dev"));
	}

	@Test
	void noRecognisableResultIsDrift() {
		assertThatExceptionOfType(PlayLayoutDriftException.class)
			.isThrownBy(() -> this.parser.parse(OwnPages.read("search-empty.html"), URL))
			.withMessageContaining(URL)
			.withMessageContaining("search results");
		assertThatExceptionOfType(PlayLayoutDriftException.class)
			.isThrownBy(() -> this.parser.parse(OwnPages.read("consent.html"), URL))
			.satisfies((ex) -> assertThat(ex.pageKind()).isEqualTo(PlayPageKind.CONSENT));
	}

}
