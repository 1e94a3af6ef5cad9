package dev.delist.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.delist.gate.RunGate;
import dev.delist.gate.RunStatus;
import dev.delist.gate.StoreHealth;
import dev.delist.run.RunPlan;
import dev.delist.store.Store;

/**
 * What the report step knows about the run it reports on: its pinned plan's countries and matcher, and the
 * gate's verdict per store, decided before the report step and only read here.
 *
 * @param instanceId the run (job instance) whose state is reported
 * @param executionId the execution writing the report; names its directory
 * @param countries the countries the plan checked in each store
 * @param plan the plan pinned to the run, stated in {@code summary.json}
 * @param verdicts the health gate's verdict on each store of {@code countries}
 * @param skippedLines a catalog run's bad lines ({@code FILE:LINE: field: problem}); empty otherwise
 */
public record RunContext(long instanceId, long executionId, String jobName, LocalDate runDate, Instant startedAt,
		Map<Store, List<String>> countries, RunPlan plan, Map<Store, StoreHealth> verdicts, List<String> skippedLines,
		Path reportDir) {

	/** {@code <report-dir>/<runDate>/run-<executionId>} */
	public Path runDir() {
		return this.reportDir.resolve(this.runDate.toString()).resolve("run-" + this.executionId);
	}

	/** The run's verdict as the gate decided it: complete only when every store is. */
	public RunStatus status() {
		return new RunGate.RunVerdict(this.verdicts).status();
	}

	StoreHealth verdict(Store store) {
		StoreHealth health = this.verdicts.get(store);
		if (health == null) {
			// the gate step runs before the report step: a missing verdict is a wiring error, never "clean"
			throw new IllegalStateException("run " + this.instanceId + " has no gate verdict for " + store);
		}
		return health;
	}

}
