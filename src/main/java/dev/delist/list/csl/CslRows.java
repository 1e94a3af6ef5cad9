package dev.delist.list.csl;

import java.util.List;

/** What a CSL file yielded: the rows that could be read, and a {@code FILE:LINE: problem} for each that could not. */
record CslRows(List<CslRecord> records, List<String> problems) {

	CslRows {
		records = List.copyOf(records);
		problems = List.copyOf(problems);
	}

}
