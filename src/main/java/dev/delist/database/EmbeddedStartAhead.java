package dev.delist.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the command's configuration is known, so that
 * initdb and the server's start (1-2 s on a first run, a few hundred ms after) overlap Spring's start instead of
 * following it; the {@code embeddedPostgres} bean then takes the server, or the failure, that start left. A
 * context that fails before taking it stops the server again.
 */
public final class EmbeddedStartAhead {

	private static final Map<Path, CompletableFuture<EmbeddedPostgres>> STARTING = new ConcurrentHashMap<>();

	private EmbeddedStartAhead() {
	}

	/**
	 * Begins starting the server of {@code dataDir} unless an external database is configured.
	 *
	 * @param dataSourceUrl {@code spring.datasource.url}, null or empty for the embedded database
	 */
	public static void begin(String dataSourceUrl, Path dataDir) {
		if (StringUtils.hasText(dataSourceUrl)) {
			return;
		}
		Path key = key(dataDir);
		STARTING.computeIfAbsent(key, (dir) -> CompletableFuture.supplyAsync(() -> {
			try {
				Files.createDirectories(dir);
				StalePostmaster.stopIfOrphaned(dir);
				return EmbeddedPostgresConfiguration.server(dir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, (task) -> {
			Thread thread = new Thread(task, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
		}));
	}

	/**
	 * @return the server started ahead for this directory, or null when none was (its start failing throws here,
	 * as starting it now would)
	 */
	static EmbeddedPostgres take(Path dataDir) throws IOException {
		CompletableFuture<EmbeddedPostgres> started = STARTING.remove(key(dataDir));
		if (started == null) {
			return null;
		}
		try {
			return started.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the embedded database started", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() instanceof UncheckedIOException io) ? io.getCause() : ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(cause);
		}
	}

	/** For a context that failed ({@link ApplicationFailedEvent}): stops whatever was started and never taken. */
	public static void abandon() {
		for (Path dir : STARTING.keySet()) {
			CompletableFuture<EmbeddedPostgres> started = STARTING.remove(dir);
			if (started != null) {
				started.thenAccept((postgres) -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						// the process is ending: a server left behind is stopped by the next start (StalePostmaster)
					}
				}).exceptionally((ex) -> null).join();
			}
		}
	}

	private static Path key(Path dataDir) {
		return dataDir.toAbsolutePath().normalize();
	}

}
