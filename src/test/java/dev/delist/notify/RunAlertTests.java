package dev.delist.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;
import dev.delist.report.RunSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a run's alert says, from its summary: counts per store, the gate's reasons, and text Slack keeps inert. */
class RunAlertTests {

	@Test
	void shouldSayNothingForACompleteRunWithNothingNew() {
		assertThat(RunAlert.of(summary(Map.of("apple", store(RunStatus.COMPLETE, Map.of("UNCHANGED", 4L,
				"RESURFACED", 1L, "CHANGED", 2L)))))).isEmpty();
	}

	@Test
	void shouldCountNewTakedownCandidatesPerStoreWithTheRightNumber() {
		Map<String, RunSummary.StoreSummary> stores = new LinkedHashMap<>();
		stores.put("apple", store(RunStatus.COMPLETE, Map.of("NEW", 1L, "UNCHANGED", 3L)));
		stores.put("google-play", store(RunStatus.COMPLETE, Map.of("UNCHANGED", 3L)));
		stores.put("galaxy-store", store(RunStatus.COMPLETE, Map.of("NEW", 2L)));

		assertThat(RunAlert.of(summary(Map.of("apple", store(RunStatus.COMPLETE, Map.of("NEW", 1L))))))
			.contains("delist nightly 2026-12-01 run 42: 1 new takedown candidate (apple 1)");
		assertThat(RunAlert.of(summary(stores)))
			.contains("delist nightly 2026-12-01 run 42: 3 new takedown candidates (apple 1, galaxy-store 2)");
	}

	@Test
	void shouldNameTheGateReasonsOfAnIncompleteRunUpToFive() {
		List<String> reasons = IntStream.rangeClosed(1, 7).mapToObj((i) -> "apple: reason " + i).toList();
		Map<String, RunSummary.StoreSummary> stores = new LinkedHashMap<>();
		stores.put("apple", store(RunStatus.INCOMPLETE, Map.of(), reasons));
		stores.put("google-play", store(RunStatus.COMPLETE, Map.of("NEW", 1L)));

		assertThat(RunAlert.of(summary(stores, RunStatus.INCOMPLETE))).contains("delist nightly 2026-12-01 run 42: "
				+ "1 new takedown candidate (google-play 1); INCOMPLETE: apple: reason 1; apple: reason 2; "
				+ "apple: reason 3; apple: reason 4; apple: reason 5; and 2 more");
	}

	@Test
	void shouldKeepStoreTextFromMentioningOrLinkingInSlackAndCapTheLength() {
		String hostile = "apple: <!channel> see <https://evil.example|here> & \u001b[2J" + "x".repeat(3000);

		String text = RunAlert.of(summary(Map.of("apple", store(RunStatus.INCOMPLETE, Map.of(), List.of(hostile))),
				RunStatus.INCOMPLETE)).orElseThrow();

		assertThat(text).startsWith("delist nightly 2026-12-01 run 42: INCOMPLETE: apple: &lt;!channel&gt; see "
				+ "&lt;https://evil.example|here&gt; &amp;  [2J")
			.doesNotContain("<", ">", "\u001b")
			.endsWith("x…");
		assertThat(text.length()).isLessThan(RunAlert.MAX_LENGTH + 20);
	}

	private static RunSummary summary(Map<String, RunSummary.StoreSummary> stores) {
		return summary(stores, RunStatus.COMPLETE);
	}

	private static RunSummary summary(Map<String, RunSummary.StoreSummary> stores, RunStatus status) {
		return new RunSummary("1.0", 42, 40, "nightly", "2026-12-01", "2026-12-01T02:00:00Z", "2026-12-01T02:10:00Z",
				status, List.of(), stores, null, List.of());
	}

	private static RunSummary.StoreSummary store(RunStatus status, Map<String, Long> byChange) {
		return store(status, byChange, List.of());
	}

	private static RunSummary.StoreSummary store(RunStatus status, Map<String, Long> byChange, List<String> reasons) {
		StoreHealth health = new StoreHealth(10, 10, 0, 0, 0, 0, 10, status.gate(), reasons);
		return new RunSummary.StoreSummary(status, health, Map.of(), byChange, 0, 0, 0, Map.of());
	}

}
