package dev.delist.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.gate.RunStatus;
import dev.delist.run.RunLauncher;
import dev.delist.run.RunParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * The runs {@code delist serve} starts itself, for the schedule or for an admin's button: one at a time, on one
 * background thread, each exactly as {@code delist run} (or {@code delist rematch}) would run it, through the
 * same launcher, plan, job lock, reports and verdict. A request is answered at once: accepted, or refused with
 * the reason when a run is in progress (here, or anywhere the job lock says) or the rematch cannot be made.
 * Nothing is ever queued: a refused request is gone.
 */
@Service
@ConditionalOnWebApplication
public class BackgroundRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);

	/** The job {@code delist run} runs by default, and the schedule runs. */
	static final String NIGHTLY = "nightly";

	/** Within Kubernetes' default 60 s grace period, as the command line's shutdown hook. */
	private static final Duration STOP_PATIENCE = Duration.ofSeconds(45);

	private final RunLauncher launcher;

	private final JobRepository jobRepository;

	private final DelistProperties properties;

	private final Clock clock;

	private final ExecutorService thread = Executors
		.newSingleThreadExecutor((task) -> new Thread(task, "delist-background-run"));

	private final AtomicReference<RunRequest> running = new AtomicReference<>();

	private volatile FinishedRun last;

	public BackgroundRuns(RunLauncher launcher, JobRepository jobRepository, DelistProperties properties) {
		this.launcher = launcher;
		this.jobRepository = jobRepository;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	/** Starts the nightly job as {@code delist run} would (today, UTC; the job's stores, countries and lists). */
	public Submission startNightly(String user) {
		return submit(new RunRequest(RunRequest.Kind.NIGHTLY, NIGHTLY, NIGHTLY, null, requireUser(user), this.clock.instant()));
	}

	/**
	 * Re-matches an earlier execution's stored listings with today's lists, as {@code delist rematch} would.
	 * Refused at once when the execution does not exist or cannot be re-matched (it did not finish fetching, it
	 * has no pinned plan). A catalog run's rematch runs as its catalog job, under that job's lock.
	 */
	public Submission startRematch(long executionId, String user) {
		requireUser(user);
		RunLauncher.LockedJob job;
		try {
			job = this.launcher.checkRematch(executionId);
		}
		catch (InputException ex) {
			return Submission.refused(ex.getMessage());
		}
		return submit(new RunRequest(RunRequest.Kind.REMATCH, job.jobName(), job.lockName(), executionId, user,
				this.clock.instant()));
	}

	/** The schedule's tick: the nightly job, unless a run is in progress. */
	Submission startScheduled() {
		return submit(new RunRequest(RunRequest.Kind.SCHEDULED, NIGHTLY, NIGHTLY, null, null, this.clock.instant()));
	}

	/** What runs in the background now, if anything. */
	public Optional<CurrentRun> current() {
		RunRequest request = this.running.get();
		if (request == null) {
			return Optional.empty();
		}
		// the job's running execution created since the request: ours, since we hold the job's lock while it
		// runs (an older one marked as running belongs to a process that died)
		LocalDateTime requested = LocalDateTime.ofInstant(request.requestedAt(), ZoneId.systemDefault()).minusSeconds(1);
		Long executionId = this.jobRepository.findRunningJobExecutions(request.job())
			.stream()
			.filter((execution) -> !execution.getCreateTime().isBefore(requested))
			.map(JobExecution::getId)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return Optional.of(new CurrentRun(request, executionId));
	}

	/** How the last background run ended, if one has. */
	public Optional<FinishedRun> last() {
		return Optional.ofNullable(this.last);
	}

	private Submission submit(RunRequest request) {
		RunRequest busy = this.running.get();
		if (busy != null) {
			return Submission.refused(busyMessage(busy));
		}
		Optional<String> elsewhere;
		try {
			elsewhere = this.launcher.runInProgress(request.lock(), request.job());
		}
		catch (Exception ex) {
			log.error("Cannot tell whether a {} run is in progress: {}", request.lock(), ex.getMessage(), ex);
			return Submission.refused("cannot reach the database to take the " + request.lock() + " job's lock: "
					+ ex.getMessage());
		}
		if (elsewhere.isPresent()) {
			return Submission.refused(elsewhere.get());
		}
		if (!this.running.compareAndSet(null, request)) {
			return Submission.refused(busyMessage(this.running.get()));
		}
		try {
			this.thread.execute(() -> run(request));
		}
		catch (RejectedExecutionException ex) {
			this.running.set(null);
			return Submission.refused("delist is shutting down; start the run again once it is back");
		}
		log.info("Started {} in the background", request.describe());
		return Submission.accepted("started " + request.describe() + "; it runs in the background");
	}

	private static String busyMessage(RunRequest busy) {
		return (busy != null) ? busy.describe() + " (since " + busy.requestedAt() + ") is in progress; "
				+ "two runs of the same job never overlap" : "a run is in progress";
	}

	private void run(RunRequest request) {
		try {
			JobExecution execution = start(request);
			this.last = ended(request, execution);
		}
		catch (InputException ex) {
			// the job lock taken since we asked, or input found bad before anything started
			this.last = new FinishedRun(request, null, null, null, ex.getMessage(), this.clock.instant());
			log.warn("{} did not start: {}", capitalised(request.describe()), ex.getMessage());
		}
		catch (Exception ex) {
			this.last = new FinishedRun(request, null, BatchStatus.FAILED.name(), null,
					"failed: " + ex.getMessage(), this.clock.instant());
			log.error("{} failed: {}", capitalised(request.describe()), ex.getMessage(), ex);
		}
		catch (Error ex) {
			// an OutOfMemoryError ends this run, not the thread the next ones need
			this.last = new FinishedRun(request, null, BatchStatus.FAILED.name(), null, "failed: " + ex,
					this.clock.instant());
			log.error("{} failed: {}", capitalised(request.describe()), ex, ex);
		}
		finally {
			this.running.set(null);
		}
	}

	private JobExecution start(RunRequest request) throws Exception {
		if (request.kind() == RunRequest.Kind.REMATCH) {
			return this.launcher.rematch(request.rematchOf(), null, this.properties.report().dir());
		}
		return this.launcher.start(new RunParameters(request.job(), LocalDate.now(this.clock.withZone(ZoneOffset.UTC)),
				List.of(), List.of(), List.of(), this.properties.report().dir(), LocalDateTime.now(ZoneOffset.UTC)));
	}

	/** Logs the end as {@code delist run} tells it: the verdict of a completed run, or how to restart one. */
	private FinishedRun ended(RunRequest request, JobExecution execution) {
		String what = execution.getJobInstance().getJobName() + " run " + execution.getJobInstanceId()
				+ " (execution " + execution.getId() + ")";
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String message = what + " " + execution.getStatus() + "; restart it where it stopped with: delist restart "
					+ execution.getId();
			log.error("{}: {}", capitalised(request.describe()), message);
			return new FinishedRun(request, execution.getId(), execution.getStatus().name(), null, message,
					this.clock.instant());
		}
		RunStatus verdict = RunStatus.ofExitCode(execution.getExitStatus().getExitCode());
		String message = what + ": " + verdict;
		if (verdict == RunStatus.COMPLETE) {
			log.info("{}: {}", capitalised(request.describe()), message);
		}
		else {
			log.warn("{}: {}; its reports say what could not be checked", capitalised(request.describe()), message);
		}
		return new FinishedRun(request, execution.getId(), execution.getStatus().name(), verdict, message,
				this.clock.instant());
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String requireUser(String user) {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("a run started by hand names the user who started it");
		}
		return user;
	}

	/**
	 * A run in progress is asked to stop at its next chunk boundary, so it ends STOPPED for a restart rather than
	 * cut off by the database closing under it.
	 */
	@Override
	public void destroy() throws InterruptedException {
		if (this.running.get() != null) {
			this.launcher.stopRunning(STOP_PATIENCE);
		}
		this.thread.shutdown();
		if (!this.thread.awaitTermination(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
			log.warn("The background run did not end within {}", STOP_PATIENCE);
		}
	}

}
