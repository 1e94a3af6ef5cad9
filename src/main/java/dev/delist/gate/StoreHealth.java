package dev.delist.gate;

import java.util.List;

/**
 * What one store's part of a run saw, and the gate's verdict on it: the {@code health} object of
 * {@code report.json} (field names are a contract; {@code blocked} is an addition to schema 1.0's counts).
 *
 * @param gate {@code PASSED} or {@code FAILED}, the report's word for {@link #status()}
 * @param reasons why the gate failed, each naming the store, the counts and an example
 */
public record StoreHealth(long targets, long fetched, long notFound, long fetchErrors, long parseFailures,
		long blocked, long requests, String gate, List<String> reasons) {

	public StoreHealth {
		reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
	}

	public RunStatus status() {
		return RunStatus.COMPLETE.gate().equals(this.gate) ? RunStatus.COMPLETE : RunStatus.INCOMPLETE;
	}

	/** Targets that ended without an answer the run can rely on. */
	public long unchecked() {
		return this.fetchErrors + this.parseFailures + this.blocked;
	}

}
