package dev.delist.config;

/**
 * A {@code delist.*} value that binds but makes no sense (no threads, a negative wait): thrown while the
 * configuration is bound, before anything starts, and printed as one line naming the key.
 */
public class InvalidConfigurationException extends InputException {

	private final String key;

	public InvalidConfigurationException(String key, String problem) {
		super("configuration " + key + ": " + problem);
		this.key = key;
	}

	public String key() {
		return this.key;
	}

}
