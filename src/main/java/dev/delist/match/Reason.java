package dev.delist.match;

/**
 * One piece of evidence for a match, explainable to a reviewer.
 *
 * @param code e.g. APP_ID_EXACT, BUNDLE_ID_EXACT, STORE_ID
 * @param field the listing field the evidence was found in
 */
public record Reason(String code, String field, String listingValue, String listValue, double score,
		String explanation) {

}
