package dev.delist.match;

/** How strong a match's evidence is, strongest first. */
public enum Tier {

	/** Identifier evidence: the listing carries an id the list names. */
	CONFIRMED,
	/** Developer evidence plus title, or a listed developer id. */
	LIKELY,
	/** One fuzzy signal: a possible clone, or the same developer's other app. */
	POSSIBLE

}
