package dev.delist.catalog;

/**
 * Remembers which listing keys (store, country, appId) a catalog has had, and on which line, in 16 bytes a key:
 * a 64-bit fingerprint and the line number, in open addressing. Keeping the keys themselves would cost about
 * ten times as much at millions of lines. Two different keys share a fingerprint with a probability of about
 * n²/2⁶⁵ (10⁻⁶ at five million lines); such a line is reported as a duplicate, never dropped silently.
 */
final class KeyFingerprints {

	private long[] fingerprints = new long[1 << 16];

	private long[] lines = new long[1 << 16];

	private int size;

	/** @return the line the key was first seen on, or 0 when it is new (and is now remembered for this line) */
	long putIfAbsent(String store, String country, String appId, long line) {
		long fingerprint = fingerprint(store, country, appId);
		if (fingerprint == 0) {
			fingerprint = 1; // 0 marks an empty slot
		}
		if (this.size * 2 >= this.fingerprints.length) {
			grow();
		}
		int mask = this.fingerprints.length - 1;
		for (int slot = (int) fingerprint & mask;; slot = (slot + 1) & mask) {
			long existing = this.fingerprints[slot];
			if (existing == 0) {
				this.fingerprints[slot] = fingerprint;
				this.lines[slot] = line;
				this.size++;
				return 0;
			}
			if (existing == fingerprint) {
				return this.lines[slot];
			}
		}
	}

	private void grow() {
		long[] oldFingerprints = this.fingerprints;
		long[] oldLines = this.lines;
		this.fingerprints = new long[oldFingerprints.length * 2];
		this.lines = new long[oldLines.length * 2];
		int mask = this.fingerprints.length - 1;
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
