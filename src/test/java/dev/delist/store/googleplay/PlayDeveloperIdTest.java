package dev.delist.store.googleplay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlayDeveloperIdTest {

	@Test
	void readsBothLinkForms() {
		assertThat(PlayDeveloperId.fromLink("/store/apps/dev?id=5700313618786177705"))
			.isEqualTo(new PlayDeveloperId("5700313618786177705", PlayDeveloperId.Form.NUMERIC));
		assertThat(PlayDeveloperId.fromLink("https://play.google.com/store/apps/developer?hl=en&id=Panda+Group,+Inc."))
			.isEqualTo(new PlayDeveloperId("Panda Group, Inc.", PlayDeveloperId.Form.NAME));
		assertThat(PlayDeveloperId.fromLink("/store/apps/developer?id=100%25+Fun"))
			.isEqualTo(new PlayDeveloperId("100% Fun", PlayDeveloperId.Form.NAME));
	}

	@Test
	void unknownPathsFallBackToTheShapeOfTheId() {
		assertThat(PlayDeveloperId.fromLink("/x?id=42").form()).isEqualTo(PlayDeveloperId.Form.NUMERIC);
		assertThat(PlayDeveloperId.fromLink("/x?id=4x2").form()).isEqualTo(PlayDeveloperId.Form.NAME);
		assertThat(PlayDeveloperId.fromLink("/x?id=%zz").id()).isEqualTo("%zz");
	}

	@Test
	void noIdIsNull() {
		assertThat(PlayDeveloperId.fromLink(null)).isNull();
		assertThat(PlayDeveloperId.fromLink("/store/apps/dev")).isNull();
		assertThat(PlayDeveloperId.fromLink("/store/apps/dev?id=")).isNull();
		assertThat(PlayDeveloperId.fromLink("/store/apps/dev?hl=en")).isNull();
	}

	@Test
	void buildsThePageUrl() {
		assertThat(new PlayDeveloperId("Example Dev&Sons", PlayDeveloperId.Form.NAME).pageUrl("https://play.google.com"))
			.isEqualTo("https://play.google.com/store/apps/developer?id=Example+Dev%26Sons");
		assertThat(new PlayDeveloperId("42", PlayDeveloperId.Form.NUMERIC).pageUrl("http://localhost:8080"))
			.isEqualTo("http://localhost:8080/store/apps/dev?id=42");
	}

}
