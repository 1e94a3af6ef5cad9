package dev.delist.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import dev.delist.config.DelistProperties;
import dev.delist.match.Matcher;
import dev.delist.run.RunLauncher;
import dev.delist.report.ReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.job.JobExecution;

/** {@code delist rematch <executionId>}: re-match a run's stored listings with today's lists, asking no store. */
@Command(name = "rematch", mixinStandardHelpOptions = true,
		description = "Re-matches and re-reports the stored listings of an execution with the current lists, "
				+ "as a new run, without any store request.")
class RematchCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "executionId", description = "the execution whose listings to re-match")
	long executionId;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "evaluate the lists at this date "
			+ "(default: the source run's date)")
	LocalDate date;

	@Option(names = "--out", paramLabel = "DIR", description = "report directory (default: delist.report.dir)")
	Path out;

	@Spec
	CommandSpec spec;

	private final SpringContext spring;

	RematchCommand(SpringContext spring) {
		this.spring = spring;
	}

	@Override
	public Integer call() throws Exception {
		Matcher.prepare(); // while Spring starts
		try (SpringContext.Started context = this.spring.start()) {
			Path reportDir = (this.out != null) ? this.out : context.bean(DelistProperties.class).report().dir();
			JobExecution execution = context.bean(RunLauncher.class).rematch(this.executionId, this.date, reportDir);
			return RunOutcomes.report(execution, context.bean(ReportRepository.class), this.spec.commandLine().getOut(),
					this.spec.commandLine().getErr());
		}
	}

}
