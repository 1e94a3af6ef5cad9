package dev.delist.catalog;

import java.util.Locale;

/** How a catalog file is written: one JSON object per line, or CSV with a header naming the fields. */
public enum CatalogFormat {

	JSON_LINES, CSV;

	/**
	 * The extension decides ({@code .jsonl}, {@code .ndjson}, {@code .json} or {@code .csv}); otherwise the first
	 * non-blank character does: a JSON line starts with '{', a CSV file with its header.
	 */
	static CatalogFormat detect(String fileName, int firstNonBlank) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
			return JSON_LINES;
		}
		if (name.endsWith(".csv")) {
			return CSV;
		}
		return (firstNonBlank == '{') ? JSON_LINES : CSV;
	}

}
