package dev.delist.export;

import java.util.Locale;

import dev.delist.config.InputException;

/** The files the hand-off export writes. */
public enum ExportFormat {

	/** One row per takedown and storefront, safe to open in a spreadsheet. */
	CSV("text/csv; charset=utf-8", "csv"),

	/** {@code {"store":..,"from":..,"to":..,"takedowns":[...],"count":N}}, for tools. */
	JSON("application/json", "json");

	private final String contentType;

	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	/** For an HTTP answer's {@code Content-Type}. */
	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/** @throws InputException naming the formats, for {@code csv}/{@code json} in any case */
	public static ExportFormat of(String name) {
		for (ExportFormat format : values()) {
			if (format.extension.equals((name != null) ? name.strip().toLowerCase(Locale.ROOT) : null)) {
				return format;
			}
		}
		throw new InputException("format: '" + name + "' is not csv or json");
	}

}
