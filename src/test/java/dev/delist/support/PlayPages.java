package dev.delist.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Our own small hand-made Google Play pages (src/test/resources/store/googleplay/), shaped like the real layout. */
public final class PlayPages {

	private PlayPages() {
	}

	public static String read(String name) {
		try (InputStream in = PlayPages.class.getResourceAsStream("/store/googleplay/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test page " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Google Play's own answer for a listing it does not have (with HTTP 404), in our own words' shape. */
	public static String notFound() {
		return read("not-found.html");
	}

	/** A details page for {@code packageName}, made from our routed example page. */
	public static String details(String packageName) {
		return read("details-routed.html").replace("org.example.routed", packageName);
	}

}
