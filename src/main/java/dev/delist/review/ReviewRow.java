package dev.delist.review;

/**
 * One line of a reviewer's CSV, validated.
 *
 * @param source {@code FILE:LINE}, kept with the decision so its history says where it came from
 * @param country lower-case, or null: the decision then applies in every country the candidate exists in
 */
public record ReviewRow(String source, String store, String country, String appId, String listId, String entryId,
		Decision decision, String reason, String reviewer) {

}
