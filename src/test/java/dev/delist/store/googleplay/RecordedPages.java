package dev.delist.store.googleplay;

import java.nio.file.Path;

import dev.delist.support.RecordedFixtures;

/** The real recorded Google Play pages, read in place (see {@link RecordedFixtures}). */
final class RecordedPages {

	private RecordedPages() {
	}

	static String read(String fileName) {
		return RecordedFixtures.read("google-play", fileName);
	}

	static Path dir() {
		return RecordedFixtures.dir("google-play");
	}

}
