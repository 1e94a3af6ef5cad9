package dev.delist.store;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A listing as stored in listing_snapshot.listing: the trader block kept, and absent where a store has none. */
class ListingJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void shouldKeepTheTraderBlockThroughTheStoredJson() {
		Listing listing = new Listing(Store.GALAXY_STORE, "in", "org.example.galaxy", "org.example.galaxy", "Title",
				"Example Dev", "abcd1234ef", "Example Holdings", "https://galaxystore.samsung.com/detail/org.example.galaxy",
				null, "1.0", null, "2026-10-02", BigDecimal.ZERO, null, List.of("Tools"),
				new Listing.Trader("Example Holdings", "A. Person", "1 Main Street", "IN1234567", null, null));

		Listing read = JSON.readValue(JSON.writeValueAsString(listing), Listing.class);

		assertThat(read).isEqualTo(listing);
	}

	@Test
	void shouldLeaveTheTraderOutWhereTheStoreGivesNone() {
		// other stores' stored JSON, and so their content hashes, stay as they were
		Listing listing = new Listing(Store.APPLE, "us", "1", "com.example", "Title", "Dev", "9", null, null, null, null,
				null, null, null, null, List.of());

		String json = JSON.writeValueAsString(listing);

		assertThat(json).doesNotContain("trader");
		assertThat(JSON.readValue(json, Listing.class)).isEqualTo(listing);
	}

}
