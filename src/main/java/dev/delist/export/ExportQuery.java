package dev.delist.export;

import java.time.LocalDate;
import java.util.regex.Pattern;

import dev.delist.config.InputException;
import dev.delist.store.Store;

/**
 * Which confirmed takedowns to export: one store or all, one storefront or all (an operations team per country,
 * as India's 69A orders bind in {@code in} only), decided within a range of days (UTC, both ends included;
 * either end open).
 *
 * @param store null for every store
 * @param from the first decision date, or null for no lower bound
 * @param to the last decision date, or null for no upper bound
 * @param country a storefront, two lower-case letters, or null for every one
 */
public record ExportQuery(Store store, LocalDate from, LocalDate to, String country) {

	private static final Pattern COUNTRY = Pattern.compile("^[a-z]{2}$");

	/** @throws InputException when {@code from} is after {@code to}, or the country is not a country code */
	public ExportQuery {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InputException("from " + from + " is after to " + to + " (no decision date can be in between)");
		}
		if (country != null && !COUNTRY.matcher(country).matches()) {
			throw new InputException("country: '" + country + "' is not a two-letter country code (e.g. us, in)");
		}
	}

	/** Every confirmed takedown of every store. */
	public static ExportQuery all() {
		return new ExportQuery(null, null, null, null);
	}

	/**
	 * A file name saying what the export holds, e.g. {@code takedowns-apple-from-2026-12-01-to-2026-12-31.csv}, for a
	 * download's {@code Content-Disposition} (it holds no character that needs quoting).
	 */
	public String fileName(ExportFormat format) {
		return "takedowns-" + ((this.store != null) ? this.store.id() : "all-stores")
				+ ((this.country != null) ? "-" + this.country : "") + ((this.from != null) ? "-from-" + this.from : "") + ((this.to != null) ? "-to-" + this.to : "") + "."
				+ format.extension();
	}

}
