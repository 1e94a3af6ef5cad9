package dev.delist.job;

import dev.delist.run.RunPlan;
import dev.delist.run.Sharding;
import dev.delist.run.ShardRuns;
import dev.delist.run.RunParameters;
import dev.delist.run.RunPlanner;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.delist.discover.Shard;
import dev.delist.discover.TargetPlanner;
import dev.delist.discover.TargetRepository;
import dev.delist.gate.RunGaps;
import dev.delist.list.ListRepository;
import dev.delist.observe.RunMetrics;
import dev.delist.match.RunMatcher;
import dev.delist.report.ReportRepository;
import dev.delist.report.ReportService;
import dev.delist.report.RunContext;
import dev.delist.report.RunSummary;
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
 * its own, so a restarted execution redoes an unfinished step from the database alone.
 */
@Component
class RunSteps {

	static final String INCOMPLETE = "INCOMPLETE";

	private static final Logger log = LoggerFactory.getLogger(RunSteps.class);

	private final RunPlanner planner;

	private final ListRepository lists;

	private final TargetRepository targets;

	private final SnapshotRepository snapshots;

	private final RunMatcher matcher;

	private final ReportService reports;

	private final ReportRepository reportRepository;

	private final ShardRuns shardRuns;

	private final RunGaps gaps;

	private final RunMetrics metrics;

	RunSteps(RunPlanner planner, ListRepository lists, TargetRepository targets, SnapshotRepository snapshots,
			RunMatcher matcher, ReportService reports, ReportRepository reportRepository, ShardRuns shardRuns,
			RunGaps gaps, RunMetrics metrics) {
		this.metrics = metrics;
		this.shardRuns = shardRuns;
		this.gaps = gaps;
		this.snapshots = snapshots;
		this.reportRepository = reportRepository;
		this.planner = planner;
		this.lists = lists;
		this.targets = targets;
		this.matcher = matcher;
		this.reports = reports;
	}

	/** lists: validate the list files and pin the versions this run uses, with their status on the run date. */
	Tasklet lists() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			RunParameters parameters = RunParameters.from(job.getJobParameters());
			RunPlan plan = this.planner.plan(parameters);
			this.lists.recordRunLists(job.getJobInstanceId(), plan.lists(), parameters.runDate());
			log.info("{} lists pinned for {}", plan.lists().size(), parameters.runDate());
			return RepeatStatus.FINISHED;
		};
	}

	/** discover: every known identifier in every country, planned into request batches. */
	Tasklet discover() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			RunParameters parameters = RunParameters.from(job.getJobParameters());
			RunPlan plan = this.planner.plan(parameters);
			Map<Store, Set<String>> learned = new EnumMap<>(Store.class);
			plan.countries()
				.keySet()
				.forEach((store) -> learned.put(store,
						this.targets.learnedDeveloperIds(parameters.job(), store, job.getJobInstanceId())));
			Shard shard = (parameters.sharding() != null) ? parameters.sharding().shard() : new Shard(0, 1);
			var planned = TargetPlanner.plan(this.lists.runLists(job.getJobInstanceId()), plan.countries(),
					plan.batchSizes(), plan.discovery(), learned, shard);
			this.targets.insert(job.getJobInstanceId(), planned);
			contribution.incrementWriteCount(planned.size());
			log.info("{} targets planned in {} countries", planned.size(),
					plan.countries());
			return RepeatStatus.FINISHED;
		};
	}

	/** copy (rematch): the source run's targets, outcomes and snapshots, so nothing is asked of any store. */
	Tasklet copy() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			long source = RunParameters.from(job.getJobParameters()).rematchOf();
			int targets = this.targets.copyRun(source, job.getJobInstanceId());
			int listings = this.snapshots.copyRun(source, job.getJobInstanceId());
			contribution.incrementWriteCount(listings);
			log.info("re-reading run {}: {} targets, {} listings, no store requests", source, targets, listings);
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * gather (aggregate): the targets and snapshots of every completed shard of the group; each shard that did
	 * not complete is recorded as a gap, so the report is INCOMPLETE and names it.
	 */
	Tasklet gather() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			RunParameters parameters = RunParameters.from(job.getJobParameters());
			Sharding sharding = parameters.sharding();
			var shards = this.shardRuns.latest(parameters.job(), sharding.group(), sharding.count());
			List<String> gaps = new ArrayList<>();
			for (int index = 0; index < sharding.count(); index++) {
				ShardRuns.ShardRun shard = shards.get(index);
				String name = "shard " + index + "/" + sharding.count() + " of group " + sharding.group();
				if (shard == null) {
					gaps.add(name + " never ran");
				}
				else if (!shard.completed()) {
					gaps.add(name + " is " + shard.status() + " (execution " + shard.executionId()
							+ "; restart it: delist restart " + shard.executionId() + ")");
				}
				else {
					this.targets.copyRun(shard.instanceId(), job.getJobInstanceId());
					contribution.incrementWriteCount(this.snapshots.copyRun(shard.instanceId(), job.getJobInstanceId()));
				}
			}
			this.gaps.replace(job.getJobInstanceId(), gaps);
			log.info("gathered {} of {} shards of group {}{}", sharding.count() - gaps.size(), sharding.count(),
					sharding.group(), gaps.isEmpty() ? "" : "; " + gaps);
			return RepeatStatus.FINISHED;
		};
	}

	/** match: every snapshot against the pinned lists. */
	Tasklet match() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			int matches = this.matcher.match(job.getJobInstanceId(),
					RunParameters.from(job.getJobParameters()).runDate());
			contribution.incrementWriteCount(matches);
			log.info("{} matches", matches);
			return RepeatStatus.FINISHED;
		};
	}

	/** report: the per-store files and the summary, marked INCOMPLETE where the health gate failed. */
	Tasklet report() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			writeReports(job, this.planner.plan(RunParameters.from(job.getJobParameters())).countries());
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * Writes the run's reports for these stores and countries, gated by the job definition, and records the
	 * candidates in the run's metrics. Shared with the catalog job, whose stores and countries come from its file.
	 */
	void writeReports(JobExecution job, Map<Store, List<String>> countries) {
		RunParameters parameters = RunParameters.from(job.getJobParameters());
		RunPlan plan = this.planner.plan(parameters);
		RunContext run = new RunContext(job.getJobInstanceId(), job.getId(), job.getJobInstance().getJobName(),
				parameters.runDate(), job.getStartTime().toInstant(ZoneOffset.UTC), countries, plan.definition().gate(),
				parameters.reportDir());
		RunSummary summary = this.reports.write(run);
		summary.stores()
			.forEach((store, written) -> written.candidatesByTier()
				.forEach((tier, count) -> this.metrics.candidates(store, tier, count)));
		log.info("reports {} in {}", summary.status(), run.runDir());
	}

	/** gate: a run that could not see what it was meant to see ends INCOMPLETE, never as a clean run. */
	Tasklet gate() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			if (!this.reportRepository.allComplete(job.getJobInstanceId())) {
				contribution.setExitStatus(new ExitStatus(INCOMPLETE, "the health gate failed; see the report"));
			}
			return RepeatStatus.FINISHED;
		};
	}

	private static JobExecution job(StepContribution contribution) {
		return contribution.getStepExecution().getJobExecution();
	}

}
