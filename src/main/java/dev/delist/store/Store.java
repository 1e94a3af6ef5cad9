package dev.delist.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The app stores delist screens; {@link #id()} is the name used in files, reports and the command line. What a
 * store can be asked differs, and the planner and the job file checks read it from here.
 */
public enum Store {

	APPLE("apple", false, true, true),

	GOOGLE_PLAY("google-play", true, true, true),

	/** Samsung Galaxy Store: one detail answer per package and storefront, no verified catalog or search. */
	GALAXY_STORE("galaxy-store", true, false, false);

	private final String id;

	private final boolean androidPackages;

	private final boolean developerCatalogs;

	private final boolean search;

	Store(String id, boolean androidPackages, boolean developerCatalogs, boolean search) {
		this.id = id;
		this.androidPackages = androidPackages;
		this.developerCatalogs = developerCatalogs;
		this.search = search;
	}

	public String id() {
		return this.id;
	}

	/** Whether its app ids are Android package names: the same package is the same app in every such store. */
	public boolean androidPackages() {
		return this.androidPackages;
	}

	/**
	 * Whether it can list a developer's apps. A store that cannot is given, instead of a learned developer, the
	 * packages the job's other stores attribute to that developer.
	 */
	public boolean developerCatalogs() {
		return this.developerCatalogs;
	}

	/** Whether it can be searched by name (the {@code search} discovery). */
	public boolean search() {
		return this.search;
	}

	/**
	 * Why this store cannot be asked about a two-letter storefront, or null when it can: the Galaxy Store names
	 * its storefronts by ISO 3166 alpha-3 code, so a country missing from {@link CountryCodes} cannot be asked.
	 */
	public String storefrontProblem(String country) {
		if (this == GALAXY_STORE && CountryCodes.alpha3(country) == null) {
			return "'" + country + "' has no " + this.id + " storefront code (ISO 3166 alpha-3) in delist's table "
					+ "(known: " + String.join(", ", CountryCodes.alpha2Codes()) + ")";
		}
		return null;
	}

	public static Store fromId(String id) {
		return Arrays.stream(values())
			.filter((store) -> store.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown store '" + id + "' (known: " + knownIds() + ")"));
	}

	/** The store ids, comma-separated, for messages. */
	public static String knownIds() {
		return Arrays.stream(values()).map(Store::id).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.id;
	}

}
