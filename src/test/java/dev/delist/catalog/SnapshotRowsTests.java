package dev.delist.catalog;

import java.util.List;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

import dev.delist.config.Sha256;
import dev.delist.store.Listing;
import dev.delist.store.Store;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog row carries the SHA-256 of its listing's JSON exactly as SnapshotRepository.save computes it (Jackson
 * over the listing), whatever the text: quotes, backslashes, any script, emoji, and the control characters a
 * listing removes and notes.
 */
class SnapshotRowsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void shouldHashEveryListingAsTheSnapshotRepositoryDoes() {
		SplittableRandom random = new SplittableRandom(42);
		String clean = "aZ0 \"\\/,:{}\u00e9\u5fae\u4fe1\u0416\u2028\ud83d\ude00<>&'";
		SnapshotRows rows = new SnapshotRows(7, java.time.Instant.parse("2026-11-29T00:00:00Z"));
		int handWritten = 0;
		for (int i = 0; i < 5_000; i++) {
			// one listing in five with a tab or a control character, which the listing removes and notes
			String alphabet = (i % 5 == 0) ? clean + "\t\u0001" : clean;
			Listing listing = new Listing((i % 2 == 0) ? Store.APPLE : Store.GOOGLE_PLAY, "us", text(random, alphabet),
					maybe(random, alphabet), text(random, alphabet), text(random, alphabet), maybe(random, alphabet),
					maybe(random, alphabet), maybe(random, alphabet), null, null, null, null, null, null, List.of());
			byte[] digest = new byte[32];
			rows.append(listing, new RowBuffer(256), digest);

			String jackson = JSON.writeValueAsString(listing);
			assertThat(SnapshotRows.hex(digest)).as(jackson).isEqualTo(Sha256.hex(jackson));
			assertThat(rows.lastJson()).isEqualTo(jackson);
			if (ListingJson.fitsCatalog(listing)) {
				handWritten++;
			}
		}
		assertThat(handWritten).as("listings written without Jackson").isGreaterThan(1000);
	}

	private static String maybe(SplittableRandom random, String alphabet) {
		return random.nextInt(4) == 0 ? null : text(random, alphabet);
	}

	private static String text(SplittableRandom random, String alphabet) {
		StringBuilder text = new StringBuilder();
		for (int k = random.nextInt(12); k > 0; k--) {
			int at = random.nextInt(alphabet.length());
			char c = alphabet.charAt(at);
			if (Character.isHighSurrogate(c)) {
				text.append(c).append(alphabet.charAt(at + 1));
			}
			else if (Character.isLowSurrogate(c)) {
				text.append(alphabet.charAt(at - 1)).append(c);
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

}
