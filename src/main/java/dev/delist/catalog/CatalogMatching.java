package dev.delist.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
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
 * Matches a catalog's listings on every core while the import copies them, batch by batch as the reader hands
 * them over, and spools the candidates as COPY rows. The queue is short and a full one makes the reader match
 * the batch itself, so matching never falls far behind and never holds more than a few batches.
 */
final class CatalogMatching implements AutoCloseable {

	/** Listings per batch: enough to make a hand-over cheap, few enough to keep every thread busy. */
	static final int BATCH = 512;

	private final Matcher matcher;

	private final long instanceId;

	private final Instant fetchedAt;

	private final CandidateSpool spool;

	private final ThreadPoolExecutor pool;

	private final AtomicInteger pending = new AtomicInteger();

	private final AtomicLong matches = new AtomicLong();

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private final java.util.List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

	CatalogMatching(Matcher matcher, long instanceId, Instant fetchedAt, int threads, CandidateSpool spool) {
		this.matcher = matcher;
		this.instanceId = instanceId;
		this.fetchedAt = fetchedAt;
		this.spool = spool;
		AtomicInteger number = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2 * threads),
				(task) -> {
					Thread thread = new Thread(task, "catalog-match-" + number.incrementAndGet());
					thread.setDaemon(true);
					this.threads.add(thread);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	/** A batch of listings with the SHA-256 of each (32 bytes apiece, in order). */
	static final class Batch {

		final Listing[] listings = new Listing[BATCH];

		final byte[] digests = new byte[32 * BATCH];

		int size;

		boolean isFull() {
			return this.size == BATCH;
		}

		void add(Listing listing, byte[] digest) {
			this.listings[this.size] = listing;
			System.arraycopy(digest, 0, this.digests, 32 * this.size, 32);
			this.size++;
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
					match(batch);
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

	private void match(Batch batch) {
		StringBuilder rows = null;
		byte[] digest = new byte[32];
		for (int i = 0; i < batch.size; i++) {
			Listing listing = batch.listings[i];
			var found = this.matcher.match(listing);
			if (found.isEmpty()) {
				continue;
			}
			System.arraycopy(batch.digests, 32 * i, digest, 0, 32);
			String sha256 = SnapshotRows.hex(digest);
			if (rows == null) {
				rows = new StringBuilder(1024);
			}
			for (Match match : found) {
				CandidateCopy.append(this.instanceId, Candidate.of(listing, this.fetchedAt, sha256, match), rows);
				this.matches.incrementAndGet();
			}
		}
		if (rows != null) {
			this.spool.write(rows.toString().getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * Waits for every batch handed over.
	 *
	 * @return how many matches were found
	 */
	long finish() throws InterruptedException {
		synchronized (this.pending) {
			while (this.pending.get() > 0) {
				this.pending.wait();
			}
		}
		Throwable failed = this.failure.get();
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed instanceof Error error) {
			throw error;
		}
		return this.matches.get();
	}

	/** @return the CPU time each matching thread took so far, in milliseconds */
	java.util.List<Long> cpuMillis() {
		var bean = java.lang.management.ManagementFactory.getThreadMXBean();
		return this.threads.stream().map((thread) -> Math.max(0, bean.getThreadCpuTime(thread.getId())) / 1_000_000).toList();
	}

	/** Stops matching what is still queued; what runs finishes its batch. */
	@Override
	public void close() {
		this.failure.compareAndSet(null, new IllegalStateException("catalog matching was stopped"));
		this.pool.shutdownNow();
	}

}
