package dev.delist.catalog;

import java.lang.management.ManagementFactory;
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
 * The catalog as the blocks of a binary {@code COPY listing_snapshot}: a thread of its own reads, checks and
 * de-duplicates the lines and hands them in batches to {@link CatalogMatching}, whose threads encode and match
 * them; the import's thread sends the blocks they fill to PostgreSQL, which stores them on another core. Nothing
 * is held beyond a few blocks of 256 KB and the batches in flight. Bad lines are collected, not copied; past the
 * limit, or when the file cannot be read, the feed ends with that failure, which {@link #next()} throws on the
 * import's thread.
 */
final class CopyFeed implements AutoCloseable, CatalogMatching.Blocks {

	private static final int BLOCKS_IN_FLIGHT = 4;

	private static final RowBuffer END = new RowBuffer(0);

	private final CatalogReader reader;

	private final int maxBadLines;

	private CatalogMatching matching;

	private final BlockingQueue<RowBuffer> full = new ArrayBlockingQueue<>(BLOCKS_IN_FLIGHT);

	private final BlockingQueue<RowBuffer> free = new ArrayBlockingQueue<>(2 * BLOCKS_IN_FLIGHT);

	private final Thread thread;

	private volatile boolean stopped;

	private volatile Throwable failure;

	private volatile long cpuNanos;

	/** 0: the header is to be sent; 1: blocks; 2: the trailer was sent. */
	private int phase;

	// written by the feed's thread, read by the import's after next() returned null (the queue orders them)

	private long imported;

	private long matches;

	private final Map<Store, Long> importedByStore = new TreeMap<>();

	private final Map<Store, Set<String>> countries = new TreeMap<>();

	private final List<CatalogRow.Bad> badLines = new ArrayList<>();

	CopyFeed(CatalogReader reader, int maxBadLines) {
		this.reader = reader;
		this.maxBadLines = maxBadLines;
		this.thread = new Thread(this::feed, "catalog-read");
		this.thread.setDaemon(true);
	}

	/** The threads that encode and match what this feed reads; set before {@link #start()}. */
	void matchWith(CatalogMatching matching) {
		this.matching = matching;
	}

	void start() {
		this.thread.start();
	}

	/** @return the next block of rows to send, or null once all are sent; throws what ended the feed early */
	RowBuffer next() throws InterruptedException {
		if (this.phase == 0) {
			this.phase = 1;
			RowBuffer header = fresh();
			SnapshotRows.header(header);
			return header;
		}
		if (this.phase == 2) {
			return null;
		}
		RowBuffer block = this.full.take();
		if (block != END) {
			return block;
		}
		this.thread.join();
		CatalogMatching.rethrow(this.failure);
		this.phase = 2;
		RowBuffer trailer = fresh();
		SnapshotRows.trailer(trailer);
		return trailer;
	}

	/** A block sent: its buffer makes the next one. */
	void recycle(RowBuffer block) {
		block.clear();
		this.free.offer(block);
	}

	@Override
	public RowBuffer fresh() {
		RowBuffer block = this.free.poll();
		return (block != null) ? block : new RowBuffer(CatalogMatching.BLOCK + (CatalogMatching.BLOCK >> 2));
	}

	@Override
	public void send(RowBuffer block) throws InterruptedException {
		while (!this.full.offer(block, 100, TimeUnit.MILLISECONDS)) {
			if (this.stopped) {
				throw new InterruptedException("the import stopped");
			}
		}
	}

	private void feed() {
		boolean whole = false;
		try {
			CatalogMatching.Batch batch = new CatalogMatching.Batch();
			for (CatalogRow row = this.reader.next(); row != null && !this.stopped; row = this.reader.next()) {
				if (row instanceof CatalogRow.Valid valid) {
					Listing listing = valid.listing();
					count(listing);
					batch.add(listing);
					if (batch.isFull()) {
						this.matching.submit(batch);
						batch = new CatalogMatching.Batch();
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
			this.matches = this.matching.finish();
			send(END);
			whole = true;
		}
		catch (Throwable ex) {
			this.failure = ex;
		}
		finally {
			this.cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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

	/** @return the CPU time the feed's thread took, once it has ended */
	long cpuNanos() {
		return this.cpuNanos;
	}

	/** @return the matches found, once the feed has ended */
	long matches() {
		return this.matches;
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
