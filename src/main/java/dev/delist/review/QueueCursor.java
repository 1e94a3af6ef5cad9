package dev.delist.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.delist.match.Tier;

/**
 * Where a page ended: the queue's sort key (tier, score descending, candidate id, store) of its last row, which
 * the next page starts after. Opaque to callers, so the key can change without breaking their links; a cursor
 * from an older version or a tampered one is refused, never half-read.
 */
record QueueCursor(Tier tier, BigDecimal score, String candidateId, String store) {

	private static final String VERSION = "q1";

	private static final char SEPARATOR = '\n';

	String encode() {
		String text = String.join(String.valueOf(SEPARATOR), VERSION, this.tier.name(), this.score.toPlainString(),
				this.store, this.candidateId);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/** @return null for a null or blank cursor: the first page */
	static QueueCursor decode(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
				.split(String.valueOf(SEPARATOR), 5);
			if (parts.length != 5 || !parts[0].equals(VERSION) || parts[3].isEmpty() || parts[4].isEmpty()) {
				throw new IllegalArgumentException("shape");
			}
			return new QueueCursor(Tier.valueOf(parts[1]), new BigDecimal(parts[2]), parts[4], parts[3]);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFilter("cursor", "not a cursor of this queue (start again from the first page)");
		}
	}

	/** The score in the order of the index ({@code -score}). */
	BigDecimal negatedScore() {
		return this.score.negate();
	}

}
