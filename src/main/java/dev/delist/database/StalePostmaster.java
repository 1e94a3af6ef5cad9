package dev.delist.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A delist process that was killed leaves its embedded PostgreSQL running, holding the data directory. The
 * next run stops that orphan so the data directory (and the killed run's state) can be used again.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfOrphaned(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile) || lockedByLiveJvm(dataDir)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
		if (postmaster.isPresent() && postmaster.get().isAlive() && isPostgres(postmaster.get())) {
			log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by a delist process that did not exit cleanly",
					postmaster.get().pid());
			postmaster.get().destroy();
			postmaster.get().onExit().orTimeout(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS).join();
		}
		Files.deleteIfExists(pidFile);
	}

	// a pid from an old file may belong to an unrelated process by now
	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.contains("postgres")).orElse(false);
	}

	private static Optional<ProcessHandle> parsePid(String line) {
		try {
			return ProcessHandle.of(Long.parseLong(line.trim()));
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
		try (var channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE)) {
			var lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			return true;
		}
	}

}
