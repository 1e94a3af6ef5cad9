package dev.delist.job;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.delist.discover.TargetPlanner;
import dev.delist.discover.TargetRepository;
import dev.delist.gate.HealthRepository;
import dev.delist.gate.RunGaps;
import dev.delist.gate.RunGate;
import dev.delist.gate.RunStatus;
import dev.delist.list.ListRepository;
import dev.delist.match.RunMatcher;
import dev.delist.notify.RunAlert;
import dev.delist.observe.RunMetrics;
import dev.delist.report.ReportService;
import dev.delist.report.RunContext;
import dev.delist.report.RunSummary;
import dev.delist.run.RunParameters;
import dev.delist.run.RunPlan;
import dev.delist.run.RunPlans;
import dev.delist.run.ShardRuns;
import dev.delist.run.Sharding;
import dev.delist.store.SnapshotRepository;
import dev.delist.store.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The tasklet steps of a screening run. Each adapts one domain service to Spring Batch and keeps no state of
 * its own, so a restarted execution redoes an unfinished step from the database alone; every step after the
 * first reads the run's pinned plan, never {@code jobs/}.
 */
@Component
class RunSteps {

	private static final Logger log = LoggerFactory.getLogger(RunSteps.class);

	private final RunPlans plans;

	private final ListRepository lists;

	private final TargetRepository targets;

	private final SnapshotRepository snapshots;

	private final RunMatcher matcher;

	private final RunGate gate;

	private final HealthRepository health;

	private final ReportService reports;

	private final ShardRuns shardRuns;

	private final RunGaps gaps;

	private final RunMetrics metrics;

	private final RematchCopy rematchCopy;

	RunSteps(RunPlans plans, ListRepository lists, TargetRepository targets, SnapshotRepository snapshots,
			RunMatcher matcher, RunGate gate, HealthRepository health, ReportService reports, ShardRuns shardRuns,
			RunGaps gaps, RunMetrics metrics, RematchCopy rematchCopy) {
		this.plans = plans;
		this.lists = lists;
		this.targets = targets;
		this.snapshots = snapshots;
		this.matcher = matcher;
		this.gate = gate;
		this.health = health;
		this.reports = reports;
		this.shardRuns = shardRuns;
		this.gaps = gaps;
		this.metrics = metrics;
		this.rematchCopy = rematchCopy;
	}

	/** plan: binds the plan the launcher stored to this run and records its lists' status on the run date. */
	Tasklet plan() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			RunParameters parameters = RunParameters.from(job.getJobParameters());
			RunPlan plan = this.plans.bind(Objects.requireNonNull(parameters.plan(), "no plan parameter"),
					job.getJobInstanceId());
			this.lists.recordRunLists(job.getJobInstanceId(), this.plans.lists(plan), plan.runDate());
			log.info("plan pinned: {} lists for {}, stores {}", plan.lists().size(), plan.runDate(), plan.countries());
			return RepeatStatus.FINISHED;
		};
	}

	/** discover: every known identifier in every planned country, planned into request batches. */
	Tasklet discover() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			RunPlan plan = this.plans.of(job.getJobInstanceId());
			Map<Store, Set<String>> learned = new EnumMap<>(Store.class);
			plan.countries()
				.keySet()
				.forEach((store) -> learned.put(store,
						this.targets.learnedDeveloperIds(plan.job(), store, job.getJobInstanceId())));
			var planned = TargetPlanner.plan(this.lists.runLists(job.getJobInstanceId()), plan.countries(),
					plan.batchSizes(), plan.discovery(), learned, plan.canaries(), plan.shard());
			this.targets.insert(job.getJobInstanceId(), planned);
			contribution.incrementWriteCount(planned.size());
			log.info("{} targets planned in {}", planned.size(), plan.countries());
			return RepeatStatus.FINISHED;
		};
	}

	/** copy (rematch): the source run's targets, outcomes and snapshots, so nothing is asked of any store. */
	Tasklet copy() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			long source = this.plans.of(job.getJobInstanceId()).rematchOf();
			RematchCopy.Copied copied = this.rematchCopy.copy(source, job.getJobInstanceId());
			contribution.incrementWriteCount(copied.listings());
			log.info("re-reading run {}: {} targets, {} listings, no store requests", source, copied.targets(),
					copied.listings());
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * gather (aggregate): the targets and snapshots of every completed shard of the group; each shard that did
	 * not complete, or fetched by another plan than the group's, is recorded as a gap, so the report is
	 * INCOMPLETE and names it.
	 */
	Tasklet gather() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			RunPlan plan = this.plans.of(job.getJobInstanceId());
			Sharding sharding = plan.sharding();
			var shards = this.shardRuns.latest(plan.job(), sharding.group(), sharding.count());
			List<String> gaps = new ArrayList<>();
			for (int index = 0; index < sharding.count(); index++) {
				ShardRuns.ShardRun shard = shards.get(index);
				String name = "shard " + index + "/" + sharding.count() + " of group " + sharding.group();
				if (shard == null) {
					gaps.add(name + " never ran");
					continue;
				}
				if (!shard.completed()) {
					gaps.add(name + " is " + shard.status() + " (execution " + shard.executionId()
							+ "; restart it: delist restart " + shard.executionId() + ")");
					continue;
				}
				String differs = this.plans.ofInstance(shard.instanceId())
					.map((shardPlan) -> differences(plan, shardPlan))
					.orElse("it has no pinned plan");
				if (!differs.isEmpty()) {
					gaps.add(name + " (execution " + shard.executionId() + ") fetched by another plan than the group's: "
							+ differs);
					continue;
				}
				this.targets.copyRun(shard.instanceId(), job.getJobInstanceId());
				contribution.incrementWriteCount(this.snapshots.copyRun(shard.instanceId(), job.getJobInstanceId()));
				// checked after the copy, as a rematch's: a shard pruned before or during it gave its listings up
				// with an earlier aggregate of the group, so what was copied is not what it fetched
				if (this.rematchCopy.isPruned(shard.instanceId())) {
					gaps.add(name + " (execution " + shard.executionId() + ") was pruned (delist prune) after an "
							+ "aggregate of its group; fetch the group again");
				}
			}
			this.gaps.replace(job.getJobInstanceId(), gaps);
			log.info("gathered {} of {} shards of group {}{}", sharding.count() - gaps.size(), sharding.count(),
					sharding.group(), gaps.isEmpty() ? "" : "; " + gaps);
			return RepeatStatus.FINISHED;
		};
	}

	private static String differences(RunPlan group, RunPlan shard) {
		List<String> differences = new ArrayList<>();
		if (!group.stores().equals(shard.stores())) {
			differences.add("stores and countries " + shard.countries() + " instead of " + group.countries());
		}
		if (!group.lists().equals(shard.lists())) {
			differences.add("lists " + shard.lists() + " instead of " + group.lists());
		}
		return String.join("; ", differences);
	}

	/** match: every snapshot against the pinned lists. */
	Tasklet match() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			int matches = this.matcher.match(job.getJobInstanceId(), this.plans.of(job.getJobInstanceId()).runDate());
			contribution.incrementWriteCount(matches);
			log.info("{} matches", matches);
			return RepeatStatus.FINISHED;
		};
	}

	/** gate: decides, once, whether the run saw what its plan asked; a run that could not look is INCOMPLETE. */
	Tasklet gate() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			decide(contribution, this.plans.of(job.getJobInstanceId()).countries().keySet());
			return RepeatStatus.FINISHED;
		};
	}

	/** Decides the gate for these stores; shared with the catalog job, whose stores come from its file. */
	void decide(StepContribution contribution, Set<Store> stores) {
		JobExecution job = job(contribution);
		RunGate.RunVerdict verdict = this.gate.decide(job.getJobInstanceId(), stores,
				this.plans.of(job.getJobInstanceId()).gate());
		contribution.setExitStatus(exitStatus(verdict.status()));
		log.info("health gate: {}{}", verdict.status(), verdict.status() == RunStatus.COMPLETE ? ""
				: " " + verdict.stores().values().stream().flatMap((health) -> health.reasons().stream()).toList());
	}

	/** report: the per-store files and the summary of the planned stores, as the gate decided them. */
	Tasklet report() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			writeReports(contribution, this.plans.of(job.getJobInstanceId()).countries(), List.of());
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * Writes the run's reports for these stores and countries with the gate's recorded verdicts, records the
	 * candidates in the run's metrics, and hands the verdict on as the step's exit status (the last step's is the
	 * job's). Shared with the catalog job, whose stores and countries come from its file.
	 */
	void writeReports(StepContribution contribution, Map<Store, List<String>> countries, List<String> skippedLines) {
		JobExecution job = job(contribution);
		RunPlan plan = this.plans.of(job.getJobInstanceId());
		RunParameters parameters = RunParameters.from(job.getJobParameters());
		RunContext run = new RunContext(job.getJobInstanceId(), job.getId(), job.getJobInstance().getJobName(),
				plan.runDate(), job.getStartTime().toInstant(ZoneOffset.UTC), countries, plan,
				this.health.verdicts(job.getJobInstanceId()), skippedLines, parameters.reportDir());
		RunSummary summary = this.reports.write(run);
		summary.stores()
			.forEach((store, written) -> written.candidatesByTier()
				.forEach((tier, count) -> this.metrics.candidates(store, tier, count)));
		// sent once the job has ended (AlertAfterRun), not from inside this step's transaction
		RunAlert.of(summary)
			.ifPresent((text) -> contribution.getStepExecution().getExecutionContext().putString(AlertAfterRun.TEXT, text));
		contribution.setExitStatus(exitStatus(run.status()));
		log.info("reports {} in {}", summary.status(), run.runDir());
	}

	private static ExitStatus exitStatus(RunStatus status) {
		return (status == RunStatus.COMPLETE) ? ExitStatus.COMPLETED
				: new ExitStatus(status.exitCode(), "the health gate failed; the reports say why");
	}

	private static JobExecution job(StepContribution contribution) {
		return contribution.getStepExecution().getJobExecution();
	}

}
