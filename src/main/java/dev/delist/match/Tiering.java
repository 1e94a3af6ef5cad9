package dev.delist.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one entry's evidence into a tier, a level and a score. Identifier evidence is CONFIRMED; developer
 * evidence plus a title is LIKELY; a developer id alone is LIKELY but only at developer level; one fuzzy
 * signal is POSSIBLE: a developer name alone ("same developer, other app") or a title alone ("possible
 * clone"). Scores combine as independent evidence, capped so that a lower tier never outranks a higher one.
 */
final class Tiering {

	static final double LIKELY_CAP = 0.89;

	static final double POSSIBLE_CAP = 0.69;

	private Tiering() {
	}

	static Match decide(Evidence.Hit hit) {
		boolean developer = hit.has(Evidence.DEVELOPER_ID) || hit.has(Evidence.DEVELOPER_NAME);
		boolean title = hit.has(Evidence.TITLE);
		Tier tier;
		Level level = Level.APP;
		List<Reason> reasons = hit.reasons;
		if (hit.has(Evidence.IDENTIFIER)) {
			tier = Tier.CONFIRMED;
		}
		else if (developer && title) {
			tier = Tier.LIKELY;
		}
		else if (developer) {
			tier = hit.has(Evidence.DEVELOPER_ID) ? Tier.LIKELY : Tier.POSSIBLE;
			level = Level.DEVELOPER;
			reasons = annotated(reasons, " [developer-level: same developer, other app; the title is not "
					+ hit.ref.entry.name() + "]");
		}
		else {
			tier = Tier.POSSIBLE;
			reasons = annotated(reasons, " [possible clone: title only, not the listed developer or ids]");
		}
		double score = combined(reasons);
		if (tier == Tier.LIKELY) {
			score = Math.min(score, LIKELY_CAP);
		}
		else if (tier == Tier.POSSIBLE) {
			score = Math.min(score, POSSIBLE_CAP);
		}
		return new Match(hit.ref.listId, hit.ref.entry.id(), hit.ref.entry.name(), hit.ref.inForce, tier,
				Math.round(score * 1000) / 1000.0, reasons, level);
	}

	/** Independent pieces of evidence add up: 1 - product of (1 - score). */
	static double combined(List<Reason> reasons) {
		double miss = 1.0;
		for (Reason reason : reasons) {
			miss *= 1.0 - Math.max(0, Math.min(1, reason.score()));
		}
		return 1.0 - miss;
	}

	private static List<Reason> annotated(List<Reason> reasons, String note) {
		List<Reason> result = new ArrayList<>(reasons.size());
		for (Reason r : reasons) {
			result.add(new Reason(r.code(), r.field(), r.listingValue(), r.listValue(), r.score(),
					r.explanation() + note));
		}
		return result;
	}

}
