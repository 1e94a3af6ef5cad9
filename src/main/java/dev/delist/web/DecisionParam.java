package dev.delist.web;

import java.util.Locale;

import dev.delist.review.Decision;
import dev.delist.review.InvalidDecision;

/** A decision as a form or a JSON body spells it; anything else is a 400 naming the field. */
final class DecisionParam {

	private DecisionParam() {
	}

	static Decision parse(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidDecision("decision", "required: CONFIRMED or DISMISSED");
		}
		try {
			return Decision.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDecision("decision", "'" + value + "' is not CONFIRMED or DISMISSED");
		}
	}

}
