package dev.delist.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicate keys are found with their first line whether the table grew or was sized from the file at once. */
class KeyFingerprintsTests {

	@Test
	void shouldRememberTheFirstLineOfEveryKeyThroughGrowingAndSizing() {
		KeyFingerprints grown = new KeyFingerprints();
		KeyFingerprints sized = new KeyFingerprints();
		for (int line = 1; line <= 300_000; line++) {
			if (line == 50_000) {
				sized.expect(330_000);
			}
			assertThat(grown.putIfAbsent("google-play", "us", "com.example.app" + line, line)).isZero();
			assertThat(sized.putIfAbsent("google-play", "us", "com.example.app" + line, line)).isZero();
		}
		for (int line = 1; line <= 300_000; line += 997) {
			assertThat(grown.putIfAbsent("google-play", "us", "com.example.app" + line, 999_999)).isEqualTo(line);
			assertThat(sized.putIfAbsent("google-play", "us", "com.example.app" + line, 999_999)).isEqualTo(line);
		}
		// the same package in another storefront or store is another key
		assertThat(sized.putIfAbsent("google-play", "gb", "com.example.app7", 1)).isZero();
		assertThat(sized.putIfAbsent("galaxy-store", "us", "com.example.app7", 1)).isZero();
	}

}
