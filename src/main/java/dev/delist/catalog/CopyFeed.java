package dev.delist.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * The catalog as the blocks of a binary {@code COPY listing_snapshot}, made on a thread of its own while the
 * import's thread sends the blocks before it to PostgreSQL, which stores them on another core; the listings go to
 * {@link CatalogMatching} on the way. Nothing is held beyond a few blocks of 256 KB and the batches being
 * matched. Bad lines are collected, not copied; past the limit, or when the file cannot be read, the feed ends
 * with that failure, which {@link #next()} throws on the import's thread.
 */
final class CopyFeed implements AutoCloseable {

	/** Bytes of rows per COPY message: large enough that sending costs nothing beside making the rows. */
	private static final int BLOCK = 1 << 18;

	private static final int BLOCKS_IN_FLIGHT = 4;

	private static final RowBuffer END = new RowBuffer(0);

	private final CatalogReader reader;

	private final SnapshotRows rows;

	private final int maxBadLines;

	private final CatalogMatching matching;

	private final BlockingQueue<RowBuffer> full = new ArrayBlockingQueue<>(BLOCKS_IN_FLIGHT);

	private final BlockingQueue<RowBuffer> free = new ArrayBlockingQueue<>(BLOCKS_IN_FLIGHT + 2);

	private final Thread thread;

	private volatile boolean stopped;

	private volatile Throwable failure;

	private volatile long cpuNanos;

	// written by the feed's thread, read by the import's after next() returned null (the queue orders them)

	private long imported;

	private final Map<Store, Long> importedByStore = new TreeMap<>();

	private final Map<Store, Set<String>> countries = new TreeMap<>();

	private final List<CatalogRow.Bad> badLines = new ArrayList<>();

	CopyFeed(CatalogReader reader, SnapshotRows rows, int maxBadLines, CatalogMatching matching) {
		this.reader = reader;
		this.rows = rows;
		this.maxBadLines = maxBadLines;
		this.matching = matching;
		this.thread = new Thread(this::feed, "catalog-read");
		this.thread.setDaemon(true);
	}

	void start() {
		this.thread.start();
	}

	/** @return the next block of rows to send, or null once all are sent; throws what ended the feed early */
	RowBuffer next() throws InterruptedException {
		RowBuffer block = this.full.take();
		if (block != END) {
			return block;
		}
		this.thread.join();
		Throwable failed = this.failure;
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed instanceof Error error) {
			throw error;
		}
		return null;
	}

	/** A block sent: its buffer makes the next one. */
	void recycle(RowBuffer block) {
		block.clear();
		this.free.offer(block);
	}

	private void feed() {
		boolean whole = false;
		try {
			RowBuffer block = new RowBuffer(BLOCK + (BLOCK >> 2));
			SnapshotRows.header(block);
			CatalogMatching.Batch batch = new CatalogMatching.Batch();
			byte[] digest = new byte[32];
			for (CatalogRow row = this.reader.next(); row != null && !this.stopped; row = this.reader.next()) {
				if (row instanceof CatalogRow.Valid valid) {
					Listing listing = valid.listing();
					this.rows.append(listing, block, digest);
					count(listing);
					batch.add(listing, digest);
					if (batch.isFull()) {
						this.matching.submit(batch);
						batch = new CatalogMatching.Batch();
					}
					if (block.length() >= BLOCK) {
						hand(block);
						block = nextFree();
					}
				}
				else {
					this.badLines.add((CatalogRow.Bad) row);
					if (this.badLines.size() > this.maxBadLines) {
						throw new TooManyBadLines(this.reader.file(), this.badLines, this.maxBadLines);
					}
				}
			}
			this.matching.submit(batch);
			SnapshotRows.trailer(block);
			hand(block);
			hand(END);
			whole = true;
		}
		catch (Throwable ex) {
			this.failure = ex;
		}
		finally {
			this.cpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			if (!whole) {
				// the blocks still queued will never be sent: the import's thread only needs to learn why
				this.full.clear();
				while (!this.full.offer(END)) {
					this.full.clear();
				}
			}
		}
	}

	private void count(Listing listing) {
		this.imported++;
		this.importedByStore.merge(listing.store(), 1L, Long::sum);
		Set<String> seen = this.countries.get(listing.store());
		if (seen == null) {
			seen = new TreeSet<>();
			this.countries.put(listing.store(), seen);
		}
		seen.add(listing.country());
	}

	private void hand(RowBuffer block) throws InterruptedException {
		while (!this.full.offer(block, 100, TimeUnit.MILLISECONDS)) {
			if (this.stopped) {
				throw new InterruptedException("the import stopped");
			}
		}
	}

	private RowBuffer nextFree() {
		RowBuffer block = this.free.poll();
		return (block != null) ? block : new RowBuffer(BLOCK + (BLOCK >> 2));
	}

	/** @return the CPU time the feed's thread took, once it has ended */
	long cpuNanos() {
		return this.cpuNanos;
	}

	/** @return the lines read, counting from 1 */
	long lines() {
		return this.reader.lineNumber();
	}

	long imported() {
		return this.imported;
	}

	Map<Store, Long> importedByStore() {
		return this.importedByStore;
	}

	Map<Store, Set<String>> countries() {
		return this.countries;
	}

	List<CatalogRow.Bad> badLines() {
		return this.badLines;
	}

	/** Stops the feed's thread (the COPY failed) and closes the file. */
	@Override
	public void close() {
		this.stopped = true;
		try {
			this.thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.reader.close();
	}

}
