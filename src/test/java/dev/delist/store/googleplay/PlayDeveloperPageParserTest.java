package dev.delist.store.googleplay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlayDeveloperPageParserTest {

	private static final String NUMERIC_URL = "https://play.google.com/store/apps/dev?id=1234567890";

	private static final String NAME_URL = "https://play.google.com/store/apps/developer?id=Solo+Studio";

	private final PlayDeveloperPageParser parser = new PlayDeveloperPageParser();

	@Test
	void numericPageListsAppsAndToken() {
		PlayDeveloperPage page = this.parser.parse(OwnPages.read("developer-numeric.html"), NUMERIC_URL);
		assertThat(page.form()).isEqualTo(PlayDeveloperId.Form.NUMERIC);
		assertThat(page.apps()).containsExactly(new PlayAppSummary("org.example.one", "One", "Example Dev"),
				new PlayAppSummary("org.example.two", "Two", "Example Dev"));
		assertThat(page.continuationToken()).isEqualTo("TOKEN-123");
	}

	@Test
	void namePageListsWrappedAppsWithoutToken() {
		PlayDeveloperPage page = this.parser.parse(OwnPages.read("developer-name.html"), NAME_URL);
		assertThat(page.form()).isEqualTo(PlayDeveloperId.Form.NAME);
		assertThat(page.apps()).containsExactly(new PlayAppSummary("org.example.solo", "Solo", "Solo Studio"));
		assertThat(page.continuationToken()).isNull();
	}

	@Test
	void theRpcOnThePageWinsOverTheUrl() {
		PlayDeveloperPage page = this.parser.parse(OwnPages.read("developer-name.html"), NUMERIC_URL);
		assertThat(page.form()).isEqualTo(PlayDeveloperId.Form.NAME);
		assertThat(page.apps()).hasSize(1);
	}

	@Test
	void missingAppsOrPayloadIsDrift() {
		assertThatExceptionOfType(PlayLayoutDriftException.class)
			.isThrownBy(() -> this.parser.parse(OwnPages.read("developer-no-apps.html"), NUMERIC_URL))
			.withMessageContaining(NUMERIC_URL)
			.withMessageContaining("apps (ds 0,1,0,21,0)");
		assertThatExceptionOfType(PlayLayoutDriftException.class)
			.isThrownBy(() -> this.parser.parse(OwnPages.read("details-routed.html"), NAME_URL))
			.withMessageContaining("developer payload");
	}

}
