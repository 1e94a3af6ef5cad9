package dev.delist.catalog;

import java.util.List;

import dev.delist.config.InputException;

/** A catalog with more bad lines than the run tolerates is rejected whole: exit 2, nothing imported. */
public class TooManyBadLines extends InputException {

	/** How many of the bad lines the one-line message names. */
	static final int SHOWN = 3;

	TooManyBadLines(String file, List<CatalogRow.Bad> badLines, int maxBadLines) {
		super("--catalog: " + file + ": more than " + maxBadLines
				+ " bad lines (delist.catalog.max-bad-lines), stopped at line " + badLines.get(badLines.size() - 1).line()
				+ "; nothing was screened; first: " + String.join("; ",
						badLines.stream().limit(SHOWN).map((bad) -> bad.message(file)).toList()));
	}

}
