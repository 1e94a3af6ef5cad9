package dev.delist.match;

import java.util.List;

/**
 * A listing matched to one list entry, with every reason and the resulting tier and score.
 *
 * @param entryInForce the list is in force on the run date and the entry's own events have not lifted it
 * @param level APP when the listing is (or copies) the listed app; DEVELOPER when it is another app of a
 * listed developer
 * @param jurisdiction the storefronts where the entry's list binds
 * @param takedownCandidate the entry is in force, the listing's storefront is in the jurisdiction, and the
 * evidence says the listing is the listed app (CONFIRMED or LIKELY; developer-level only where the list covers
 * every app of its developers): see {@link Tiering}
 */
public record Match(String listId, String entryId, String entryName, boolean entryInForce, Tier tier, double score,
		List<Reason> reasons, Level level, List<String> jurisdiction, boolean takedownCandidate) {

	public Match {
		reasons = List.copyOf(reasons);
		level = (level != null) ? level : Level.APP;
		jurisdiction = (jurisdiction != null) ? List.copyOf(jurisdiction) : List.of();
	}

	/** An app-level match. */
	public Match(String listId, String entryId, String entryName, boolean entryInForce, Tier tier, double score,
			List<Reason> reasons) {
		this(listId, entryId, entryName, entryInForce, tier, score, reasons, Level.APP, List.of(), false);
	}

}
