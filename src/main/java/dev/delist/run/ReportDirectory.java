package dev.delist.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.delist.config.InputException;

/**
 * The report directory is checked before any store is asked, so a long fetch never ends in "cannot write". The
 * check leaves nothing behind: it probes the directory, or the nearest parent that exists, with a file it
 * removes again.
 */
final class ReportDirectory {

	private ReportDirectory() {
	}

	static void check(Path dir) {
		Path existing = dir.toAbsolutePath().normalize();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing)) {
			throw refused(dir, (existing == null) ? "no part of it exists" : existing + " is not a directory");
		}
		try {
			Files.delete(Files.createTempFile(existing, ".delist-write-check", ".tmp"));
		}
		catch (IOException | SecurityException ex) {
			throw refused(dir, "cannot create files in " + existing);
		}
	}

	private static InputException refused(Path dir, String why) {
		return new InputException("report directory " + dir + " (--out or delist.report.dir) is not writable: " + why);
	}

}
