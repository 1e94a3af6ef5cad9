package dev.delist.review;

import java.util.List;

import dev.delist.match.Tier;

/**
 * One row of the queue: an app matched to one list entry, with every storefront the filter selects together.
 * The group's tier, score, title and developer are those of its strongest storefront.
 *
 * @param notes how many reviewers' notes the app and entry have ({@link Notes})
 */
public record QueueGroup(String store, String appId, String listId, String entryId, String entryName, String title,
		String developerName, Tier tier, double score, List<QueueCandidate> storefronts, int notes) {

	public QueueGroup {
		storefronts = List.copyOf(storefronts);
	}

	public List<String> countries() {
		return this.storefronts.stream().map(QueueCandidate::country).toList();
	}

}
