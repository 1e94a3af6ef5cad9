package dev.delist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.delist.review.DispositionRepository;
import dev.delist.review.ReviewImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code delist review import|list}: reviewers' decisions on candidates. */
@Command(name = "review", mixinStandardHelpOptions = true,
		description = "Imports and lists reviewers' decisions (dispositions) on candidates.")
class ReviewCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "a review command is required (import or list)");
	}

	static CommandLine withSubcommands(SpringContext spring) {
		return new CommandLine(new ReviewCommand()).addSubcommand("import", new Import(spring))
			.addSubcommand("list", new ListDecisions(spring));
	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = { "Loads reviewers' decisions from a CSV with the header store, appId, listId, entryId, "
					+ "decision, reason, reviewer (and optionally country).",
					"DISMISSED hides a candidate while its listing's matched fields stay unchanged and no stronger "
							+ "reason appears; CONFIRMED hides nothing. All rows or none are imported." })
	static class Import implements Callable<Integer> {

		@Parameters(paramLabel = "FILE", description = "the reviewer's CSV")
		Path file;

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		Import(SpringContext spring) {
			this.spring = spring;
		}

		@Override
		public Integer call() {
			try (SpringContext.Started context = this.spring.start()) {
				ReviewImporter.Imported imported = context.bean(ReviewImporter.class).importFile(this.file);
				this.spec.commandLine()
					.getOut()
					.printf("imported %d decisions (%d DISMISSED, %d CONFIRMED) from %s%n", imported.decisions(),
							imported.dismissed(), imported.confirmed(), this.file);
				return ExitCodes.COMPLETE;
			}
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Lists the decision in force per candidate, newest first.")
	static class ListDecisions implements Callable<Integer> {

		@Option(names = "--limit", defaultValue = "50", description = "how many decisions (default: ${DEFAULT-VALUE})")
		int limit;

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		ListDecisions(SpringContext spring) {
			this.spring = spring;
		}

		@Override
		public Integer call() {
			try (SpringContext.Started context = this.spring.start()) {
				PrintWriter out = this.spec.commandLine().getOut();
				out.printf("%-6s %-11s %-7s %-20s %-30s %-9s %-9s %-20s %-20s %s%n", "ID", "STORE", "COUNTRY", "APP",
						"LIST/ENTRY", "DECISION", "TIER", "REVIEWER", "IMPORTED", "REASON");
				for (DispositionRepository.Disposition d : context.bean(DispositionRepository.class).latest(this.limit)) {
					out.printf("%-6d %-11s %-7s %-20s %-30s %-9s %-9s %-20s %-20s %s%n", d.id(), d.store(), d.country(),
							d.appId(), d.listId() + "/" + d.entryId(), d.decision(), d.tier(), d.reviewer(),
							d.importedAt().toString(), (d.reason() != null) ? d.reason() : "");
				}
				return ExitCodes.COMPLETE;
			}
		}

	}

}
