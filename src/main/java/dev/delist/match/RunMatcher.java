package dev.delist.match;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.delist.list.ListRepository;
import dev.delist.list.LoadedList;
import dev.delist.observe.Progress;
import dev.delist.store.SnapshotRepository;
import dev.delist.store.SnapshotRepository.Snapshot;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches every snapshot of a run against the list versions the run recorded, replacing earlier results, and
 * applies reviewers' dismissals to them. The rows stream from PostgreSQL on this thread while every core matches
 * the batches read before them; candidates are stored in the order the rows came, as one thread would.
 */
@Service
public class RunMatcher {

	private static final int BATCH = 1000;

	/** Snapshots per matching task. */
	private static final int TASK = 500;

	private final ListRepository lists;

	private final SnapshotRepository snapshots;

	private final CandidateRepository candidates;

	public RunMatcher(ListRepository lists, SnapshotRepository snapshots, CandidateRepository candidates) {
		this.lists = lists;
		this.snapshots = snapshots;
		this.candidates = candidates;
	}

	/**
	 * The matcher last built in this process, with what it was built from: the next run of the same lists on the
	 * same date (a rematch, the next shard, a catalog run's rematch, serve's next run) takes it instead of indexing
	 * every entry again. A matcher never changes once built, so threads and runs can share it.
	 */
	private static final AtomicReference<Built> LAST = new AtomicReference<>();

	/** The matcher of a run: the list versions it recorded, evaluated at its run date. */
	public Matcher matcher(long instanceId, LocalDate runDate) {
		List<LoadedList> lists = this.lists.runLists(instanceId);
		List<String> versions = lists.stream().map((list) -> list.id() + "@" + list.sha256()).toList();
		Built last = LAST.get();
		if (last != null && last.versions().equals(versions) && last.runDate().equals(runDate)) {
			return last.matcher();
		}
		Matcher matcher = new Matcher(lists, runDate);
		LAST.set(new Built(versions, runDate, matcher));
		return matcher;
	}

	private record Built(List<String> versions, LocalDate runDate, Matcher matcher) {
	}

	/** @return how many matches were stored */
	@Transactional
	public int match(long instanceId, LocalDate runDate) {
		Matcher matcher = matcher(instanceId, runDate);
		this.candidates.deleteRun(instanceId);
		Progress progress = Progress.of("match: listings matched", this.snapshots.count(instanceId));
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
		try {
			Pipeline pipeline = new Pipeline(instanceId, matcher, pool, 2 * threads);
			this.snapshots.forEachForMatching(instanceId, (snapshot) -> {
				progress.advance(1);
				pipeline.add(snapshot);
			});
			int total = pipeline.finish();
			// in the same transaction: a report never sees the run's candidates before reviewers' dismissals apply
			this.candidates.suppressDismissed(instanceId);
			return total;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Batches of rows handed to the pool, their candidates stored oldest first, a few batches in flight. */
	private final class Pipeline {

		private final long instanceId;

		private final Matcher matcher;

		private final ExecutorService pool;

		private final int inFlightLimit;

		private final Deque<Future<List<Candidate>>> inFlight = new ArrayDeque<>();

		private final List<Candidate> pending = new ArrayList<>();

		private List<Snapshot> batch = new ArrayList<>(TASK);

		private int total;

		Pipeline(long instanceId, Matcher matcher, ExecutorService pool, int inFlightLimit) {
			this.instanceId = instanceId;
			this.matcher = matcher;
			this.pool = pool;
			this.inFlightLimit = inFlightLimit;
		}

		void add(Snapshot snapshot) {
			this.batch.add(snapshot);
			if (this.batch.size() == TASK) {
				submit();
				drain(this.inFlightLimit);
			}
		}

		int finish() {
			submit();
			drain(0);
			store();
			return this.total;
		}

		private void submit() {
			if (this.batch.isEmpty()) {
				return;
			}
			List<Snapshot> rows = this.batch;
			this.batch = new ArrayList<>(TASK);
			this.inFlight.add(this.pool.submit(() -> {
				List<Candidate> found = new ArrayList<>();
				for (Snapshot snapshot : rows) {
					for (Match match : this.matcher.match(snapshot.listing())) {
						found.add(Candidate.of(snapshot.listing(), snapshot.fetchedAt(), snapshot.sha256(), match));
					}
				}
				return found;
			}));
		}

		private void drain(int limit) {
			while (this.inFlight.size() > limit) {
				this.pending.addAll(result(this.inFlight.removeFirst()));
				if (this.pending.size() >= BATCH) {
					store();
				}
			}
		}

		private void store() {
			this.total += this.pending.size();
			RunMatcher.this.candidates.insert(this.instanceId, this.pending);
			this.pending.clear();
		}

	}

	private static List<Candidate> result(Future<List<Candidate>> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while matching", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("matching failed: " + ex.getCause(), ex.getCause());
		}
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		AtomicInteger number = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "match-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
