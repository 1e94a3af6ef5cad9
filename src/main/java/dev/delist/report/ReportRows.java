package dev.delist.report;

import java.io.IOException;
import java.util.List;

/**
 * A report's rows, handed out one at a time so that no writer ever needs them all in memory: from the
 * database for a real run ({@link CandidateCursor}), from a {@link StoreReport} for small ones and tests.
 */
interface ReportRows {

	/** Which candidates a writer wants: all of them (JSON, CSV) or one section of the HTML page. */
	enum Scope {

		ALL, IN_FORCE, NOT_IN_FORCE;

		boolean includes(StoreReport.CandidateInfo candidate) {
			return this == ALL || candidate.entry().inForce() == (this == IN_FORCE);
		}

	}

	@FunctionalInterface
	interface Sink<T> {

		void accept(T row) throws IOException;

	}

	/** Candidates in report order: tier, score descending, country, app, list entry. */
	void candidates(Scope scope, Sink<StoreReport.CandidateInfo> sink) throws IOException;

	void resolved(Sink<StoreReport.Resolved> sink) throws IOException;

	static ReportRows of(StoreReport report) {
		return of(report.candidates(), report.resolved());
	}

	static ReportRows of(List<StoreReport.CandidateInfo> candidates, List<StoreReport.Resolved> resolved) {
		return new ReportRows() {

			@Override
			public void candidates(Scope scope, Sink<StoreReport.CandidateInfo> sink) throws IOException {
				for (StoreReport.CandidateInfo candidate : candidates) {
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
