package dev.delist.list;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.delist.store.Store;

/** The kinds of store identifier a list can name, each with the store it belongs to and its syntax. */
public enum IdentifierType {

	/** Android package name: on Google Play, and the same app's id in every other Android store. */
	@JsonProperty("package")
	PACKAGE("package", Store.GOOGLE_PLAY, "^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+$",
			"a valid Android package name (letters, digits and _ in dot-separated parts)"),

	/** iOS bundle id on Apple's App Store. */
	@JsonProperty("bundle-id")
	BUNDLE_ID("bundle-id", Store.APPLE, "^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$",
			"a valid bundle id (letters, digits and - in dot-separated parts)"),

	/** App Store numeric id (trackId). */
	@JsonProperty("app-store-id")
	APP_STORE_ID("app-store-id", Store.APPLE, "^[1-9][0-9]{2,11}$", "a numeric App Store id"),

	/** Google Play developer id: the numeric {@code dev?id=} or the name form {@code developer?id=}. */
	@JsonProperty("developer-id")
	DEVELOPER_ID("developer-id", Store.GOOGLE_PLAY, "^[^\\p{Cntrl}]{1,200}$", "a Google Play developer id"),

	/** Apple artistId of a developer. */
	@JsonProperty("artist-id")
	ARTIST_ID("artist-id", Store.APPLE, "^[1-9][0-9]{2,11}$", "a numeric Apple artist id"),

	/**
	 * A store page named by an order, in any store (a third-party store's page such as
	 * {@code mpokket.en.aptoide.com}): host and optional path, with or without the scheme. Never looked up; it
	 * matches a listing whose URL is that page.
	 */
	@JsonProperty("store-url")
	STORE_URL("store-url", null,
			"^(https?://)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:[0-9]{1,5})?(/[^\\s]*)?$",
			"a store page URL (host and optional path, e.g. mpokket.en.aptoide.com)");

	private final String id;

	private final Store store;

	private final Pattern syntax;

	private final String syntaxDescription;

	IdentifierType(String id, Store store, String syntax, String syntaxDescription) {
		this.id = id;
		this.store = store;
		this.syntax = Pattern.compile(syntax);
		this.syntaxDescription = syntaxDescription;
	}

	public String id() {
		return this.id;
	}

	/** The store the identifier belongs to, or null for a URL, which may be any store's page. */
	public Store store() {
		return this.store;
	}

	/**
	 * Whether a store is asked about this kind of identifier: its own store, and for a package every store whose
	 * app ids are Android packages (the Galaxy Store lists the same package as Google Play).
	 */
	public boolean appliesTo(Store store) {
		return this.store == store || (this == PACKAGE && store.androidPackages());
	}

	/** The developer-level type of a store's developer ids, or null when lists cannot name one (Galaxy Store). */
	public static IdentifierType developerIdOf(Store store) {
		return switch (store) {
			case APPLE -> ARTIST_ID;
			case GOOGLE_PLAY -> DEVELOPER_ID;
			case GALAXY_STORE -> null;
		};
	}

	public boolean isValid(String value) {
		return this.syntax.matcher(value).matches();
	}

	public String syntaxDescription() {
		return this.syntaxDescription;
	}

	/** Developer-level identifiers point at a publisher, not at one app. */
	public boolean isDeveloperLevel() {
		return this == DEVELOPER_ID || this == ARTIST_ID;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
