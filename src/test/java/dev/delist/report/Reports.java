package dev.delist.report;

import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Store reports built in memory for the writer tests: no database, every field under the test's control. */
final class Reports {

	/** Titles and names a stranger might give an app, each aimed at a different reader. */
	static final List<String> HOSTILE = List.of("<script>window.__pwned=1</script>",
			"\"><img src=x onerror=\"window.__pwned=1\">", "=HYPERLINK(\"http://evil.example\",\"click\")",
			"@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3", "\tTab first", "\rCarriage return first",
			"Right\u202Eto-left override\u202C", "nul\u0000byte", "</td></tr></table><b>broken out</b>",
			"x".repeat(10_000), "微信支付 WeChat Pay");

	private Reports() {
	}

	static StoreReport.CandidateInfo candidate(int i, String title, String developer, String tier, double score,
			String change, String country, boolean inForce) {
		String appId = String.valueOf(100_000_000 + i);
		return new StoreReport.CandidateInfo("c" + i, country, appId, "com.example.app" + i, title, developer,
				"9" + appId, "Legal " + developer, "https://apps.apple.com/" + country + "/app/id" + appId,
				"2026-11-29T02:00:00Z", "a".repeat(64),
				new StoreReport.Entry("test-apps", "entry-" + (i % 3), "Entry " + (i % 3), inForce), tier, score,
				List.of(new StoreReport.ReasonInfo("STORE_ID", "appId", appId, appId, 1.0,
						"the listing's id is the list's id " + title)),
				change, (change.equals("NEW")) ? null : 7L);
	}

	/** One candidate per hostile string, as title and as developer name. */
	static List<StoreReport.CandidateInfo> hostile() {
		List<StoreReport.CandidateInfo> candidates = new ArrayList<>();
		for (int i = 0; i < HOSTILE.size(); i++) {
			candidates.add(candidate(i, HOSTILE.get(i), HOSTILE.get(HOSTILE.size() - 1 - i), tier(i), 0.5 + i / 100.0,
					(i % 2 == 0) ? "NEW" : "UNCHANGED", (i % 2 == 0) ? "us" : "gb", true));
		}
		return candidates;
	}

	static String tier(int i) {
		return switch (i % 3) {
			case 0 -> "CONFIRMED";
			case 1 -> "LIKELY";
			default -> "POSSIBLE";
		};
	}

	static StoreReport report(List<StoreReport.CandidateInfo> candidates, boolean complete) {
		StoreReport.RunInfo run = new StoreReport.RunInfo(42, "nightly", "2026-11-29", "2026-11-29T02:00:00Z",
				"2026-11-29T03:00:00Z", complete ? RunStatus.COMPLETE : RunStatus.INCOMPLETE, List.of("us", "gb"), "1",
				complete ? 41L : null);
		StoreReport.ListInfo list = new StoreReport.ListInfo("test-apps", "2026-01", "b".repeat(64),
				"Executive Order 13971", "86 FR 1249", "revoked", "2021-01-05", "2021-06-09", false);
		StoreHealth health = new StoreHealth(10, complete ? 10 : 7, 0, complete ? 0 : 3, 0, 0, 12,
				complete ? "PASSED" : "FAILED",
				complete ? List.of() : List.of("apple: 3 of 10 targets could not be checked <script>x</script>"));
		return new StoreReport(StoreReport.SCHEMA_VERSION, "apple", run, List.of(list), health, candidates,
				List.of(new StoreReport.Resolved("us", "555", "test-apps", "entry-1", 41L, "DELISTED")), 0);
	}

	static List<ReportHead.TierPoint> history() {
		return List.of(new ReportHead.TierPoint(40, "2026-11-27", RunStatus.COMPLETE, Map.of("CONFIRMED", 3L, "LIKELY", 1L)),
				new ReportHead.TierPoint(41, "2026-11-28", RunStatus.COMPLETE, Map.of("CONFIRMED", 4L, "POSSIBLE", 2L)),
				new ReportHead.TierPoint(42, "2026-11-29", RunStatus.COMPLETE, Map.of("CONFIRMED", 5L, "LIKELY", 4L)));
	}

}
