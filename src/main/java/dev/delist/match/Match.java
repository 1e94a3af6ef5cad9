package dev.delist.match;

import java.util.List;

/**
 * A listing matched to one list entry, with every reason and the resulting tier and score.
 *
 * @param level APP when the listing is (or copies) the listed app; DEVELOPER when it is another app of a
 * listed developer
 */
public record Match(String listId, String entryId, String entryName, boolean entryInForce, Tier tier, double score,
		List<Reason> reasons, Level level) {

	public Match {
		reasons = List.copyOf(reasons);
		level = (level != null) ? level : Level.APP;
	}

	/** An app-level match. */
	public Match(String listId, String entryId, String entryName, boolean entryInForce, Tier tier, double score,
			List<Reason> reasons) {
		this(listId, entryId, entryName, entryInForce, tier, score, reasons, Level.APP);
	}

}
