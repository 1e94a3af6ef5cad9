package dev.delist.store.googleplay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Our own small hand-made pages under src/test/resources/store/googleplay/, shaped like the real layout. */
final class OwnPages {

	private OwnPages() {
	}

	static String read(String name) {
		try (InputStream in = OwnPages.class.getResourceAsStream("/store/googleplay/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test page " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
