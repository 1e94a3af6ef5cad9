package dev.delist.store.googleplay;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlayJsonTest {

	private static final JsonNode RECORD = JsonMapper.builder()
		.build()
		.readTree("[[\"title\"], null, [1, [2, 3]], 42, {\"5\": [\"five\"], \"7\": [[\"seven\"]]}]");

	@Test
	void integerHopsIndexArraysAndNegativeOnesCountFromTheEnd() {
		assertThat(PlayJson.text(PlayJson.at(RECORD, 0, 0))).isEqualTo("title");
		assertThat(PlayJson.number(PlayJson.at(RECORD, 2, 1, -1))).isEqualTo(3L);
		assertThat(PlayJson.text(PlayJson.at(RECORD, -1, "5", 0))).isEqualTo("five");
		assertThat(PlayJson.at(RECORD)).isSameAs(RECORD);
	}

	@Test
	void anythingMissingIsNullNeverAnException() {
		assertThat(PlayJson.at(RECORD, 1)).as("JSON null").isNull();
		assertThat(PlayJson.at(RECORD, 1, 0)).as("below null").isNull();
		assertThat(PlayJson.at(RECORD, 99, 0)).as("past the end").isNull();
		assertThat(PlayJson.at(RECORD, -99)).as("before the start").isNull();
		assertThat(PlayJson.at(RECORD, 3, 0)).as("index into a number").isNull();
		assertThat(PlayJson.at(RECORD, "0")).as("key on an array").isNull();
		assertThat(PlayJson.at(RECORD, -1, "6")).as("absent key").isNull();
		assertThat(PlayJson.at(null, 0)).isNull();
		assertThat(PlayJson.text(PlayJson.at(RECORD, 2))).as("text of an array").isNull();
		assertThat(PlayJson.number(PlayJson.at(RECORD, 0, 0))).as("number of a string").isNull();
	}

	@Test
	void numbersReadAsText() {
		assertThat(PlayJson.text(PlayJson.at(RECORD, 3))).isEqualTo("42");
	}

	@Test
	void fieldFallsBackToTheSparseTailKeyedByFieldNumber() {
		assertThat(PlayJson.text(PlayJson.field(RECORD, 0, 0))).as("positional").isEqualTo("title");
		assertThat(PlayJson.text(PlayJson.field(RECORD, 4, 0))).as("index 4 is field \"5\"").isEqualTo("five");
		assertThat(PlayJson.text(PlayJson.field(RECORD, 6, 0, 0))).isEqualTo("seven");
		assertThat(PlayJson.field(RECORD, 5, 0)).isNull();
	}

	@Test
	void hopsOfOtherTypesAreAProgrammingError() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlayJson.at(RECORD, 1L));
	}

}
