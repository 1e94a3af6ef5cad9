package dev.delist.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.delist.gate.HealthGate;
import dev.delist.match.Candidate;
import dev.delist.match.CandidateRepository;
import dev.delist.match.Level;
import dev.delist.match.Match;
import dev.delist.match.Matcher;
import dev.delist.match.Reason;
import dev.delist.store.Listing;
import dev.delist.store.Outcome;
import dev.delist.store.Store;

import org.springframework.stereotype.Component;

/** Builds one store's report for a run: health and gate, candidates with their change since last time. */
@Component
public class ReportAssembler {

	private final ReportRepository reports;

	private final CandidateRepository candidates;

	private final Clock clock;

	public ReportAssembler(ReportRepository reports, CandidateRepository candidates, Clock clock) {
		this.reports = reports;
		this.candidates = candidates;
		this.clock = clock;
	}

	public StoreReport assemble(RunContext run, Store store) {
		StoreReport.Health health = health(run, store);
		Optional<ReportRepository.PreviousRun> previous = this.reports.previousCompleteRun(run.jobName(), store,
				run.instanceId());
		List<Candidate> current = this.candidates.findByRunAndStore(run.instanceId(), store);
		RunDiff diff = new RunDiff(previous.map((p) -> this.reports.candidatesOf(p.jobInstanceId(), store))
			.orElse(List.of()), this.reports.firstSeen(run.jobName(), store, run.instanceId()));
		List<StoreReport.CandidateInfo> infos = new ArrayList<>();
		for (Candidate candidate : current) {
			infos.add(info(candidate, diff));
		}
		Set<String> seen = this.reports.snapshotKeys(run.instanceId(), store);
		boolean storeFullyChecked = health.fetchErrors() + health.parseFailures() + health.blocked() == 0;
		List<StoreReport.Resolved> resolved = diff.resolved(current, seen, storeFullyChecked,
				previous.map(ReportRepository.PreviousRun::jobExecutionId).orElse(null));
		StoreReport.RunInfo info = new StoreReport.RunInfo(run.executionId(), run.jobName(), run.runDate().toString(),
				run.startedAt().toString(), this.clock.instant().toString(),
				"PASSED".equals(health.gate()) ? "COMPLETE" : "INCOMPLETE", run.countries().getOrDefault(store, List.of()),
				Matcher.VERSION, previous.map(ReportRepository.PreviousRun::jobExecutionId).orElse(null));
		return new StoreReport(StoreReport.SCHEMA_VERSION, store.id(), info, this.reports.runLists(run.instanceId()),
				health, infos, resolved, 0);
	}

	private StoreReport.Health health(RunContext run, Store store) {
		Map<Outcome, Long> counts = this.reports.outcomeCounts(run.instanceId(), store);
		long pending = this.reports.pendingTargets(run.instanceId(), store);
		HealthGate.Verdict verdict = HealthGate.evaluate(store, counts, pending,
				this.reports.unchecked(run.instanceId(), store), run.gate());
		long targets = pending + counts.values().stream().mapToLong(Long::longValue).sum();
		return new StoreReport.Health(targets, counts.getOrDefault(Outcome.FETCHED, 0L),
				counts.getOrDefault(Outcome.NOT_FOUND, 0L), counts.getOrDefault(Outcome.ERROR, 0L),
				counts.getOrDefault(Outcome.PARSE_FAILURE, 0L), counts.getOrDefault(Outcome.BLOCKED, 0L),
				this.reports.requests(run.instanceId(), store), verdict.gate(), verdict.reasons());
	}

	private static StoreReport.CandidateInfo info(Candidate candidate, RunDiff diff) {
		Listing listing = candidate.listing();
		List<StoreReport.ReasonInfo> reasons = candidate.match()
			.reasons()
			.stream()
			.map(ReportAssembler::reason)
			.toList();
		return new StoreReport.CandidateInfo(candidate.id(), listing.country(), listing.appId(), listing.bundleId(),
				nonNull(listing.title()), nonNull(listing.developerName()), listing.developerId(), listing.legalName(),
				nonNull(listing.url()), candidate.fetchedAt().toString(), candidate.snapshotSha256(),
				new StoreReport.Entry(candidate.match().listId(), candidate.match().entryId(),
						entryName(candidate.match()), candidate.match().entryInForce()),
				candidate.match().tier().name(), candidate.match().score(), reasons, diff.change(candidate),
				diff.firstSeen(candidate.id()));
	}

	/** A developer-level hit names the entry it came from without claiming the listing is that app. */
	private static String entryName(Match match) {
		return (match.level() == Level.DEVELOPER)
				? match.entryName() + " (developer-level: same developer, other app)" : match.entryName();
	}

	private static StoreReport.ReasonInfo reason(Reason reason) {
		return new StoreReport.ReasonInfo(reason.code(), reason.field(), reason.listingValue(), reason.listValue(),
				reason.score(), reason.explanation());
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
