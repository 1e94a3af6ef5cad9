package dev.delist.cli;

import java.util.concurrent.Callable;

import dev.delist.match.Matcher;
import dev.delist.run.RunLauncher;
import dev.delist.report.ReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.job.JobExecution;

/** {@code delist restart <executionId>}: continues a failed or stopped run from its last committed chunk. */
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = "Continues a FAILED or STOPPED execution where it stopped; nothing fetched is fetched again.")
class RestartCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "executionId", description = "the execution to continue (see: delist status)")
	long executionId;

	@Spec
	CommandSpec spec;

	private final SpringContext spring;

	RestartCommand(SpringContext spring) {
		this.spring = spring;
	}

	@Override
	public Integer call() throws Exception {
		Matcher.prepare(); // while Spring starts
		try (SpringContext.Started context = this.spring.start()) {
			JobExecution execution = context.bean(RunLauncher.class).restart(this.executionId);
			return RunOutcomes.report(execution, context.bean(ReportRepository.class),
					this.spec.commandLine().getOut(), this.spec.commandLine().getErr());
		}
	}

}
