package dev.delist.job;

import dev.delist.observe.RunObservation;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The catalog variant of a screening job ({@code run --catalog FILE}): the operator's own catalog file replaces
 * discover and fetch, and the reports cover the stores the file has listings for.
 */
@Configuration(proxyBeanMethods = false)
class CatalogJobConfiguration {

	/** One transaction for the whole file: a catalog is imported completely or not at all. */
	@Bean
	Step catalogImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CatalogSteps steps, RunObservation observation) {
		return Pipelines.tasklet("catalogImportStep", steps.catalogImport(), jobRepository, transactionManager,
				observation);
	}

	/** A rematch of a catalog run: its listings, skipped lines and imported counts, no file read again. */
	@Bean
	Step catalogCopyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CatalogSteps steps, RunObservation observation) {
		return Pipelines.tasklet("catalogCopyStep", steps.copy(), jobRepository, transactionManager, observation);
	}

	@Bean
	Step catalogGateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CatalogSteps steps, RunObservation observation) {
		return Pipelines.tasklet("catalogGateStep", steps.gate(), jobRepository, transactionManager, observation);
	}

	@Bean
	Step catalogReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CatalogSteps steps, RunObservation observation) {
		return Pipelines.tasklet("catalogReportStep", steps.report(), jobRepository, transactionManager, observation);
	}

}
