package dev.delist.catalog;

/**
 * Remembers which listing keys (store, country, appId) a catalog has had, and on which line, in 16 bytes a key:
 * a 64-bit fingerprint and the line number, in open addressing. Keeping the keys themselves would cost about
 * ten times as much at millions of lines. Two different keys share a fingerprint with a probability of about
 * n²/2⁶⁵ (10⁻⁶ at five million lines); such a line is reported as a duplicate, never dropped silently.
 */
final class KeyFingerprints {

	/** Slot i holds a fingerprint at 2i and its line at 2i + 1: one cache line per look-up, not two. */
	private long[] slots = new long[2 << 16];

	private int size;

	/** @return the line the key was first seen on, or 0 when it is new (and is now remembered for this line) */
	long putIfAbsent(String store, String country, String appId, long line) {
		long fingerprint = fingerprint(store, country, appId);
		if (fingerprint == 0) {
			fingerprint = 1; // 0 marks an empty slot
		}
		if (this.size * 4 >= this.slots.length) {
			grow();
		}
		int mask = (this.slots.length >> 1) - 1;
		for (int slot = (int) fingerprint & mask;; slot = (slot + 1) & mask) {
			long existing = this.slots[2 * slot];
			if (existing == 0) {
				this.slots[2 * slot] = fingerprint;
				this.slots[2 * slot + 1] = line;
				this.size++;
				return 0;
			}
			if (existing == fingerprint) {
				return this.slots[2 * slot + 1];
			}
		}
	}

	private void grow() {
		long[] old = this.slots;
		this.slots = new long[old.length * 2];
		int mask = (this.slots.length >> 1) - 1;
		for (int i = 0; i < old.length; i += 2) {
			long fingerprint = old[i];
			if (fingerprint != 0) {
				int slot = (int) fingerprint & mask;
				while (this.slots[2 * slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.slots[2 * slot] = fingerprint;
				this.slots[2 * slot + 1] = old[i + 1];
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
