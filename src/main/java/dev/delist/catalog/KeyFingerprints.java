package dev.delist.catalog;

/**
 * Remembers which listing keys (store, country, appId) a catalog has had, and on which line, in about 16 bytes a
 * key: a 64-bit fingerprint and the line number in open addressing, up to three quarters full. Keeping the keys
 * themselves would cost about ten times as much at millions of lines. Two different keys share a fingerprint
 * with a probability of about n²/2⁶⁵ (10⁻⁶ at five million lines); such a line is reported as a duplicate, never
 * dropped silently. Once the reader can tell how many lines the file has ({@link #expect}), the table is made that
 * size at once: growing it twice over would hold the old table and the new, the largest allocation of an
 * import, side by side.
 */
final class KeyFingerprints {

	private static final int INITIAL = 1 << 16;

	private long[] fingerprints = new long[INITIAL];

	private int[] lines = new int[INITIAL];

	private int size;

	/** Sizes the table for about this many keys, if it is not that large already. */
	void expect(long keys) {
		int capacity = this.fingerprints.length;
		while (capacity < (1 << 30) && capacity * 3L / 4 < keys) {
			capacity <<= 1;
		}
		if (capacity > this.fingerprints.length) {
			resize(capacity);
		}
	}

	/** @return the line the key was first seen on, or 0 when it is new (and is now remembered for this line) */
	long putIfAbsent(String store, String country, String appId, long line) {
		long fingerprint = fingerprint(store, country, appId);
		if (fingerprint == 0) {
			fingerprint = 1; // 0 marks an empty slot
		}
		if (this.size * 4L >= this.fingerprints.length * 3L) {
			resize(this.fingerprints.length << 1);
		}
		int mask = this.fingerprints.length - 1;
		for (int slot = (int) fingerprint & mask;; slot = (slot + 1) & mask) {
			long existing = this.fingerprints[slot];
			if (existing == 0) {
				this.fingerprints[slot] = fingerprint;
				// a catalog of more than two billion lines is no file one process screens: its shards are
				this.lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
				this.size++;
				return 0;
			}
			if (existing == fingerprint) {
				return this.lines[slot];
			}
		}
	}

	private void resize(int capacity) {
		long[] oldFingerprints = this.fingerprints;
		int[] oldLines = this.lines;
		this.fingerprints = new long[capacity];
		this.lines = new int[capacity];
		int mask = capacity - 1;
		for (int i = 0; i < oldFingerprints.length; i++) {
			long fingerprint = oldFingerprints[i];
			if (fingerprint != 0) {
				int slot = (int) fingerprint & mask;
				while (this.fingerprints[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.fingerprints[slot] = fingerprint;
				this.lines[slot] = oldLines[i];
			}
		}
	}

	/** FNV-1a over the key's characters, then a finalizer that spreads every bit over the low ones. */
	static long fingerprint(String store, String country, String appId) {
		long hash = 0xcbf29ce484222325L;
		hash = mix(hash, store);
		hash = (hash ^ 0x1F) * 0x100000001b3L;
		hash = mix(hash, country);
		hash = (hash ^ 0x1F) * 0x100000001b3L;
		hash = mix(hash, appId);
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return hash;
	}

	private static long mix(long hash, String value) {
		for (int i = 0; i < value.length(); i++) {
			hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

}
