package dev.delist.cli;

/** A number with its noun, as a person writes it: "1 entry", "8 entries". */
final class Counts {

	private Counts() {
	}

	static String of(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

}
