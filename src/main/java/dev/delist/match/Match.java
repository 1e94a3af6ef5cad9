package dev.delist.match;

import java.util.List;

/** A listing matched to one list entry, with every reason and the resulting tier and score. */
public record Match(String listId, String entryId, String entryName, boolean entryInForce, Tier tier, double score,
		List<Reason> reasons) {

	public Match {
		reasons = List.copyOf(reasons);
	}

}
