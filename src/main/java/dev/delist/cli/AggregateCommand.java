package dev.delist.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.run.RunLauncher;
import dev.delist.report.ReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.job.JobExecution;

/**
 * {@code delist aggregate}: once the shards of a group are fetched, match and report them as one run; shards
 * that did not complete make the report INCOMPLETE and are named in it.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
		description = "Matches and reports the fetched shards of a group as one run (after run --shard i/N).")
class AggregateCommand implements Callable<Integer> {

	@Option(names = "--job", defaultValue = "nightly", description = "job definition (default: ${DEFAULT-VALUE})")
	String job;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the run date (default: today, UTC)")
	LocalDate date;

	@Option(names = "--shards", required = true, paramLabel = "N", description = "how many shards the group has")
	int shards;

	@Option(names = "--shard-group", paramLabel = "NAME", description = "the group (default: <job>-<date>)")
	String shardGroup;

	@Option(names = "--wait", paramLabel = "DURATION", defaultValue = "PT0S",
			description = "wait up to this long (ISO-8601, e.g. PT2H) for every shard to complete (default: no wait)")
	Duration wait;

	@Option(names = "--out", paramLabel = "DIR", description = "report directory (default: delist.report.dir)")
	Path out;

	@Spec
	CommandSpec spec;

	private final SpringContext spring;

	AggregateCommand(SpringContext spring) {
		this.spring = spring;
	}

	@Override
	public Integer call() throws Exception {
		if (this.wait.isNegative()) {
			// Duration reads PT-1H happily; a wait into the past is a typo, not "no wait"
			throw new InputException("--wait: '" + this.wait + "' is negative; give how long to wait, e.g. PT2H");
		}
		LocalDate runDate = (this.date != null) ? this.date : LocalDate.now(ZoneOffset.UTC);
		String group = (this.shardGroup != null) ? this.shardGroup : ShardSelection.defaultGroup(this.job, runDate);
		try (SpringContext.Started context = this.spring.start()) {
			Path reportDir = (this.out != null) ? this.out : context.bean(DelistProperties.class).report().dir();
			JobExecution execution = context.bean(RunLauncher.class)
				.aggregate(this.job, runDate, group, this.shards, this.wait, reportDir);
			return RunOutcomes.report(execution, context.bean(ReportRepository.class), this.spec.commandLine().getOut(),
					this.spec.commandLine().getErr());
		}
	}

}
