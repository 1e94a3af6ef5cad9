package dev.delist.list;

import java.time.LocalDate;

/**
 * One store identifier a list names, with how sure its authors are and where they read it.
 *
 * @param validFrom first day the identifier meant this app, or null for always before {@code validTo}
 * @param validTo last day it meant this app, or null while it still does: a publisher can re-use an id for
 * another app (NetEase's {@code com.netease.lztgglobal}: Cyber Hunter in 2020, Blood Strike later)
 */
public record Identifier(IdentifierType type, String value, Confidence confidence, String source, String note,
		LocalDate validFrom, LocalDate validTo) {

	/** An identifier valid at every date. */
	public Identifier(IdentifierType type, String value, Confidence confidence, String source, String note) {
		this(type, value, confidence, source, note, null, null);
	}

	/** Whether the identifier meant the listed app on {@code date}; both ends are inclusive. */
	public boolean validOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

	/** Whether the list's authors only guessed it: it may support a name, never confirm a match alone. */
	public boolean unverified() {
		return this.confidence == Confidence.UNVERIFIED;
	}

}
