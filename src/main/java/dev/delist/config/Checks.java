package dev.delist.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.util.unit.DataSize;

/**
 * The checks the configuration records run in their compact constructors. Each names its full key: a record
 * does not know where it is bound, so the caller passes the key.
 */
final class Checks {

	private Checks() {
	}

	static void atLeast(String key, long value, long minimum) {
		if (value < minimum) {
			throw new InvalidConfigurationException(key, "must be " + minimum + " or more, not " + value);
		}
	}

	static void positive(String key, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationException(key, "must be a positive duration (e.g. 10s), not " + text(value));
		}
	}

	static void notNegative(String key, Duration value) {
		if (value == null || value.isNegative()) {
			throw new InvalidConfigurationException(key, "must not be negative, not " + text(value));
		}
	}

	/** As an operator writes it ({@code -5s}), not as Java prints it ({@code PT-5S}). */
	private static String text(Duration value) {
		if (value == null) {
			return "empty";
		}
		return (value.toMillis() % 1000 == 0) ? value.toSeconds() + "s" : value.toMillis() + "ms";
	}

	static void positive(String key, DataSize value) {
		if (value == null || value.toBytes() <= 0) {
			throw new InvalidConfigurationException(key, "must be a positive size (e.g. 10MB), not " + ((value == null) ? "empty" : value));
		}
	}

	static void set(String key, Path value) {
		if (value == null || value.toString().isBlank()) {
			throw new InvalidConfigurationException(key, "must name a directory");
		}
	}

	static void notBlank(String key, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidConfigurationException(key, "must not be empty");
		}
	}

	/** An optional setting: unset is fine, set to blanks is a mistake. */
	static void unsetOrNotBlank(String key, String value) {
		if (value != null && value.isBlank()) {
			throw new InvalidConfigurationException(key, "must not be empty (leave it unset for the default)");
		}
	}

}
