package dev.delist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code delist <command>}: the usage lists the commands; a missing command is bad usage. */
@Command(name = "delist", mixinStandardHelpOptions = true, version = "delist 0.1",
		description = { "Screens app-store listings against prohibited-apps lists and writes takedown-candidate reports.",
				"Configuration: --key=value (e.g. --spring.datasource.url=jdbc:postgresql://db/delist).",
				"Exit codes: 0 complete, 1 failed, 2 bad usage/configuration/input, 3 health gate failed." })
class RootCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "a command is required");
	}

}
