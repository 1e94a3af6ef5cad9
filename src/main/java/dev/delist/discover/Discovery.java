package dev.delist.discover;

import java.util.Arrays;

/** The ways a job finds listings to check, as named in {@code jobs/<job>.yaml}. */
public enum Discovery {

	/** Every app identifier the lists name (package names, bundle ids, App Store ids). */
	IDENTIFIERS("identifiers"),
	/** Every listed developer's catalog, and developers learned from the last run's confirmed matches. */
	DEVELOPERS("developers"),
	/** A store search for every listed name and alias, to find clones and re-uploads. */
	SEARCH("search");

	private final String id;

	Discovery(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Discovery fromId(String id) {
		return Arrays.stream(values())
			.filter((discovery) -> discovery.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown discovery '" + id + "' (known: identifiers, developers, search)"));
	}

}
