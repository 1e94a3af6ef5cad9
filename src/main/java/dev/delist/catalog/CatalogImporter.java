package dev.delist.catalog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.observe.StderrLines;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports an operator's catalog file as a run's listings: every valid line becomes a listing snapshot, bad lines
 * are reported with their line numbers and skipped, up to {@code delist.catalog.max-bad-lines}; one more and
 * the import fails with an {@link InputException} (exit 2) and leaves nothing behind. Runs in the caller's
 * transaction.
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

	public CatalogImport importInto(long instanceId, Path file, Instant importedAt) {
		this.repository.deleteRun(instanceId);
		String name = file.toString();
		try (CatalogReader reader = CatalogReader.open(file);
				CopyFeed feed = new CopyFeed(reader, instanceId, importedAt, this.maxBadLines)) {
			long copied = this.repository.copy(feed);
			if (copied == 0) {
				throw new InputException("--catalog: " + name + ": no listing to screen ("
						+ feed.badLines().size() + " bad lines" + first(feed.badLines(), name) + ")");
			}
			List<String> messages = new ArrayList<>();
			for (CatalogRow.Bad bad : feed.badLines()) {
				messages.add(bad.message(name));
				// on stderr once, after the run's summary (delist run --catalog), not here as well
				log.warn(StderrLines.SHOWN, "skipped catalog line: {}", bad.message(name));
			}
			this.repository.saveImport(instanceId, name, feed.importedByStore(), feed.countries());
			this.repository.saveBadLines(instanceId, name, feed.badLines(),
					new ArrayList<>(feed.importedByStore().keySet()), importedAt);
			return new CatalogImport(name, reader.lineNumber(), feed.importedByStore(), messages);
		}
	}

	private static String first(List<CatalogRow.Bad> badLines, String file) {
		return badLines.isEmpty() ? "" : "; first: " + badLines.get(0).message(file);
	}

}
