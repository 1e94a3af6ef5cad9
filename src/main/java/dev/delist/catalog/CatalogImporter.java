package dev.delist.catalog;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.match.Matcher;
import dev.delist.observe.StderrLines;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports an operator's catalog file as a run's listings and matches them on the way: every valid line becomes
 * a listing snapshot, bad lines are reported with their line numbers and skipped, up to
 * {@code delist.catalog.max-bad-lines}; one more and the import fails with an {@link InputException} (exit 2)
 * and leaves nothing behind. Runs in the caller's transaction: the listings and their candidates are committed
 * together or not at all, so a failure (a full disk) leaves no half-imported catalog to report.
 * <p>
 * Three kinds of work overlap: a thread reads, checks and encodes lines ({@link CopyFeed}); the caller's thread
 * sends the encoded rows to PostgreSQL, which stores them on its own core; and every core matches the listings
 * in batches ({@link CatalogMatching}). The file is never held in memory.
 */
@Service
public class CatalogImporter {

	private static final Logger log = LoggerFactory.getLogger(CatalogImporter.class);

	private final CatalogRepository repository;

	private final int maxBadLines;

	public CatalogImporter(CatalogRepository repository, DelistProperties properties) {
		this.repository = repository;
		this.maxBadLines = properties.catalog().maxBadLines();
	}

	/**
	 * @param importedAt when the listings were seen; kept to the microsecond, as PostgreSQL keeps it
	 * @param matcher the run's matcher: its candidates are stored with the listings
	 */
	public CatalogImport importInto(long instanceId, Path file, Instant importedAt, Matcher matcher) {
		return importInto(instanceId, file, 0, 1, importedAt, matcher);
	}

	/**
	 * Imports one shard's part of the file ({@link CatalogReader#open(Path, int, int)}).
	 *
	 * @param shard this run's shard, from 0
	 * @param shards how many shards the file is split into; 1 for all of it
	 */
	public CatalogImport importInto(long instanceId, Path file, int shard, int shards, Instant importedAt,
			Matcher matcher) {
		Instant seenAt = importedAt.truncatedTo(ChronoUnit.MICROS);
		this.repository.deleteRun(instanceId);
		String name = file.toString();
		int threads = Runtime.getRuntime().availableProcessors();
		try (CandidateSpool candidates = new CandidateSpool();
				CatalogMatching matching = new CatalogMatching(matcher, instanceId, seenAt, threads, candidates);
				CopyFeed feed = new CopyFeed(CatalogReader.open(file, shard, shards), new SnapshotRows(instanceId, seenAt),
						this.maxBadLines, matching)) {
			long cpuBefore = threadCpu();
			long gcBefore = gcMillis();
			long copied = this.repository.copy(feed);
			if (copied == 0) {
				throw new InputException("--catalog: " + name + ": no listing to screen"
						+ ((shards > 1) ? " in shard " + shard + "/" + shards : "") + " ("
						+ feed.badLines().size() + " bad lines" + first(feed.badLines(), name) + ")");
			}
			long matches = finish(matching);
			// where an import's time goes, for docs/benchmarks.md: the reader, the matchers, the COPY's sender
			log.info("catalog import CPU: reading {} ms, matching {} ms, sending {} ms; GC {} ms; candidates {} KB",
					feed.cpuNanos() / 1_000_000, matching.cpuMillis(), (threadCpu() - cpuBefore) / 1_000_000,
					gcMillis() - gcBefore, candidates.size() >> 10);
			this.repository.copyCandidates(candidates);
			List<String> messages = new ArrayList<>();
			for (CatalogRow.Bad bad : feed.badLines()) {
				messages.add(bad.message(name));
				// on stderr once, after the run's summary (delist run --catalog), not here as well
				log.warn(StderrLines.SHOWN, "skipped catalog line: {}", bad.message(name));
			}
			this.repository.saveImport(instanceId, name, feed.importedByStore(), feed.countries());
			this.repository.saveBadLines(instanceId, name, feed.badLines(),
					new ArrayList<>(feed.importedByStore().keySet()), seenAt);
			return new CatalogImport(name, feed.lines(), feed.importedByStore(), messages, matches);
		}
	}

	private static long threadCpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	private static long finish(CatalogMatching matching) {
		try {
			return matching.finish();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while matching the catalog", ex);
		}
	}

	private static String first(List<CatalogRow.Bad> badLines, String file) {
		return badLines.isEmpty() ? "" : "; first: " + badLines.get(0).message(file);
	}

}
