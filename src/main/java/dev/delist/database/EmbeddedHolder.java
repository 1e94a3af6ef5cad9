package dev.delist.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Who holds the embedded database: a note beside its data directory ({@code pg.holder} next to {@code pg}),
 * written by the process that started the server, so a second command can say which one to stop, and how to
 * share its server instead. Only a hint: the data directory's lock decides.
 */
final class EmbeddedHolder {

	private EmbeddedHolder() {
	}

	static Path file(Path dataDir) {
		Path absolute = dataDir.toAbsolutePath().normalize();
		return absolute.resolveSibling(absolute.getFileName() + ".holder");
	}

	static void write(Path dataDir, String command) {
		try {
			Files.writeString(file(dataDir), ProcessHandle.current().pid() + " " + command + "\n",
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			// a missing note only makes the other process's refusal less specific
		}
	}

	static void clear(Path dataDir) {
		try {
			List<String> lines = Files.readAllLines(file(dataDir), StandardCharsets.UTF_8);
			if (!lines.isEmpty() && lines.get(0).startsWith(ProcessHandle.current().pid() + " ")) {
				Files.deleteIfExists(file(dataDir));
			}
		}
		catch (IOException ex) {
			// already gone, or never written
		}
	}

	/**
	 * The refusal for a second process: names the holder's command and pid when the note is there and the
	 * process lives, and the server's port from PostgreSQL's own postmaster.pid (its fourth line).
	 */
	static String describe(Path dataDir) {
		String holder = "another delist process";
		try {
			List<String> lines = Files.readAllLines(file(dataDir), StandardCharsets.UTF_8);
			String[] parts = lines.isEmpty() ? new String[0] : lines.get(0).strip().split(" ", 2);
			if (parts.length == 2 && ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false)) {
				holder = "`delist " + parts[1] + "` (pid " + parts[0] + ")";
			}
		}
		catch (IOException | NumberFormatException ex) {
			// no note: say what we know
		}
		String share = port(dataDir).map(port -> "; to use its server, pass --spring.datasource.url=jdbc:postgresql:"
				+ "//localhost:" + port + "/postgres?user=postgres").orElse("");
		return "the embedded database in " + dataDir.toAbsolutePath() + " is in use by " + holder
				+ "; wait for it to finish or stop it" + share;
	}

	private static Optional<String> port(Path dataDir) {
		try {
			List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
			return (lines.size() > 3 && lines.get(3).strip().matches("\\d{1,5}")) ? Optional.of(lines.get(3).strip())
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
