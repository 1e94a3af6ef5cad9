package dev.delist.store;

/**
 * What became of one target value.
 *
 * @param url the request that answered (or failed to answer) it
 * @param detail why it failed, for the report and the operator
 * @param listing the listing when {@link Outcome#FETCHED}, else null
 */
public record TargetResult(String value, Outcome outcome, String url, String detail, Listing listing) {

	public static TargetResult fetched(String value, String url, Listing listing) {
		return new TargetResult(value, Outcome.FETCHED, url, null, listing);
	}

	public static TargetResult failed(String value, Outcome outcome, String url, String detail) {
		return new TargetResult(value, outcome, url, detail, null);
	}

}
