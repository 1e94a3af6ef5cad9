package dev.delist.catalog;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.delist.match.Candidate;
import dev.delist.match.CandidateCopy;
import dev.delist.match.Match;
import dev.delist.match.Matcher;
import dev.delist.store.Listing;

/**
 * The work of a catalog's listings beyond reading them, on every core while the import copies: each batch the
 * reader hands over is encoded as binary COPY rows (with each listing's SHA-256) into the thread's own block, which
 * goes to the COPY when full, and matched, its candidates spooled as COPY rows. The queue is short and a full one
 * makes the reader do the batch itself, so this never falls far behind and never holds more than a few batches;
 * the rows reach PostgreSQL in whatever order the threads finish them.
 */
final class CatalogMatching implements AutoCloseable {

	/** Listings per batch: enough to make a hand-over cheap, few enough to keep every thread busy. */
	static final int BATCH = 512;

	/** Bytes of rows per COPY message: large enough that sending costs nothing beside making the rows. */
	static final int BLOCK = 1 << 18;

	/** Where full blocks of rows go; blocks while the COPY is behind, fails once the import has stopped. */
	interface Blocks {

		void send(RowBuffer block) throws InterruptedException;

		RowBuffer fresh();

	}

	private final Matcher matcher;

	private final long instanceId;

	private final Instant fetchedAt;

	private final CandidateSpool spool;

	private final Blocks blocks;

	private final ThreadPoolExecutor pool;

	private final AtomicInteger pending = new AtomicInteger();

	private final AtomicLong matches = new AtomicLong();

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private final List<Thread> threads = new CopyOnWriteArrayList<>();

	/** Each thread's encoder and the block it fills, the reader's too (it runs a batch when the queue is full). */
	private final ThreadLocal<Worker> workers;

	private final List<Worker> all = new CopyOnWriteArrayList<>();

	CatalogMatching(Matcher matcher, long instanceId, Instant fetchedAt, int threads, CandidateSpool spool,
			Blocks blocks) {
		this.matcher = matcher;
		this.instanceId = instanceId;
		this.fetchedAt = fetchedAt;
		this.spool = spool;
		this.blocks = blocks;
		this.workers = ThreadLocal.withInitial(() -> {
			Worker worker = new Worker(new SnapshotRows(instanceId, fetchedAt), blocks.fresh());
			this.all.add(worker);
			return worker;
		});
		AtomicInteger number = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2 * threads),
				(task) -> {
					Thread thread = new Thread(task, "catalog-match-" + number.incrementAndGet());
					thread.setDaemon(true);
					this.threads.add(thread);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	/** A batch of listings, in the order read. */
	static final class Batch {

		final Listing[] listings = new Listing[BATCH];

		int size;

		boolean isFull() {
			return this.size == BATCH;
		}

		void add(Listing listing) {
			this.listings[this.size++] = listing;
		}

	}

	private static final class Worker {

		final SnapshotRows rows;

		final byte[] digest = new byte[32];

		RowBuffer block;

		Worker(SnapshotRows rows, RowBuffer block) {
			this.rows = rows;
			this.block = block;
		}

	}

	/** Hands a batch over; it must not be touched afterwards. */
	void submit(Batch batch) {
		if (batch.size == 0) {
			return;
		}
		this.pending.incrementAndGet();
		this.pool.execute(() -> {
			try {
				if (this.failure.get() == null) {
					process(batch);
				}
			}
			catch (Throwable ex) {
				this.failure.compareAndSet(null, ex);
			}
			finally {
				synchronized (this.pending) {
					if (this.pending.decrementAndGet() == 0) {
						this.pending.notifyAll();
					}
				}
			}
		});
	}

	private void process(Batch batch) throws InterruptedException {
		Worker worker = this.workers.get();
		StringBuilder candidates = null;
		for (int i = 0; i < batch.size; i++) {
			Listing listing = batch.listings[i];
			worker.rows.append(listing, worker.block, worker.digest);
			List<Match> found = this.matcher.match(listing);
			if (!found.isEmpty()) {
				String sha256 = SnapshotRows.hex(worker.digest);
				if (candidates == null) {
					candidates = new StringBuilder(1024);
				}
				for (Match match : found) {
					CandidateCopy.append(this.instanceId, Candidate.of(listing, this.fetchedAt, sha256, match), candidates);
					this.matches.incrementAndGet();
				}
			}
		}
		if (worker.block.length() >= BLOCK) {
			this.blocks.send(worker.block);
			worker.block = this.blocks.fresh();
		}
		if (candidates != null) {
			this.spool.write(candidates.toString().getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * Waits for every batch handed over, then sends what each thread's block still holds.
	 *
	 * @return how many matches were found
	 */
	long finish() throws InterruptedException {
		synchronized (this.pending) {
			// a stopped pool drops what it had queued: then only the failure is left to report
			while (this.pending.get() > 0 && !this.pool.isShutdown()) {
				this.pending.wait(100);
			}
		}
		rethrow();
		for (Worker worker : this.all) {
			if (worker.block.length() > 0) {
				this.blocks.send(worker.block);
				worker.block = this.blocks.fresh();
			}
		}
		return this.matches.get();
	}

	/** Throws what failed in a batch, if anything did. */
	void rethrow() {
		rethrow(this.failure.get());
	}

	/** Throws what stopped one of the import's threads, as it was when it can be, if anything did. */
	static void rethrow(Throwable failed) {
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed instanceof Error error) {
			throw error;
		}
		if (failed != null) {
			throw new IllegalStateException("catalog import stopped: " + failed.getMessage(), failed);
		}
	}

	long matches() {
		return this.matches.get();
	}

	/** @return the CPU time each of the pool's threads took so far, in milliseconds */
	List<Long> cpuMillis() {
		var bean = ManagementFactory.getThreadMXBean();
		return this.threads.stream().map((thread) -> Math.max(0, bean.getThreadCpuTime(thread.getId())) / 1_000_000).toList();
	}

	/** Stops what is still queued; what runs finishes its batch. */
	@Override
	public void close() {
		this.failure.compareAndSet(null, new InterruptedException("the catalog import stopped"));
		this.pool.shutdownNow();
	}

}
