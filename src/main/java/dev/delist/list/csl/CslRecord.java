package dev.delist.list.csl;

import java.util.List;

/**
 * One row of the US Consolidated Screening List, in either of its forms (CSV or JSON), with the line it
 * started on so that problems and notes can point back into the file.
 *
 * @param id CSL's own id ({@code _id} or {@code id}); for non-Treasury sources a hash that may change
 * @param source the originating list, e.g. "Entity List (EL) - Bureau of Industry and Security"
 */
record CslRecord(int line, String id, String source, String type, String name, List<String> altNames,
		List<String> programs, List<String> addresses, String federalRegisterNotice, String startDate,
		String sourceListUrl, String sourceInformationUrl) {

	CslRecord {
		altNames = List.copyOf(altNames);
		programs = List.copyOf(programs);
		addresses = List.copyOf(addresses);
	}

	/** CSL also lists individuals, vessels and aircraft; only entities (or rows without a type) publish apps. */
	boolean isEntity() {
		return this.type == null || this.type.isBlank() || this.type.equalsIgnoreCase("Entity");
	}

}
