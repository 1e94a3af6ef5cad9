package dev.delist.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.delist.config.InputException;
import dev.delist.list.ListEntry;
import dev.delist.list.ListEvent;
import dev.delist.list.ListFiles;
import dev.delist.list.LoadedList;
import dev.delist.list.ProhibitedList;
import dev.delist.list.StatusChange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code delist lists validate|show}: work on list files without a database. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Validates and shows prohibited lists.")
class ListsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "a lists command is required (validate or show)");
	}

	static CommandLine withSubcommands(SpringContext spring) {
		return new CommandLine(new ListsCommand()).addSubcommand("validate", new Validate(spring))
			.addSubcommand("show", new Show(spring));
	}

	@Command(name = "validate", mixinStandardHelpOptions = true,
			description = "Checks list files (default: every file in jobs/lists); exit 2 names the first problem.")
	static class Validate implements Callable<Integer> {

		@Parameters(paramLabel = "FILE", arity = "0..*", description = "list files to check")
		List<Path> files = new ArrayList<>();

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		Validate(SpringContext spring) {
			this.spring = spring;
		}

		@Override
		public Integer call() {
			List<LoadedList> lists = this.files.isEmpty() ? ListFiles.loadDirectory(this.spring.listsDir())
					: ListFiles.load(this.files);
			for (LoadedList list : lists) {
				this.spec.commandLine()
					.getOut()
					.printf("%s: ok: %s version %s, %d entries, sha256 %s%n", list.file(), list.id(),
							list.list().version(), list.list().entries().size(), list.sha256());
			}
			return ExitCodes.COMPLETE;
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "Shows a list's entries and whether it is in force on a date.")
	static class Show implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "listId")
		String listId;

		@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "default: today (UTC)")
		LocalDate asOf;

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		Show(SpringContext spring) {
			this.spring = spring;
		}

		@Override
		public Integer call() {
			Path dir = this.spring.listsDir();
			LocalDate date = (this.asOf != null) ? this.asOf : LocalDate.now(ZoneOffset.UTC);
			LoadedList loaded = ListFiles.loadDirectory(dir)
				.stream()
				.filter((list) -> list.id().equals(this.listId))
				.findFirst()
				.orElseThrow(() -> new InputException("no list with id '" + this.listId + "' in " + dir));
			ProhibitedList list = loaded.list();
			var out = this.spec.commandLine().getOut();
			out.printf("%s (version %s): %s%n", list.id(), list.version(), list.title());
			out.printf("authority: %s%s%n", list.authority(), (list.citation() != null) ? ", " + list.citation() : "");
			out.printf("as of %s: %s (%s)%n", date, list.statusOn(date),
					list.inForceOn(date) ? "IN FORCE" : "NOT IN FORCE");
			for (StatusChange change : list.status()) {
				out.printf("  %s %-13s %s%n", change.date(), change.status(), change.by());
			}
			if (!list.events().isEmpty()) {
				out.printf("events (status unchanged):%n");
				for (ListEvent event : list.events()) {
					out.printf("  %s %s%n", event.date(), event.by());
				}
			}
			out.printf("entries (%d):%n", list.entries().size());
			for (ListEntry entry : list.entries()) {
				out.printf("  %-20s %s%s, %d identifiers%n", entry.id(), entry.name(),
						entry.aliases().isEmpty() ? "" : " (" + String.join(", ", entry.aliases()) + ")",
						entry.identifiers().size());
			}
			return ExitCodes.COMPLETE;
		}

	}

}
