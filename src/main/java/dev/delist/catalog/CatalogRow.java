package dev.delist.catalog;

import dev.delist.store.Listing;

/** One record of a catalog file: a listing to screen, or a line that cannot be read and is skipped. */
public sealed interface CatalogRow {

	/** @return the line the record starts on, counting from 1 */
	long line();

	record Valid(long line, Listing listing) implements CatalogRow {
	}

	/**
	 * @param field the field at fault, or {@code line} when the line as a whole cannot be read
	 * @param store the line's store id when it could be read, so the line counts against that store's report
	 */
	record Bad(long line, String field, String problem, String store, String country) implements CatalogRow {

		/** {@code FILE:LINE: field: problem}, as an operator's editor jumps to it */
		public String message(String file) {
			return file + ":" + this.line + ": " + this.field + ": " + this.problem;
		}

	}

}
