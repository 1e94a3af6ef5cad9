package dev.delist.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.delist.gate.HealthRepository;
import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;
import dev.delist.store.Store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Prepares one store's report for a run: the gate's verdict as the gate step recorded it, counts and history
 * from SQL, and a cursor over the candidates with their change since the previous complete run. Nothing here
 * holds the candidates, and nothing here decides whether the run is complete.
 */
@Component
public class ReportAssembler {

	/** Runs of the job the chart shows, this one included. */
	static final int HISTORY_RUNS = 30;

	private final ReportRepository reports;

	private final HealthRepository health;

	private final JdbcTemplate jdbc;

	private final PlatformTransactionManager transactions;

	private final Clock clock;

	public ReportAssembler(ReportRepository reports, HealthRepository health, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.reports = reports;
		this.health = health;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A report ready to be written: what the pages say up front, and its rows to stream. */
	record Assembled(ReportHead head, CandidateCursor rows) {
	}

	Assembled assemble(RunContext run, Store store) {
		StoreHealth health = run.verdict(store);
		RunStatus status = health.status();
		Optional<ReportRepository.PreviousRun> previous = this.reports.previousCompleteRun(run.jobName(), store,
				run.instanceId());
		Long previousExecution = previous.map(ReportRepository.PreviousRun::jobExecutionId).orElse(null);
		// only a store whose every target was answered can say a listing left the store
		boolean storeFullyChecked = health.unchecked() == 0
				&& this.health.pendingTargets(run.instanceId(), store) == 0;
		RunDiff diff = new RunDiff(run.jobName(), store.id(), run.instanceId(),
				previous.map(ReportRepository.PreviousRun::jobInstanceId).orElse(null), storeFullyChecked);
		CandidateCursor rows = new CandidateCursor(this.jdbc, this.transactions, diff, previousExecution);
		ReportHead.Counts counts = rows.counts();
		StoreReport.RunInfo info = new StoreReport.RunInfo(run.executionId(), run.jobName(), run.runDate().toString(),
				run.startedAt().toString(), this.clock.instant().toString(), status,
				run.countries().getOrDefault(store, List.of()), run.plan().matcherVersion(), previousExecution);
		List<ReportHead.TierPoint> history = new ArrayList<>(
				this.reports.tierHistory(run.jobName(), store, run.instanceId(), HISTORY_RUNS - 1));
		history.add(new ReportHead.TierPoint(run.executionId(), run.runDate().toString(), status, counts.byTier()));
		ReportHead head = new ReportHead(store.id(), info, this.reports.runLists(run.instanceId()), health,
				rows.suppressedCount(), counts, history);
		return new Assembled(head, rows);
	}

}
