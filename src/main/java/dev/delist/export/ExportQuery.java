package dev.delist.export;

import java.time.LocalDate;

import dev.delist.config.InputException;
import dev.delist.store.Store;

/**
 * Which confirmed takedowns to export: one store or all, decided within a range of days (UTC, both ends
 * included; either end open).
 *
 * @param store null for every store
 * @param from the first decision date, or null for no lower bound
 * @param to the last decision date, or null for no upper bound
 */
public record ExportQuery(Store store, LocalDate from, LocalDate to) {

	/** @throws InputException when {@code from} is after {@code to} */
	public ExportQuery {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InputException("from " + from + " is after to " + to + " (no decision date can be in between)");
		}
	}

	/** Every confirmed takedown of every store. */
	public static ExportQuery all() {
		return new ExportQuery(null, null, null);
	}

	/**
	 * A file name saying what the export holds, e.g. {@code takedowns-apple-from-2026-12-01-to-2026-12-31.csv}, for a
	 * download's {@code Content-Disposition} (it holds no character that needs quoting).
	 */
	public String fileName(ExportFormat format) {
		return "takedowns-" + ((this.store != null) ? this.store.id() : "all-stores")
				+ ((this.from != null) ? "-from-" + this.from : "") + ((this.to != null) ? "-to-" + this.to : "") + "."
				+ format.extension();
	}

}
