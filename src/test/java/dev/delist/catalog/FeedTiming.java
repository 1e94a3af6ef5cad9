package dev.delist.catalog;

import java.nio.file.Path;
import java.time.Instant;

/** Times the Java side of a catalog import alone (read, check, hash, encode), for docs/benchmarks.md. */
public final class FeedTiming {

	private FeedTiming() {
	}

	public static void main(String[] args) throws Exception {
		for (int round = 0; round < ((args.length > 1) ? 1 : 2); round++) {
			long started = System.nanoTime();
			long chars = 0;
			try (CopyFeed feed = new CopyFeed(CatalogReader.open(Path.of(args[0])), 1, Instant.now(), 100)) {
				char[] buffer = new char[1 << 16];
				// with a second argument, the COPY text goes to that file, to time PostgreSQL's side alone with psql
				try (java.io.Writer copy = (args.length > 1) ? java.nio.file.Files.newBufferedWriter(Path.of(args[1]))
						: java.io.Writer.nullWriter()) {
					for (int n = feed.read(buffer, 0, buffer.length); n >= 0; n = feed.read(buffer, 0,
							buffer.length)) {
						copy.write(buffer, 0, n);
						chars += n;
					}
				}
			}
			System.out.println("feed: " + chars + " chars in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		}
	}

}
