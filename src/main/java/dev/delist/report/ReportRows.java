package dev.delist.report;

import java.io.IOException;
import java.util.List;

/**
 * A report's rows, handed out one at a time so that no writer ever needs them all in memory: from the
 * database for a real run ({@link CandidateCursor}), from a {@link StoreReport} for small ones and tests.
 */
interface ReportRows {

	/**
	 * Which candidates a writer wants: all of them (JSON, CSV) or one section of the HTML page. The sections part
	 * every match: takedown candidates; matches for review (in force and in the jurisdiction, but the evidence
	 * is only POSSIBLE or developer-level); matches outside the list's jurisdiction; matches against entries not
	 * in force on the run date.
	 */
	enum Scope {

		ALL, TAKEDOWN, REVIEW, OUTSIDE_JURISDICTION, NOT_IN_FORCE;

		boolean includes(StoreReport.CandidateInfo candidate) {
			return switch (this) {
				case ALL -> true;
				case TAKEDOWN -> candidate.takedownCandidate();
				case REVIEW -> !candidate.takedownCandidate() && candidate.entry().inForce() && candidate.inJurisdiction();
				case OUTSIDE_JURISDICTION -> !candidate.takedownCandidate() && candidate.entry().inForce()
						&& !candidate.inJurisdiction();
				case NOT_IN_FORCE -> !candidate.takedownCandidate() && !candidate.entry().inForce();
			};
		}

	}

	@FunctionalInterface
	interface Sink<T> {

		void accept(T row) throws IOException;

	}

	/**
	 * Candidates in report order: by app and list entry (strongest tier, then highest score of the group first),
	 * the storefronts of one app and entry next to each other, so a page can show them as one row.
	 */
	void candidates(Scope scope, Sink<StoreReport.CandidateInfo> sink) throws IOException;

	void resolved(Sink<StoreReport.Resolved> sink) throws IOException;

	static ReportRows of(StoreReport report) {
		return of(report.candidates(), report.resolved());
	}

	static ReportRows of(List<StoreReport.CandidateInfo> candidates, List<StoreReport.Resolved> resolved) {
		return new ReportRows() {

			@Override
			public void candidates(Scope scope, Sink<StoreReport.CandidateInfo> sink) throws IOException {
				for (StoreReport.CandidateInfo candidate : (scope == Scope.ALL) ? candidates
						: AppGroups.ordered(candidates)) {
					if (scope.includes(candidate)) {
						sink.accept(candidate);
					}
				}
			}

			@Override
			public void resolved(Sink<StoreReport.Resolved> sink) throws IOException {
				for (StoreReport.Resolved r : resolved) {
					sink.accept(r);
				}
			}

		};
	}

}
