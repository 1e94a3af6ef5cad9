package dev.delist.store.galaxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.delist.support.RecordedFixtures;

/**
 * Galaxy Store answers for the tests: the real recorded one, read in place from ../shared/fixtures (see
 * {@link RecordedFixtures}), and our own small ones (src/test/resources/store/galaxy/) for the other shapes.
 */
final class GalaxyPages {

	static final String RECORDED = "galaxy-detail_studio.happycode.puking_cat_us_2026-09.json";

	private GalaxyPages() {
	}

	static String recorded() {
		return RecordedFixtures.read("galaxy-store", RECORDED);
	}

	static String own(String name) {
		try (InputStream in = GalaxyPages.class.getResourceAsStream("/store/galaxy/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test answer " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
