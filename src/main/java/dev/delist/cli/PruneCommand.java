package dev.delist.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import dev.delist.retention.PrunableRun;
import dev.delist.retention.RunPruning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code delist prune --keep N}: removes the listings of each job's older complete runs that no candidate was
 * matched on, run by run, each in a transaction of its own (a prune stopped half-way leaves whole runs pruned or
 * untouched, and the next prune goes on).
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
		description = "Removes the stored listings of older runs that no candidate was matched on, keeping each job's "
				+ "newest runs whole and every run's reports, candidates and decisions.")
class PruneCommand implements Callable<Integer> {

	@Option(names = "--keep", required = true, paramLabel = "N",
			description = "how many of each job's newest runs keep every listing (at least 1)")
	int keep;

	@Option(names = "--dry-run", description = "say what would be removed; remove nothing")
	boolean dryRun;

	@Spec
	CommandSpec spec;

	private final SpringContext spring;

	PruneCommand(SpringContext spring) {
		this.spring = spring;
	}

	@Override
	public Integer call() {
		OptionValues.atLeastOne("--keep", this.keep,
				"the newest run of each job is what its next run's discovery reads");
		try (SpringContext.Started context = this.spring.start()) {
			PrintWriter out = this.spec.commandLine().getOut();
			RunPruning pruning = context.bean(RunPruning.class);
			List<PrunableRun> runs = pruning.prunable(this.keep);
			long removed = 0;
			for (PrunableRun run : runs) {
				long gone = this.dryRun ? run.removable() : pruning.prune(run);
				removed += gone;
				out.printf("%s run %d (%s, %s): %,d of %,d listings%s, %,d kept (its candidates')%n",
						this.dryRun ? "would prune" : "pruned", run.instanceId(), run.jobName(), run.runDate(), gone,
						run.listings(), this.dryRun ? " to remove" : " removed", run.listings() - gone);
			}
			// a fetching shard's listings were copied into its group's aggregate, pruned just now or before
			List<PrunableRun> shards = pruning.prunableShards(runs);
			for (PrunableRun shard : shards) {
				long gone = this.dryRun ? shard.removable() : pruning.prune(shard);
				removed += gone;
				out.printf("%s shard run %d (%s, %s): %,d listings%s (its group's aggregate keeps its candidates')%n",
						this.dryRun ? "would prune" : "pruned", shard.instanceId(), shard.jobName(), shard.runDate(), gone,
						this.dryRun ? " to remove" : " removed");
			}
			out.printf("%s %s, %,d listings%s; each job's newest %d kept whole%n",
					this.dryRun ? "would prune" : "pruned", Counts.of(runs.size() + shards.size(), "run", "runs"), removed,
					this.dryRun ? " to remove" : " removed", this.keep);
			return ExitCodes.COMPLETE;
		}
	}

}
