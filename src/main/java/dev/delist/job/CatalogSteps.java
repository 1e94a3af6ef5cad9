package dev.delist.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.delist.catalog.CatalogImport;
import dev.delist.catalog.CatalogImporter;
import dev.delist.catalog.CatalogRepository;
import dev.delist.gate.RunGaps;
import dev.delist.match.CandidateRepository;
import dev.delist.match.Matcher;
import dev.delist.match.RunMatcher;
import dev.delist.run.RunPlan;
import dev.delist.run.RunPlans;
import dev.delist.store.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The tasklets a catalog run has instead of discover, fetch and the store-configured report. */
@Component
class CatalogSteps {

	private static final Logger log = LoggerFactory.getLogger(CatalogSteps.class);

	private final CatalogImporter importer;

	private final CatalogRepository catalogs;

	private final RunSteps runSteps;

	private final Clock clock;

	private final RunPlans plans;

	private final RunGaps gaps;

	private final RunMatcher matcher;

	private final CandidateRepository candidates;

	private final RematchCopy rematchCopy;

	CatalogSteps(CatalogImporter importer, CatalogRepository catalogs, RunSteps runSteps, Clock clock,
			RunPlans plans, RunGaps gaps, RunMatcher matcher, CandidateRepository candidates, RematchCopy rematchCopy) {
		this.rematchCopy = rematchCopy;
		this.gaps = gaps;
		this.matcher = matcher;
		this.candidates = candidates;
		this.plans = plans;
		this.importer = importer;
		this.catalogs = catalogs;
		this.runSteps = runSteps;
		this.clock = clock;
	}

	/**
	 * catalogImport: the file's valid lines as the run's listings, matched while they are copied (a catalog run
	 * has no match step of its own: reading a million rows back would cost more than matching them), its bad
	 * lines as unchecked targets, and reviewers' dismissals applied, all in one transaction.
	 */
	Tasklet catalogImport() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			long instanceId = job.getJobInstanceId();
			RunPlan plan = this.plans.of(instanceId);
			long started = System.nanoTime();
			Matcher runMatcher = this.matcher.matcher(instanceId, plan.runDate());
			CatalogImport result = this.importer.importInto(instanceId, Path.of(plan.catalog()), plan.shard().index(),
					plan.shard().count(), this.clock.instant(), runMatcher);
			int suppressed = this.candidates.suppressDismissed(instanceId);
			contribution.incrementWriteCount(result.importedTotal());
			// the run id comes first on every line through the logging context (RunObservation)
			log.info("imported {} listings {} from {} lines of {} in {} ms; {} bad lines skipped; {} matches ({} "
					+ "dismissed by reviewers)", result.importedTotal(), result.imported(), result.lines(), result.file(),
					(System.nanoTime() - started) / 1_000_000, result.badLines().size(), result.matches(), suppressed);
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * catalogCopy (rematch): the source run's listings, its skipped lines (as unchecked targets, so the gate and the
	 * reports count them as the source run did) and what it imported per store; neither the file nor a store is
	 * read.
	 */
	Tasklet copy() {
		return (contribution, chunk) -> {
			long instanceId = job(contribution).getJobInstanceId();
			long source = this.plans.of(instanceId).rematchOf();
			RematchCopy.Copied copied = this.rematchCopy.copy(source, instanceId);
			this.catalogs.copyImport(source, instanceId);
			contribution.incrementWriteCount(copied.listings());
			log.info("re-reading catalog run {}: {} listings, {} skipped lines, no file or store read", source,
					copied.listings(), copied.targets());
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * catalogGate: the gate over every store the catalog has listings or bad lines for; any skipped line makes
	 * the run INCOMPLETE, whichever store it names, or none.
	 */
	Tasklet gate() {
		return (contribution, chunk) -> {
			long instanceId = job(contribution).getJobInstanceId();
			List<String> skipped = this.catalogs.badLines(instanceId);
			this.gaps.replace(instanceId, skipped.isEmpty() ? List.of()
					: List.of(skipped.size() + " catalog lines were skipped (listed in summary.json), e.g. "
							+ skipped.get(0)));
			this.runSteps.decide(contribution, stores(instanceId).keySet());
			return RepeatStatus.FINISHED;
		};
	}

	/** catalogReport: one report per store the catalog names, in the countries it has listings for. */
	Tasklet report() {
		return (contribution, chunk) -> {
			long instanceId = job(contribution).getJobInstanceId();
			this.runSteps.writeReports(contribution, stores(instanceId), this.catalogs.badLines(instanceId));
			return RepeatStatus.FINISHED;
		};
	}

	private Map<Store, List<String>> stores(long instanceId) {
		Map<Store, List<String>> stores = new LinkedHashMap<>(this.catalogs.countries(instanceId));
		this.catalogs.badLineStores(instanceId).forEach((store) -> stores.putIfAbsent(store, List.of()));
		return stores;
	}

	private static JobExecution job(StepContribution contribution) {
		return contribution.getStepExecution().getJobExecution();
	}

}
