package dev.delist.web;

import java.util.List;
import java.util.Map;

import dev.delist.status.RunHistory.TierPoint;

/**
 * The tier trend as bars: per store, each report's takedown candidates per tier, with widths relative to the
 * largest count on the page (the CSP allows no inline style, so a width is one of twenty classes).
 */
record TierTrend(List<StoreTrend> stores) {

	static final int STEPS = 20;

	static TierTrend of(Map<String, List<TierPoint>> byStore) {
		long max = byStore.values()
			.stream()
			.flatMap(List::stream)
			.mapToLong(p -> Math.max(p.confirmed(), Math.max(p.likely(), p.possible())))
			.max()
			.orElse(0);
		return new TierTrend(byStore.entrySet()
			.stream()
			.map(e -> new StoreTrend(e.getKey(), e.getValue()
				.stream()
				.map(p -> new Point(p, step(p.confirmed(), max), step(p.likely(), max), step(p.possible(), max)))
				.toList()))
			.toList());
	}

	/** 0 for none, else 1..STEPS so a single candidate still shows. */
	static int step(long count, long max) {
		return (count == 0 || max == 0) ? 0 : (int) Math.max(1, Math.round((double) count * STEPS / max));
	}

	record StoreTrend(String store, List<Point> points) {
	}

	record Point(TierPoint point, int confirmedWidth, int likelyWidth, int possibleWidth) {
	}

}
