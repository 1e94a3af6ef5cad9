package dev.delist.store;

import java.util.Arrays;

/** The app stores delist screens; {@link #id()} is the name used in files, reports and the command line. */
public enum Store {

	APPLE("apple"), GOOGLE_PLAY("google-play");

	private final String id;

	Store(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Store fromId(String id) {
		return Arrays.stream(values())
			.filter((store) -> store.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown store '" + id + "' (known: apple, google-play)"));
	}

	@Override
	public String toString() {
		return this.id;
	}

}
