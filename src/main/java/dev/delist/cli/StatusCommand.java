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

	@Option(names = "--limit", defaultValue = "20",
			description = "how many executions, or runs with --json (default: ${DEFAULT-VALUE})")
	int limit;

	@Option(names = "--json", description = "the runs as one JSON document: their attempts, each store's verdict,"
			+ " counts and takedown candidates, and the lists that changed")
	boolean json;

	@Spec
	CommandSpec spec;

	private final SpringContext spring;

	StatusCommand(SpringContext spring) {
		this.spring = spring;
	}

	@Override
	public Integer call() {
		OptionValues.atLeastOne("--limit", this.limit, null);
		try (SpringContext.Started context = this.spring.start()) {
			PrintWriter out = this.spec.commandLine().getOut();
			RunHistory history = context.bean(RunHistory.class);
			if (this.json) {
				StatusJson.write(out, history.runs(this.limit), history::listChanges);
				return ExitCodes.COMPLETE;
			}
			List<RunRow> rows = history.recent(this.limit);
			// the job column as wide as its longest name (nightly-shard-2-of-5-catalog), so the columns line up
			int job = Math.max(10, rows.stream().mapToInt((row) -> row.job().length()).max().orElse(0));
			String columns = "%-9s %-6s %-" + job + "s %-10s %-10s %-11s %-9s %s%n";
			out.printf(columns, "EXECUTION", "RUN", "JOB", "RUN DATE", "STATUS", "EXIT", "DURATION", "REPORTS");
			if (rows.isEmpty()) {
				// a note for the person at the terminal; stdout stays the table, header only, for a pipe
				this.spec.commandLine().getErr().println("delist: no runs recorded yet (delist run starts one)");
			}
			for (RunRow row : rows) {
				out.printf(columns, row.executionId(), row.runId(), row.job(),
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
