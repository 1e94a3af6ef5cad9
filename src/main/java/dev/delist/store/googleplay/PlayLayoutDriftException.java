package dev.delist.store.googleplay;

/**
 * A Google Play page did not have the shape the parser expects. Unchecked so it travels through Spring Batch
 * processors unchanged; the fetch step must record it as "could not look", never as "nothing found".
 */
public class PlayLayoutDriftException extends RuntimeException {

	private final String url;

	private final String missing;

	private final PlayPageKind pageKind;

	public PlayLayoutDriftException(String url, String missing, PlayPageKind pageKind) {
		super("Google Play layout drift at " + url + ": " + missing + " not found"
				+ ((pageKind != PlayPageKind.NORMAL) ? " (page looks like " + pageKind + ")" : ""));
		this.url = url;
		this.missing = missing;
		this.pageKind = pageKind;
	}

	/**
	 * Drift on {@code body}; classifying costs a few scans of the body, paid only on this cold path so the error
	 * says "captcha" rather than just "drift" when that is what the page was.
	 */
	static PlayLayoutDriftException in(String body, String url, String missing) {
		return new PlayLayoutDriftException(url, missing, PlayPageClassifier.classify(body));
	}

	/** The URL (or base) of the page that drifted. */
	public String url() {
		return this.url;
	}

	/** What was missing, with its path, e.g. {@code "developer (D 68,0)"}. */
	public String missing() {
		return this.missing;
	}

	/** How the body classified; anything but NORMAL means the page was a block page rather than real drift. */
	public PlayPageKind pageKind() {
		return this.pageKind;
	}

}
