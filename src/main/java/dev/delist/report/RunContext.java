package dev.delist.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.delist.definition.JobDefinition.GateSettings;
import dev.delist.store.Store;

/**
 * What the report step knows about the run it reports on.
 *
 * @param instanceId the run (job instance) whose state is reported
 * @param executionId the execution writing the report; names its directory
 * @param countries the countries checked in each store
 */
public record RunContext(long instanceId, long executionId, String jobName, LocalDate runDate, Instant startedAt,
		Map<Store, List<String>> countries, GateSettings gate, Path reportDir) {

	/** {@code <report-dir>/<runDate>/run-<executionId>} */
	public Path runDir() {
		return this.reportDir.resolve(this.runDate.toString()).resolve("run-" + this.executionId);
	}

}
