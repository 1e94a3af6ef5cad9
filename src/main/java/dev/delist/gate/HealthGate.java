package dev.delist.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import okhttp3.HttpUrl;

import dev.delist.definition.JobDefinition.GateSettings;
import dev.delist.store.Outcome;
import dev.delist.store.Store;

/**
 * Decides whether a store's part of a run saw what it was meant to see. A run that could not look must never
 * read as "nothing found": unanswered targets beyond the job's tolerance, targets never fetched, or no
 * targets at all fail the gate, and the reasons name the host, the counts and an example failure.
 */
public final class HealthGate {

	private HealthGate() {
	}

	public static Verdict evaluate(Store store, Map<Outcome, Long> counts, long pending, List<Failure> failures,
			GateSettings settings) {
		return evaluate(store, counts, pending, failures, settings, List.of());
	}

	/** @param gaps what the run knows it could not see beyond its targets (missing shards) */
	public static Verdict evaluate(Store store, Map<Outcome, Long> counts, long pending, List<Failure> failures,
			GateSettings settings, List<String> gaps) {
		long targets = pending + counts.values().stream().mapToLong(Long::longValue).sum();
		List<String> reasons = new ArrayList<>(gaps);
		if (targets < settings.minTargetsOrDefault()) {
			reasons.add(store + ": " + targets + " targets planned, fewer than the " + settings.minTargetsOrDefault()
					+ " the job requires: the lists name nothing to check in this store and these countries");
		}
		if (pending > 0) {
			reasons.add(store + ": " + pending + " of " + targets + " targets were never fetched");
		}
		long unchecked = counts.getOrDefault(Outcome.ERROR, 0L) + counts.getOrDefault(Outcome.PARSE_FAILURE, 0L)
				+ counts.getOrDefault(Outcome.BLOCKED, 0L);
		if (targets > 0 && unchecked > 0 && (double) unchecked / targets > settings.maxErrorRateOrDefault()) {
			reasons.add(String.format("%s: %d of %d targets could not be checked (%.0f%%, the job tolerates %.0f%%)",
					store, unchecked, targets, 100.0 * unchecked / targets, 100.0 * settings.maxErrorRateOrDefault()));
			reasons.addAll(byHost(failures));
		}
		return new Verdict(reasons.isEmpty(), reasons);
	}

	/**
	 * One line per host and outcome, with an example of what went wrong there; a catalog's lines that are not
	 * listings are named by their file, not as a host.
	 */
	private static List<String> byHost(List<Failure> failures) {
		Map<Where, List<Failure>> groups = new LinkedHashMap<>();
		for (Failure failure : failures) {
			HttpUrl url = (failure.url() != null) ? HttpUrl.parse(failure.url()) : null;
			boolean file = url == null && failure.url() != null && !failure.url().contains("://");
			String where = (url != null) ? url.host() : file ? failure.url() : "unknown host";
			groups.computeIfAbsent(new Where(where, failure.outcome(), file), (key) -> new ArrayList<>()).add(failure);
		}
		List<String> lines = new ArrayList<>();
		groups.forEach((where, group) -> {
			Failure first = group.get(0);
			lines.add(where.file()
					? String.format("%s: %d lines are not listings, e.g. %s", where.where(), group.size(), first.detail())
					: String.format("%s: %d targets %s, e.g. %s (%s)", where.where(), group.size(),
							describe(first.outcome()), first.detail(), first.url()));
		});
		return lines;
	}

	/** Where unchecked targets failed: a store's host, or the catalog file whose lines they are. */
	private record Where(String where, String outcome, boolean file) {
	}

	private static String describe(String outcome) {
		return switch (outcome) {
			case "BLOCKED" -> "blocked by a captcha or consent page";
			case "PARSE_FAILURE" -> "answered in a shape the parser does not know";
			default -> "failed";
		};
	}

	/** One unchecked target: its outcome, the request and why. */
	public record Failure(String outcome, String url, String detail) {
	}

	public record Verdict(boolean passed, List<String> reasons) {

		public RunStatus status() {
			return this.passed ? RunStatus.COMPLETE : RunStatus.INCOMPLETE;
		}

	}

}
