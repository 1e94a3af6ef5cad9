package dev.delist.run;

import java.sql.SQLException;
import java.time.Duration;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import dev.delist.config.InputException;
import dev.delist.config.RootCause;
import dev.delist.discover.TargetRepository;
import dev.delist.retention.RunPruning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Starts and restarts runs for the command line: input is checked before anything starts, and only one run
 * of a job executes at a time.
 */
@Service
public class RunLauncher {

	private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final ScreeningJobs jobs;

	private final RunPlanner planner;

	private final DataSource dataSource;

	private final Set<String> jobsRunHere = ConcurrentHashMap.newKeySet();

	private final TargetRepository targets;

	private final ShardRuns shardRuns;

	private final RunPlans plans;

	private final RunPruning pruning;

	public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, ScreeningJobs jobs, RunPlanner planner,
			RunPlans plans, DataSource dataSource, TargetRepository targets, ShardRuns shardRuns, RunPruning pruning) {
		this.plans = plans;
		this.pruning = pruning;
		this.targets = targets;
		this.shardRuns = shardRuns;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobs = jobs;
		this.planner = planner;
		this.dataSource = dataSource;
	}

	public JobExecution start(RunParameters parameters) throws Exception {
		return launch(parameters, this.planner.plan(parameters));
	}

	/** Stores the plan, then starts the job that runs it: the plan is computed once, before anything starts. */
	private JobExecution launch(RunParameters parameters, RunPlanner.Planned planned) throws Exception {
		if (planned.plan().shape() != JobShape.SHARD) {
			// a shard writes no report (its pod has no reports volume); the others must be able to
			ReportDirectory.check(parameters.reportDir());
		}
		Job job = this.jobs.job(planned.plan().shape(), planned.plan().runName());
		try (JobLock lock = lock(parameters.lockName(), parameters.job())) {
			UUID plan = this.plans.save(planned);
			return started(() -> this.jobOperator.start(job, parameters.withPlan(plan).toJobParameters()));
		}
	}

	/**
	 * Runs a job that has been handed its plan. What escapes Spring Batch from here on ended a run that had
	 * started, so it is a failure to restart, even when it looks like a database that cannot be reached.
	 */
	private JobExecution started(Start start) throws Exception {
		try {
			return start.run();
		}
		catch (RuntimeException ex) {
			throw new RunInterruptedException("the run stopped before it could record its end: "
					+ RootCause.firstLine(ex) + "; once the database is back, see delist status and restart it "
					+ "(delist restart <executionId>)", ex);
		}
	}

	@FunctionalInterface
	private interface Start {

		JobExecution run() throws Exception;

	}


	public JobExecution restart(long executionId) throws Exception {
		JobExecution execution = findExecution(executionId);
		if (execution == null) {
			throw new InputException("restart: there is no execution " + executionId + " (see: delist status)");
		}
		String jobName = execution.getJobInstance().getJobName();
		try (JobLock lock = lock(RunParameters.from(execution.getJobParameters()).lockName(), jobName)) {
			execution = this.jobRepository.getJobExecution(executionId);
			BatchStatus status = execution.getStatus();
			if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
				throw new InputException("restart: execution " + executionId + " is " + status
						+ "; only a FAILED or STOPPED execution can be restarted (start a new one with: delist run)");
			}
			if (status.isRunning()) {
				// we hold the job's lock, so nothing runs it: its process died without recording the end
				execution = this.jobOperator.recover(execution);
			}
			recoverSteps(execution);
			JobExecution latest = this.jobRepository.getLastJobExecution(execution.getJobInstance());
			if (latest != null && latest.getId() != execution.getId()) {
				throw new InputException("restart: execution " + executionId + " was already restarted as execution "
						+ latest.getId() + "; restart that one instead");
			}
			RunPlan plan = this.plans.ofInstance(execution.getJobInstanceId())
				.orElseThrow(() -> new InputException("restart: execution " + executionId + " was started by an older "
						+ "delist that did not pin its plan; start a new run instead (delist run)"));
			// the same identifying parameters on a FAILED or STOPPED instance make Spring Batch restart it
			JobExecution stopped = execution;
			return started(() -> this.jobOperator.start(this.jobs.job(plan.shape(), plan.runName()),
					stopped.getJobParameters()));
		}
	}

	/**
	 * A stopped or killed process can leave a partition's step execution marked as running after its job
	 * ended; Spring Batch then refuses the restart. No step runs while we hold the lock, so they failed.
	 */
	private void recoverSteps(JobExecution execution) {
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription("recovered: its process ended while it ran"));
				step.setEndTime(LocalDateTime.now());
				this.jobRepository.update(step);
			}
		}
	}

	private JobExecution findExecution(long executionId) {
		try {
			return this.jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			return null; // the JDBC repository throws where its contract says null
		}
	}

	/**
	 * A new run that re-matches and re-reports the stored snapshots of an earlier run with the current lists,
	 * making no store requests.
	 *
	 * @param runDate the date the lists are evaluated at; null for the source run's date
	 */
	public JobExecution rematch(long executionId, LocalDate runDate, Path reportDir) throws Exception {
		RematchSource source = rematchSource(executionId);
		LocalDate date = (runDate != null) ? runDate : source.plan().runDate();
		return launch(rematchParameters(source, date, reportDir),
				this.planner.rematch(source.plan(), source.instanceId(), date));
	}

	/** A catalog run's rematch is a run of its catalog job (history, diff, lock), from the stored listings only. */
	private static RunParameters rematchParameters(RematchSource source, LocalDate date, Path reportDir) {
		RunParameters original = source.parameters();
		return new RunParameters(original.job(), date, original.stores(), original.countries(), original.lists(),
				reportDir, LocalDateTime.now(ZoneOffset.UTC), source.instanceId())
			.withCatalog(original.catalog())
			.withSharding(original.isCatalog() ? original.sharding() : null);
	}

	/**
	 * Refuses, as {@link #rematch} would, an execution that does not exist or cannot be re-matched, starting
	 * nothing: what a caller that starts the rematch later (in the background) answers at once.
	 *
	 * @return the job the rematch runs as and the lock it takes
	 * @throws InputException naming why the execution cannot be re-matched
	 */
	public LockedJob checkRematch(long executionId) {
		RematchSource source = rematchSource(executionId);
		// a rematch runs as the job its source ran as: nightly for a fetching run, the catalog (or catalog
		// shard) job for a catalog run
		return new LockedJob(source.jobName(),
				rematchParameters(source, source.plan().runDate(), Path.of(".")).lockName());
	}

	/**
	 * A job as Spring Batch names it and the lock its runs take: the same, except for one shard of a run
	 * ({@code nightly-shard-2-of-5-catalog} under the lock {@code nightly-catalog/shard 2}).
	 */
	public record LockedJob(String jobName, String lockName) {
	}

	private RematchSource rematchSource(long executionId) {
		JobExecution source = findExecution(executionId);
		if (source == null) {
			throw new InputException("rematch: there is no execution " + executionId + " (see: delist status)");
		}
		if (this.targets.pendingCount(source.getJobInstanceId()) > 0) {
			throw new InputException("rematch: execution " + executionId + " did not finish fetching; "
					+ "restart it instead (delist restart " + executionId + ")");
		}
		Optional<Instant> pruned = this.pruning.prunedAt(source.getJobInstanceId());
		if (pruned.isPresent()) {
			// it keeps only the listings its candidates were matched on: a rematch would report a fraction as all
			throw new InputException("rematch: execution " + executionId + "'s listings were pruned on "
					+ pruned.get().toString().substring(0, 10) + " (delist prune); rematch a newer run of its job");
		}
		RunParameters original = RunParameters.from(source.getJobParameters());
		RunPlan sourcePlan = this.plans.ofInstance(source.getJobInstanceId())
			.orElseThrow(() -> new InputException("rematch: execution " + executionId + " was started by an older "
					+ "delist that did not pin its plan; start a new run instead (delist run)"));
		return new RematchSource(source.getJobInstanceId(), source.getJobInstance().getJobName(), original,
				sourcePlan);
	}

	private record RematchSource(long instanceId, String jobName, RunParameters parameters, RunPlan plan) {
	}

	/**
	 * Whether a run that takes this lock is in progress now, in this process or any other: asks the lock itself,
	 * without taking it, since a process that died can leave an execution marked as running.
	 *
	 * @return the refusal {@code run} would give, or empty when the lock is free
	 */
	public Optional<String> runInProgress(String lockName, String jobName) throws SQLException {
		return JobLock.isHeld(this.dataSource, lockName) ? Optional.of(inProgress(lockName, jobName)) : Optional.empty();
	}

	/**
	 * Matches and reports a group's fetched shards as one new run, after waiting up to {@code wait} for all of
	 * them to complete.
	 */
	public JobExecution aggregate(String job, LocalDate runDate, String group, int shards, Duration wait,
			Path reportDir) throws Exception {
		if (shards < 1) {
			throw new InputException("--shards: " + shards + " is not a number of shards (1 or more)");
		}
		Instant deadline = Instant.now().plus(wait);
		while (!this.shardRuns.allCompleted(job, group, shards) && Instant.now().isBefore(deadline)) {
			Thread.sleep(Math.min(10_000, Math.max(100, wait.toMillis() / 20)));
		}
		RunParameters parameters = new RunParameters(job, runDate, List.of(), List.of(), List.of(), reportDir,
				LocalDateTime.now(ZoneOffset.UTC))
			.withSharding(Sharding.aggregate(group, shards));
		// the group's plan is the one its shards fetched by; jobs/ is read only when no shard ever ran
		Optional<RunPlan> shardPlan = this.shardRuns.latest(job, group, shards)
			.values()
			.stream()
			.map((shard) -> this.plans.ofInstance(shard.instanceId()))
			.flatMap(Optional::stream)
			.findFirst();
		RunPlanner.Planned planned = shardPlan.isPresent()
				? new RunPlanner.Planned(shardPlan.get().with(runDate, shardPlan.get().lists(),
						Sharding.aggregate(group, shards), null), this.plans.lists(shardPlan.get()))
				: this.planner.plan(parameters);
		return launch(parameters, planned);
	}

	/**
	 * Asks the runs this process holds to stop at their next chunk boundary and waits for them, so a SIGTERM
	 * (a Kubernetes deadline, an operator's Ctrl-C) leaves a STOPPED execution that {@code restart} continues.
	 */
	public void stopRunning(Duration patience) {
		for (String jobName : this.jobsRunHere) {
			for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
				try {
					this.jobOperator.stop(execution);
					log.warn("Stopping {} execution {} at its next chunk boundary", jobName, execution.getId());
				}
				catch (JobExecutionNotRunningException ex) {
					continue;
				}
				awaitEnd(execution.getId(), patience);
			}
		}
	}

	private void awaitEnd(long executionId, Duration patience) {
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			JobExecution current = findExecution(executionId);
			if (current == null || !current.getStatus().isRunning()) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		log.warn("Execution {} did not stop within {}; restart it with: delist restart {}", executionId, patience,
				executionId);
	}

	private JobLock lock(String lockName, String jobName) throws SQLException {
		JobLock lock = JobLock.tryAcquire(this.dataSource, lockName);
		if (lock == null) {
			throw new InputException(inProgress(lockName, jobName));
		}
		this.jobsRunHere.add(jobName);
		return lock;
	}

	private String inProgress(String lockName, String jobName) {
		List<Long> running = this.jobRepository.findRunningJobExecutions(jobName)
			.stream()
			.map(JobExecution::getId)
			.toList();
		return "another " + lockName + " run is in progress" + (running.isEmpty() ? ""
				: " (execution " + running + ")") + "; two runs of the same job never overlap";
	}

}
