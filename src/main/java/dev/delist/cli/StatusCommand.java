package dev.delist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.delist.status.RunHistory;
import dev.delist.status.RunHistory.RunRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code delist status}: recent runs, newest first. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Lists recent runs, newest first.")
class StatusCommand implements Callable<Integer> {

	@Option(names = "--limit", defaultValue = "20", description = "how many executions (default: ${DEFAULT-VALUE})")
	int limit;

	@Spec
	CommandSpec spec;

	private final SpringContext spring;

	StatusCommand(SpringContext spring) {
		this.spring = spring;
	}

	@Override
	public Integer call() {
		try (SpringContext.Started context = this.spring.start()) {
			PrintWriter out = this.spec.commandLine().getOut();
			out.printf("%-9s %-6s %-10s %-10s %-10s %-11s %-9s %s%n", "EXECUTION", "RUN", "JOB", "RUN DATE", "STATUS",
					"EXIT", "DURATION", "REPORTS");
			RunHistory history = context.bean(RunHistory.class);
			for (RunRow row : history.recent(this.limit)) {
				out.printf("%-9d %-6d %-10s %-10s %-10s %-11s %-9s %s%n", row.executionId(), row.runId(), row.job(),
						row.runDate(), row.status(), row.exitCode(),
						(row.duration() != null) ? row.duration().toSeconds() + "s" : "-",
						(row.reports() != null) ? row.reports() + " in " + Path.of(row.reportDir()).getParent() : "-");
				List<String> changes = history.listChanges(row.runId());
				if (!changes.isEmpty()) {
					out.printf("%-9s lists changed since the job's previous run: %s%n", "", String.join("; ", changes));
				}
			}
			return ExitCodes.COMPLETE;
		}
	}

}
