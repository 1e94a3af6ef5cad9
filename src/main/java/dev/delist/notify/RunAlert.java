package dev.delist.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.delist.gate.RunStatus;
import dev.delist.report.RunSummary;

/**
 * What a run's alert says, decided from its summary: new takedown candidates (NEW in the diff against the
 * previous complete run) per store, and why the run is INCOMPLETE. A clean run with nothing new says nothing.
 */
public final class RunAlert {

	/** Gate reasons named before the rest are counted; a chat message is read at a glance. */
	static final int SHOWN_REASONS = 5;

	/** Well under Slack's limits, and short enough for a Spring Batch execution context. */
	static final int MAX_LENGTH = 1500;

	private RunAlert() {
	}

	/** @return the message's text, or empty when the run has nothing to alert about */
	public static Optional<String> of(RunSummary summary) {
		long newTotal = 0;
		List<String> perStore = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		for (Map.Entry<String, RunSummary.StoreSummary> store : summary.stores().entrySet()) {
			long fresh = store.getValue().candidatesByChange().getOrDefault("NEW", 0L);
			if (fresh > 0) {
				newTotal += fresh;
				perStore.add(store.getKey() + " " + fresh);
			}
			if (store.getValue().status() == RunStatus.INCOMPLETE) {
				List<String> why = (store.getValue().health() != null) ? store.getValue().health().reasons() : List.of();
				reasons.addAll(why.isEmpty() ? List.of(store.getKey() + ": the health gate failed") : why);
			}
		}
		boolean incomplete = summary.status() == RunStatus.INCOMPLETE;
		if (newTotal == 0 && !incomplete) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		if (newTotal > 0) {
			parts.add(newTotal + " new takedown candidate" + ((newTotal == 1) ? "" : "s") + " ("
					+ String.join(", ", perStore) + ")");
		}
		if (incomplete) {
			List<String> shown = reasons.subList(0, Math.min(SHOWN_REASONS, reasons.size()));
			parts.add("INCOMPLETE" + (shown.isEmpty() ? "" : ": " + String.join("; ", shown))
					+ ((reasons.size() > SHOWN_REASONS) ? "; and " + (reasons.size() - SHOWN_REASONS) + " more" : ""));
		}
		String text = "delist " + summary.job() + " " + summary.runDate() + " run " + summary.executionId() + ": "
				+ String.join("; ", parts);
		return Optional.of(slackSafe(text));
	}

	/**
	 * Slack reads {@code <...>} as links and mentions ({@code <!channel>}) and {@code &} as an entity; gate reasons
	 * can quote what a store sent, so those three are escaped as Slack asks, and the text is capped.
	 */
	static String slackSafe(String text) {
		String oneLine = text.replaceAll("\\p{Cntrl}", " ");
		String capped = (oneLine.length() > MAX_LENGTH) ? oneLine.substring(0, MAX_LENGTH - 1) + "…" : oneLine;
		return capped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
