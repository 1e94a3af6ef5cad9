package dev.delist.store.googleplay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real recorded Google Play pages (third-party data, read in place from {@code delist.fixtures}, never copied).
 * Tests skip when the directory is absent, and fail instead when {@code delist.fixtures.required=true} (CI).
 */
final class RecordedPages {

	private RecordedPages() {
	}

	static String read(String fileName) {
		Path file = dir().resolve(fileName);
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read recorded page " + file, ex);
		}
	}

	static Path dir() {
		String configured = System.getProperty("delist.fixtures");
		Path dir = (configured != null && !configured.isBlank()) ? Path.of(configured, "google-play") : null;
		boolean present = dir != null && Files.isDirectory(dir);
		if (!present) {
			String why = "recorded Google Play pages not found (delist.fixtures=" + configured + ")";
			if (Boolean.getBoolean("delist.fixtures.required")) {
				Assertions.fail(why + " but delist.fixtures.required=true");
			}
			Assumptions.assumeTrue(false, why);
		}
		return dir;
	}

}
