package dev.delist.observe;

import java.io.PrintStream;

/**
 * The one line a terminal redraws in place (a {@link Progress}), shared with the warnings printed meanwhile on
 * the same stream: a warning clears the progress line, takes a line of its own, and the progress line is drawn
 * again below it, so neither breaks the other.
 */
final class TerminalLine {

	private static PrintStream stream;

	private static String shown = "";

	private TerminalLine() {
	}

	static synchronized void draw(PrintStream target, String text) {
		target.print("\r" + text + "   ");
		target.flush();
		stream = target;
		shown = text;
	}

	/** The progress is done: its last state stays on screen, and the next output starts on a new line. */
	static synchronized void end(PrintStream target) {
		target.println();
		if (target == stream) {
			stream = null;
			shown = "";
		}
	}

	static synchronized void println(PrintStream target, String line) {
		boolean drawn = target == stream && !shown.isEmpty();
		if (drawn) {
			target.print("\r" + " ".repeat(shown.length() + 3) + "\r");
		}
		target.println(line);
		if (drawn) {
			target.print(shown + "   ");
		}
		target.flush();
	}

}
