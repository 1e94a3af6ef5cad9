package dev.delist.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real recorded store pages and API answers in {@code ../shared/fixtures} (third-party data, read in place
 * from {@code delist.fixtures}, never copied). Tests skip when the directory is absent, and fail instead when
 * {@code delist.fixtures.required=true}, as in CI.
 */
public final class RecordedFixtures {

	private RecordedFixtures() {
	}

	/** @param store the fixture folder: {@code google-play} or {@code app-store} */
	public static String read(String store, String fileName) {
		Path file = dir(store).resolve(fileName);
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read recorded fixture " + file, ex);
		}
	}

	public static Path dir(String store) {
		String configured = System.getProperty("delist.fixtures");
		Path dir = (configured != null && !configured.isBlank()) ? Path.of(configured, store) : null;
		if (dir == null || !Files.isDirectory(dir)) {
			String why = "recorded " + store + " fixtures not found (delist.fixtures=" + configured + ")";
			if (Boolean.getBoolean("delist.fixtures.required")) {
				Assertions.fail(why + " but delist.fixtures.required=true");
			}
			Assumptions.assumeTrue(false, why);
		}
		return dir;
	}

}
