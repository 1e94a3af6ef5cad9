package dev.delist.review;

import java.util.Map;

import dev.delist.support.Workbench;
import dev.delist.users.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue page says how many candidates its filter selects, and, past what one bulk decision covers, says to
 * narrow the filter instead of offering a form the server would refuse.
 */
class QueuePageCountTests {

	@Test
	void shouldCountWhatTheFilterSelectsAndSayWhenABulkDecisionCannotCoverIt() throws Exception {
		try (ReviewDb db = new ReviewDb()) {
			// given: 4,000 candidates, a twentieth of them decided; Google Play has a tenth of them
			QueueBenchmark.seed(db, 2 * Decisions.MAX_BULK);
			QueueCount play = db.queue().count(QueueFilter.fromParameters(Map.of("store", "google-play")), 10_000);
			assertThat(play.counted()).isBetween(300, Decisions.MAX_BULK);
			try (Workbench serve = Workbench.start(db.url).user("rita", Role.REVIEWER)) {
				Workbench.Client rita = serve.login("rita");

				// when
				String everything = rita.get("/candidates").body();
				String playOnly = rita.get("/candidates?store=google-play").body();

				// then
				assertThat(everything).contains("More than 2,000 candidates (storefronts) match this filter.")
					.contains("id=\"bulk-too-wide\"")
					.doesNotContain("id=\"bulk\"");
				assertThat(playOnly).contains(String.format("<p id=\"queue-count\">%,d candidates (storefronts) match",
						play.counted()))
					.contains("id=\"bulk\"")
					.doesNotContain("bulk-too-wide");
			}
		}
	}

}
