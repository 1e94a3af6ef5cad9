package dev.delist.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one entry's evidence into a tier, a level, a score and whether the match is a takedown candidate.
 * <ul>
 * <li>CONFIRMED: a trusted identifier, or an unverified one that a matching title or developer backs up;</li>
 * <li>LIKELY: developer evidence plus a title; a developer id alone (developer level); or, for an entry the
 * list could tie to no trusted id and no developer (screened by name), its exact distinctive name;</li>
 * <li>POSSIBLE: one fuzzy signal: a developer name alone ("same developer, other app"), a title alone ("possible
 * clone", or any generic name such as "Video Player"), or an unverified identifier nothing else agrees with.</li>
 * </ul>
 * A takedown candidate is a CONFIRMED or LIKELY app-level match (developer level too where the list covers every
 * app of its developers) whose entry is in force and whose storefront is in the list's jurisdiction; everything
 * else is reported for review. Scores combine as independent evidence, capped so that a lower tier never
 * outranks a higher one.
 */
final class Tiering {

	static final double LIKELY_CAP = 0.89;

	static final double POSSIBLE_CAP = 0.69;

	private Tiering() {
	}

	static Match decide(Evidence.Hit hit, String country) {
		boolean developer = hit.has(Evidence.DEVELOPER_ID) || hit.has(Evidence.DEVELOPER_NAME);
		boolean title = hit.has(Evidence.TITLE);
		boolean weakId = hit.has(Evidence.WEAK_IDENTIFIER);
		Tier tier;
		Level level = Level.APP;
		List<Reason> reasons = hit.reasons;
		if (hit.has(Evidence.IDENTIFIER) || (weakId && (title || developer))) {
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
		else if (weakId) {
			tier = Tier.POSSIBLE;
			reasons = annotated(reasons, " [unverified id only: neither the title nor the developer agrees]");
		}
		else if (hit.ref.screenedByName && hit.ref.entry.developers().isEmpty() && hit.has(Evidence.EXACT_TITLE)
				&& !hit.has(Evidence.GENERIC_TITLE)) {
			// where the list knows the developer, a same-named app by someone else is a look-alike until the
			// developer agrees (Honeycam the GIF maker is not Shellin's Honeycam)
			tier = Tier.LIKELY;
			reasons = annotated(reasons, " [screened by name: the list ties no trusted id or developer to this "
					+ "entry, and the title is its distinctive name]");
		}
		else {
			tier = Tier.POSSIBLE;
			reasons = annotated(reasons, hit.has(Evidence.GENERIC_TITLE) ? " [generic name only: for review]"
					: " [possible clone: title only, not the listed developer or ids]");
		}
		double score = combined(reasons);
		if (tier == Tier.LIKELY) {
			score = Math.min(score, LIKELY_CAP);
		}
		else if (tier == Tier.POSSIBLE) {
			score = Math.min(score, POSSIBLE_CAP);
		}
		boolean takedown = hit.ref.inForce && hit.ref.bindsIn(country) && tier != Tier.POSSIBLE
				&& (level == Level.APP || hit.ref.coversDevelopers);
		return new Match(hit.ref.listId, hit.ref.entry.id(), hit.ref.entry.name(), hit.ref.inForce, tier,
				Math.round(score * 1000) / 1000.0, reasons, level, hit.ref.jurisdiction, takedown);
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
