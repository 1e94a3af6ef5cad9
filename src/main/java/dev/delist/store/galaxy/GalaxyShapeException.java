package dev.delist.store.galaxy;

/**
 * A Galaxy Store answer was JSON but not in the shape the parser knows: the store changed it, and the target must
 * count as "could not look", never as an empty listing.
 */
class GalaxyShapeException extends Exception {

	private final String missing;

	GalaxyShapeException(String url, String missing) {
		super("Galaxy Store answer at " + url + " has changed shape: " + missing);
		this.missing = missing;
	}

	/** What was missing or malformed, with its path, e.g. {@code "DetailMain.sellerId missing"}. */
	String missing() {
		return this.missing;
	}

}
