package dev.delist.job;

import java.time.Clock;

import dev.delist.config.DelistProperties;
import dev.delist.discover.FetchBatch;
import dev.delist.discover.TargetRepository;
import dev.delist.observe.RunMetrics;
import dev.delist.observe.RunObservation;
import dev.delist.store.SnapshotRepository;
import dev.delist.store.StoreClients;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps of the screening jobs ({@link JobShapes} puts them together): plan, discover, the partitioned fetch,
 * copy, gather, match, gate and report. Only wiring lives here; each step's work is in its feature package.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	@Bean
	Step planStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunSteps steps,
			RunObservation observation) {
		return Pipelines.tasklet("planStep", steps.plan(), jobRepository, transactionManager, observation);
	}

	@Bean
	Step discoverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunSteps steps,
			RunObservation observation) {
		return Pipelines.tasklet("discoverStep", steps.discover(), jobRepository, transactionManager, observation);
	}

	// --- fetch: partitioned by store x country; one store request per item, committed one by one ---

	@Bean
	Step fetchStep(JobRepository jobRepository, Step fetchPartitionStep, FetchPartitioner fetchPartitioner,
			DelistProperties properties, RunObservation observation, FetchProgress progress) {
		int threads = properties.fetch().threads();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("delist-fetch-");
		executor.setTaskDecorator(RunObservation.decorator());
		// the per-host rate limiters, not the thread count, decide how fast a store is asked
		executor.setConcurrencyLimit(threads);
		return new StepBuilder("fetchStep", jobRepository).listener(observation)
			.listener(progress)
			.partitioner("fetchPartitionStep", fetchPartitioner)
			.step(fetchPartitionStep)
			.gridSize(threads)
			.taskExecutor(executor)
			.build();
	}

	@Bean
	Step fetchPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PendingBatchReader pendingBatchReader, ItemProcessor<FetchBatch, FetchedBatch> fetchBatchProcessor,
			FetchedBatchWriter fetchedBatchWriter, DelistProperties properties) {
		int chunkSize = properties.fetch().chunkSize();
		return new StepBuilder("fetchPartitionStep", jobRepository).<FetchBatch, FetchedBatch>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(pendingBatchReader)
			.processor(fetchBatchProcessor)
			.writer(fetchedBatchWriter)
			.build();
	}

	@Bean
	@StepScope
	FetchPartitioner fetchPartitioner(TargetRepository targets,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new FetchPartitioner(targets, stepExecution.getJobExecution().getJobInstanceId());
	}

	@Bean
	@StepScope
	PendingBatchReader pendingBatchReader(TargetRepository targets,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new PendingBatchReader(targets, stepExecution.getJobExecution().getJobInstanceId(),
				FetchPartitioner.partitionOf(stepExecution));
	}

	@Bean
	ItemProcessor<FetchBatch, FetchedBatch> fetchBatchProcessor(StoreClients clients, Clock clock) {
		return (batch) -> new FetchedBatch(batch, clients.get(batch.store()).lookup(batch.request()), clock.instant());
	}

	@Bean
	@StepScope
	FetchedBatchWriter fetchedBatchWriter(TargetRepository targets, SnapshotRepository snapshots,
			@Value("#{stepExecution}") StepExecution stepExecution, RunMetrics metrics, FetchProgress progress) {
		return new FetchedBatchWriter(targets, snapshots, stepExecution.getJobExecution().getJobInstanceId(), metrics,
				progress);
	}

	// --- rematch: the source run's targets and snapshots instead of discover and fetch ---

	@Bean
	Step copyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunSteps steps,
			RunObservation observation) {
		return Pipelines.tasklet("copyStep", steps.copy(), jobRepository, transactionManager, observation);
	}

	@Bean
	Step gatherStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunSteps steps,
			RunObservation observation) {
		return Pipelines.tasklet("gatherStep", steps.gather(), jobRepository, transactionManager, observation);
	}

	// --- match, gate, report ---

	@Bean
	Step matchStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunSteps steps,
			RunObservation observation) {
		return Pipelines.tasklet("matchStep", steps.match(), jobRepository, transactionManager, observation);
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunSteps steps,
			RunObservation observation) {
		return Pipelines.tasklet("reportStep", steps.report(), jobRepository, transactionManager, observation);
	}

	@Bean
	Step gateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunSteps steps,
			RunObservation observation) {
		return Pipelines.tasklet("gateStep", steps.gate(), jobRepository, transactionManager, observation);
	}

}
