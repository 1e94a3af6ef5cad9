package dev.delist.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One app and list entry with all the storefronts it was matched in: a list of 300 entries screened in seven
 * storefronts would otherwise show the same app seven times. Rows arrive grouped (report order, see
 * {@link ReportRows#candidates}); {@link Collector} folds consecutive rows of one group into one.
 *
 * @param rows the group's rows, strongest first; the first one stands for the group
 */
record AppGroups(List<StoreReport.CandidateInfo> rows) {

	private static final Comparator<StoreReport.CandidateInfo> STRONGEST = Comparator
		.comparing(StoreReport.CandidateInfo::tier)
		.thenComparing(Comparator.comparingDouble(StoreReport.CandidateInfo::score).reversed())
		.thenComparing(StoreReport.CandidateInfo::country);

	AppGroups {
		rows = List.copyOf(rows);
	}

	StoreReport.CandidateInfo first() {
		return this.rows.get(0);
	}

	/** The storefronts in the group's order, each once. */
	List<String> countries() {
		return this.rows.stream().map(StoreReport.CandidateInfo::country).distinct().toList();
	}

	static String key(StoreReport.CandidateInfo candidate) {
		return candidate.appId() + "\u001f" + candidate.entry().listId() + "\u001f" + candidate.entry().entryId();
	}

	/** Candidates held in memory in report order: groups by their strongest row, storefronts together. */
	static List<StoreReport.CandidateInfo> ordered(List<StoreReport.CandidateInfo> candidates) {
		Map<String, List<StoreReport.CandidateInfo>> groups = new LinkedHashMap<>();
		for (StoreReport.CandidateInfo candidate : candidates) {
			groups.computeIfAbsent(key(candidate), (k) -> new ArrayList<>()).add(candidate);
		}
		groups.values().forEach((rows) -> rows.sort(STRONGEST));
		List<List<StoreReport.CandidateInfo>> sorted = new ArrayList<>(groups.values());
		sorted.sort(Comparator.comparing((List<StoreReport.CandidateInfo> g) -> g.get(0),
				Comparator.comparing(StoreReport.CandidateInfo::tier)
					.thenComparing(Comparator.comparingDouble(StoreReport.CandidateInfo::score).reversed())
					.thenComparing(AppGroups::key)));
		return sorted.stream().flatMap(List::stream).toList();
	}

	/** Folds consecutive rows of one app and entry into a group and hands each finished group on. */
	static final class Collector implements ReportRows.Sink<StoreReport.CandidateInfo> {

		private final ReportRows.Sink<AppGroups> next;

		private final List<StoreReport.CandidateInfo> current = new ArrayList<>();

		Collector(ReportRows.Sink<AppGroups> next) {
			this.next = next;
		}

		@Override
		public void accept(StoreReport.CandidateInfo row) throws IOException {
			if (!this.current.isEmpty() && !key(this.current.get(0)).equals(key(row))) {
				flush();
			}
			this.current.add(row);
		}

		void flush() throws IOException {
			if (!this.current.isEmpty()) {
				AppGroups group = new AppGroups(this.current);
				this.current.clear();
				this.next.accept(group);
			}
		}

	}

}
