package dev.delist.match;

/** One normalised word of a name, with the part it plays and so the weight it carries. */
record Token(String text, Kind kind) {

	enum Kind {

		/** A word that tells developers or apps apart: the only kind that can carry a match. */
		DISTINCTIVE,
		/** A generic industry word (technology, 科技) or a title filler (scanner, pdf). */
		GENERIC,
		/** A place (Shenzhen, 香港). */
		PLACE,
		/** A legal form, as its canonical form (ltd, pte-ltd). */
		LEGAL

	}

}
