package dev.delist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.delist.config.InputException;
import dev.delist.gate.RunStatus;
import dev.delist.run.RunParameters;
import dev.delist.run.Sharding;
import dev.delist.report.ReportRepository;
import dev.delist.report.ReportRepository.WrittenReport;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** Tells the operator how a run ended, and turns it into the exit code. */
final class RunOutcomes {

	private RunOutcomes() {
	}

	static int report(JobExecution execution, ReportRepository reports, PrintWriter out, PrintWriter err) {
		long runId = execution.getJobInstanceId();
		String job = execution.getJobInstance().getJobName();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			// bad input found once the run had started (a catalog with too many bad lines): exit 2, not "restart"
			for (Throwable failure : execution.getAllFailureExceptions()) {
				for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
					if (cause instanceof InputException input) {
						err.println("delist: " + input.getMessage());
						return ExitCodes.BAD_INPUT;
					}
				}
			}
			err.println("delist: " + job + " run " + runId + " (execution " + execution.getId() + ") "
					+ execution.getStatus() + ": " + failureMessages(execution));
			err.println("delist: restart it where it stopped with: delist restart " + execution.getId());
			return ExitCodes.FAILED;
		}
		RunParameters parameters = RunParameters.from(execution.getJobParameters());
		// a fetch shard reports nothing; a catalog shard reports its part of the file like any catalog run
		if (parameters.sharding() != null && !parameters.sharding().isAggregate() && !parameters.isCatalog()) {
			Sharding sharding = parameters.sharding();
			out.println(job + " shard " + sharding.shard() + " of group " + sharding.group() + " (run " + runId
					+ ", execution " + execution.getId() + "): fetched; match and report the group with: delist aggregate"
					+ " --shards " + sharding.count() + " --shard-group " + sharding.group());
			return ExitCodes.COMPLETE;
		}
		// the job's exit status carries the gate's verdict; the reports only wrote it down
		RunStatus status = RunStatus.ofExitCode(execution.getExitStatus().getExitCode());
		List<WrittenReport> written = reports.writtenReports(runId);
		String dir = written.isEmpty() ? "" : Path.of(written.get(0).reportDir()).getParent().toString();
		out.println(job + " run " + runId + " (execution " + execution.getId() + "): " + status + "; reports in "
				+ dir);
		// a reason about the whole run (a skipped catalog line, a shard that did not finish) is in every store's
		// health: one stderr line for it, not one a store
		Set<String> reasons = new LinkedHashSet<>();
		for (WrittenReport report : written) {
			out.println("  " + report.store() + ": " + report.status() + ", " + report.health().targets() + " targets, "
					+ report.health().fetched() + " fetched, " + report.health().notFound() + " not found, "
					+ report.health().fetchErrors() + " errors, " + report.health().requests() + " requests");
			if (report.status() != RunStatus.COMPLETE) {
				reasons.addAll(report.health().reasons());
			}
		}
		reasons.forEach((reason) -> err.println("delist: INCOMPLETE: " + reason));
		return (status == RunStatus.COMPLETE) ? ExitCodes.COMPLETE : ExitCodes.INCOMPLETE;
	}

	private static String failureMessages(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return "no failure recorded";
		}
		return String.join("; ", failures.stream().map((ex) -> Failures.classify(ex).message()).distinct().toList());
	}

}
