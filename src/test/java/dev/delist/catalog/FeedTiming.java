package dev.delist.catalog;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import dev.delist.list.ListFiles;
import dev.delist.match.Matcher;
import dev.delist.store.Listing;

/**
 * Times the Java side of a catalog import on one thread (read, check, encode, hash; with {@code match}, the
 * matcher too), for docs/benchmarks.md; with a second argument other than {@code match}, the binary COPY goes to
 * that file, to time PostgreSQL's side alone.
 *
 * <pre>java -cp ... dev.delist.catalog.FeedTiming FILE [match | COPY_OUT]</pre>
 */
public final class FeedTiming {

	private FeedTiming() {
	}

	public static void main(String[] args) throws Exception {
		boolean match = args.length > 1 && args[1].equals("match");
		Path out = (args.length > 1 && !match) ? Path.of(args[1]) : null;
		Matcher matcher = match ? new Matcher(ListFiles.loadDirectory(Path.of("jobs/lists")), LocalDate.now()) : null;
		for (int round = 0; round < ((out != null) ? 1 : 3); round++) {
			long started = System.nanoTime();
			long bytes = 0;
			long rows = 0;
			long matches = 0;
			SnapshotRows encoder = new SnapshotRows(1, Instant.now());
			RowBuffer block = new RowBuffer(1 << 19);
			byte[] digest = new byte[32];
			try (CatalogReader reader = CatalogReader.open(Path.of(args[0]));
					OutputStream copy = (out != null) ? Files.newOutputStream(out) : OutputStream.nullOutputStream()) {
				SnapshotRows.header(block);
				for (CatalogRow row = reader.next(); row != null; row = reader.next()) {
					if (row instanceof CatalogRow.Valid valid) {
						Listing listing = valid.listing();
						encoder.append(listing, block, digest);
						rows++;
						if (matcher != null) {
							matches += matcher.match(listing).size();
						}
						if (block.length() > (1 << 18)) {
							copy.write(block.bytes(), 0, block.length());
							bytes += block.length();
							block.clear();
						}
					}
				}
				SnapshotRows.trailer(block);
				copy.write(block.bytes(), 0, block.length());
				bytes += block.length();
			}
			long ms = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("feed: %,d rows, %,d bytes of COPY, %,d matches in %,d ms (%.2f µs a line)%n", rows, bytes,
					matches, ms, ms * 1000.0 / rows);
		}
	}

}
