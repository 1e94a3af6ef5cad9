package dev.delist.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.delist.gate.HealthGate;
import dev.delist.gate.RunGaps;
import dev.delist.match.Matcher;
import dev.delist.store.Outcome;
import dev.delist.store.Store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Prepares one store's report for a run: health and gate, counts and history from SQL, and a cursor over the
 * candidates with their change since the previous complete run. Nothing here holds the candidates.
 */
@Component
public class ReportAssembler {

	/** Runs of the job the chart shows, this one included. */
	static final int HISTORY_RUNS = 30;

	private final ReportRepository reports;

	private final JdbcTemplate jdbc;

	private final PlatformTransactionManager transactions;

	private final Clock clock;

	private final RunGaps gaps;

	public ReportAssembler(ReportRepository reports, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			Clock clock, RunGaps gaps) {
		this.gaps = gaps;
		this.reports = reports;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A report ready to be written: what the pages say up front, and its rows to stream. */
	record Assembled(ReportHead head, CandidateCursor rows) {
	}

	Assembled assemble(RunContext run, Store store) {
		StoreReport.Health health = health(run, store);
		Optional<ReportRepository.PreviousRun> previous = this.reports.previousCompleteRun(run.jobName(), store,
				run.instanceId());
		Long previousExecution = previous.map(ReportRepository.PreviousRun::jobExecutionId).orElse(null);
		boolean storeFullyChecked = health.fetchErrors() + health.parseFailures() + health.blocked() == 0
				&& this.reports.pendingTargets(run.instanceId(), store) == 0;
		RunDiff diff = new RunDiff(run.jobName(), store.id(), run.instanceId(),
				previous.map(ReportRepository.PreviousRun::jobInstanceId).orElse(null), storeFullyChecked);
		CandidateCursor rows = new CandidateCursor(this.jdbc, this.transactions, diff, previousExecution);
		ReportHead.Counts counts = rows.counts();
		String status = "PASSED".equals(health.gate()) ? "COMPLETE" : "INCOMPLETE";
		StoreReport.RunInfo info = new StoreReport.RunInfo(run.executionId(), run.jobName(), run.runDate().toString(),
				run.startedAt().toString(), this.clock.instant().toString(), status,
				run.countries().getOrDefault(store, List.of()), Matcher.VERSION, previousExecution);
		List<ReportHead.TierPoint> history = new ArrayList<>(
				this.reports.tierHistory(run.jobName(), store, run.instanceId(), HISTORY_RUNS - 1));
		history.add(new ReportHead.TierPoint(run.executionId(), run.runDate().toString(), status, counts.byTier()));
		ReportHead head = new ReportHead(store.id(), info, this.reports.runLists(run.instanceId()), health,
				rows.suppressedCount(), counts, history);
		return new Assembled(head, rows);
	}

	private StoreReport.Health health(RunContext run, Store store) {
		Map<Outcome, Long> counts = this.reports.outcomeCounts(run.instanceId(), store);
		long pending = this.reports.pendingTargets(run.instanceId(), store);
		HealthGate.Verdict verdict = HealthGate.evaluate(store, counts, pending,
				this.reports.unchecked(run.instanceId(), store), run.gate(), this.gaps.of(run.instanceId()));
		long targets = pending + counts.values().stream().mapToLong(Long::longValue).sum();
		return new StoreReport.Health(targets, counts.getOrDefault(Outcome.FETCHED, 0L),
				counts.getOrDefault(Outcome.NOT_FOUND, 0L), counts.getOrDefault(Outcome.ERROR, 0L),
				counts.getOrDefault(Outcome.PARSE_FAILURE, 0L), counts.getOrDefault(Outcome.BLOCKED, 0L),
				this.reports.requests(run.instanceId(), store), verdict.gate(), verdict.reasons());
	}

}
