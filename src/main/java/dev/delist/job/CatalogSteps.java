package dev.delist.job;

import dev.delist.run.RunPlan;
import dev.delist.run.RunPlans;
import java.nio.file.Path;
import java.time.Clock;

import dev.delist.catalog.CatalogImport;
import dev.delist.catalog.CatalogImporter;
import dev.delist.catalog.CatalogRepository;

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

	CatalogSteps(CatalogImporter importer, CatalogRepository catalogs, RunSteps runSteps, Clock clock,
			RunPlans plans) {
		this.plans = plans;
		this.importer = importer;
		this.catalogs = catalogs;
		this.runSteps = runSteps;
		this.clock = clock;
	}

	/** catalogImport: the file's valid lines as the run's listings, its bad lines as unchecked targets. */
	Tasklet catalogImport() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			RunPlan plan = this.plans.of(job.getJobInstanceId());
			long started = System.nanoTime();
			CatalogImport result = this.importer.importInto(job.getJobInstanceId(), Path.of(plan.catalog()),
					this.clock.instant());
			contribution.incrementWriteCount(result.importedTotal());
			// the run id comes first on every line through the logging context (RunObservation)
			log.info("imported {} listings {} from {} lines of {} in {} ms; {} bad lines skipped", result.importedTotal(),
					result.imported(), result.lines(), result.file(), (System.nanoTime() - started) / 1_000_000,
					result.badLines().size());
			return RepeatStatus.FINISHED;
		};
	}

	/** catalogGate: the gate over every store the catalog has listings for. */
	Tasklet gate() {
		return (contribution, chunk) -> {
			this.runSteps.decide(contribution, this.catalogs.countries(job(contribution).getJobInstanceId()).keySet());
			return RepeatStatus.FINISHED;
		};
	}

	/** catalogReport: one report per store the catalog has listings for, in the countries it has them. */
	Tasklet report() {
		return (contribution, chunk) -> {
			JobExecution job = job(contribution);
			this.runSteps.writeReports(contribution, this.catalogs.countries(job.getJobInstanceId()));
			return RepeatStatus.FINISHED;
		};
	}

	private static JobExecution job(StepContribution contribution) {
		return contribution.getStepExecution().getJobExecution();
	}

}
