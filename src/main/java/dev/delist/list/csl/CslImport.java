package dev.delist.list.csl;

import java.util.List;

import dev.delist.list.LoadedList;

/**
 * The result of importing a CSL file: the list text (already validated as a list file), the list it reads as,
 * how many rows were skipped as not entities, and a {@code FILE:LINE: problem} for every malformed row.
 */
public record CslImport(String yaml, LoadedList list, int skippedNonEntities, List<String> problems) {

	public CslImport {
		problems = List.copyOf(problems);
	}

}
