package dev.delist.cli;

import dev.delist.config.InputException;

/** Checks of a command's option values that picocli's types cannot make, before anything starts (exit 2). */
final class OptionValues {

	private OptionValues() {
	}

	/** @param why what a smaller value would break, or null when "at least 1" says it */
	static void atLeastOne(String option, int value, String why) {
		if (value < 1) {
			throw new InputException(option + " " + value + ": at least 1" + ((why != null) ? " (" + why + ")" : ""));
		}
	}

}
