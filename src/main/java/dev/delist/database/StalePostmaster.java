package dev.delist.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A delist process that was killed leaves its embedded PostgreSQL running, holding the data directory. The
 * next run stops that orphan so the data directory (and the killed run's state) can be used again. It signals
 * a process only when the lock file names our data directory and the process is a PostgreSQL server working in
 * it: a pid in an old file may belong to anything by now, another server included.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private StalePostmaster() {
	}

	/** @throws DatabaseUnavailableException when a live process holds the file but is not our orphan */
	static void stopIfOrphaned(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile) || lockedByLiveJvm(dataDir)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
		if (process.isEmpty() || !process.get().isAlive()) {
			// nobody holds it: PostgreSQL would start over it too, we only spare it the warning
			Files.deleteIfExists(pidFile);
			return;
		}
		Path ours = dataDir.toRealPath();
		String named = (lines.size() > 1) ? lines.get(1).strip() : "";
		long pid = process.get().pid();
		if (!sameDirectory(named, ours)) {
			throw refusal(pidFile, "names the data directory '" + named + "', not " + ours + ", and process " + pid
					+ " is alive");
		}
		if (!isPostmasterOf(pid, ours)) {
			throw refusal(pidFile, "names process " + pid + ", which is alive but is not a PostgreSQL server on "
					+ ours + " (" + commandOf(process.get()) + ")");
		}
		log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left in {} by a delist process that did not exit "
				+ "cleanly", pid, ours);
		process.get().destroy();
		process.get().onExit().orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
		Files.deleteIfExists(pidFile);
	}

	private static DatabaseUnavailableException refusal(Path pidFile, String why) {
		return new DatabaseUnavailableException(pidFile + " " + why + "; delist stops only its own orphaned "
				+ "server, so it touched nothing: stop that server, or delete the file if no PostgreSQL uses the "
				+ "directory", null);
	}

	private static boolean sameDirectory(String named, Path ours) {
		if (named.isEmpty()) {
			return false;
		}
		try {
			return Path.of(named).toRealPath().equals(ours);
		}
		catch (IOException | RuntimeException ex) {
			return false; // a directory that does not exist here is not ours
		}
	}

	/**
	 * Whether the process runs PostgreSQL's server binary on {@code dataDir}: the postmaster changes into its data
	 * directory at start, so its working directory says which one it serves; its {@code -D} argument is the
	 * fallback where the working directory cannot be read. Without /proc nothing can be proven, so nothing is.
	 */
	static boolean isPostmasterOf(long pid, Path dataDir) {
		Path proc = Path.of("/proc", Long.toString(pid));
		List<String> argv;
		try {
			argv = Arrays.asList(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
				.split("\0"));
		}
		catch (IOException | SecurityException ex) {
			return false;
		}
		if (argv.isEmpty() || !isServerBinary(argv.get(0))) {
			return false;
		}
		try {
			if (proc.resolve("cwd").toRealPath().equals(dataDir)) {
				return true;
			}
		}
		catch (IOException | SecurityException ex) {
			// not ours to read: fall back to the arguments
		}
		for (int i = 0; i + 1 < argv.size(); i++) {
			if (argv.get(i).equals("-D") && sameDirectory(argv.get(i + 1), dataDir)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isServerBinary(String argv0) {
		String name = Path.of(argv0.isEmpty() ? "?" : argv0).getFileName().toString();
		return name.equals("postgres") || name.equals("postmaster");
	}

	private static String commandOf(ProcessHandle process) {
		// the program only: another process's arguments are not ours to print (they may hold a password)
		return process.info().command().map((command) -> "command " + command).orElse("command unknown");
	}

	private static Optional<ProcessHandle> parsePid(String line) {
		try {
			return ProcessHandle.of(Long.parseLong(line.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean lockedByLiveJvm(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

}
