package dev.delist.discover;

import java.util.Locale;

import dev.delist.config.InputException;
import dev.delist.config.Sha256;
import dev.delist.store.Store;

/**
 * One of {@code count} slices of a run's targets, for fetching across processes (a Kubernetes Indexed Job): a
 * target belongs to the shard its stable hash of store, country and identifier points at, the same in every
 * process and every run.
 */
public record Shard(int index, int count) {

	public Shard {
		if (count < 1 || index < 0 || index >= count) {
			throw new InputException("--shard: " + index + "/" + count + " is not a shard (0 <= i < N, N >= 1)");
		}
	}

	/** Parses {@code i/N}. */
	public static Shard parse(String text) {
		String[] parts = text.trim().split("/");
		try {
			if (parts.length == 2) {
				return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InputException("--shard: '" + text + "' is not of the form i/N (e.g. 0/3)");
	}

	public boolean owns(Store store, String country, String value) {
		if (this.count == 1) {
			return true;
		}
		String key = store.id() + "|" + country + "|" + value.toLowerCase(Locale.ROOT);
		long hash = Long.parseUnsignedLong(Sha256.hex(key).substring(0, 15), 16);
		return hash % this.count == this.index;
	}

	@Override
	public String toString() {
		return this.index + "/" + this.count;
	}

}
