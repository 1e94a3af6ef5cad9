package dev.delist.store;

import java.util.List;

/**
 * What became of one target value.
 *
 * @param url the request that answered (or failed to answer) it
 * @param detail why it failed, for the report and the operator; it may quote the store, so its text is
 * cleaned like a listing's ({@link StoreText#text}), and the URL like a one-line field
 * @param listings what the store answered with: one listing for an app id, a catalog or search results
 * for a developer or a term; empty unless {@link Outcome#FETCHED}
 */
public record TargetResult(String value, Outcome outcome, String url, String detail, List<Listing> listings) {

	public TargetResult {
		url = StoreText.line(url);
		detail = StoreText.text(detail);
		listings = (listings != null) ? List.copyOf(listings) : List.of();
	}

	public static TargetResult fetched(String value, String url, List<Listing> listings) {
		return new TargetResult(value, Outcome.FETCHED, url, null, listings);
	}

	public static TargetResult failed(String value, Outcome outcome, String url, String detail) {
		return new TargetResult(value, outcome, url, detail, List.of());
	}

}
