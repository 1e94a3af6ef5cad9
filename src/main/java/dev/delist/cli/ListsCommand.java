package dev.delist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.delist.config.InputException;
import dev.delist.list.EntryEvent;
import dev.delist.list.EntryStatus;
import dev.delist.list.ListEntry;
import dev.delist.list.ListEvent;
import dev.delist.list.ListFiles;
import dev.delist.list.LoadedList;
import dev.delist.list.ProhibitedList;
import dev.delist.list.StatusChange;
import dev.delist.list.csl.CslImport;
import dev.delist.list.csl.CslImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code delist lists validate|show|import-csl}: work on list files without a database. Spring starts with the
 * configuration only, so {@code delist.jobs.dir} and logging are read as every other command reads them.
 */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Validates and shows prohibited lists.")
class ListsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(),
				"a lists command is required (validate, show or import-csl)");
	}

	static CommandLine withSubcommands(SpringContext spring) {
		return new CommandLine(new ListsCommand()).addSubcommand("validate", new Validate(spring))
			.addSubcommand("show", new Show(spring))
			.addSubcommand("import-csl", new ImportCsl(spring));
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
			List<LoadedList> lists;
			try (SpringContext.Configured configured = this.spring.configure()) {
				lists = this.files.isEmpty() ? ListFiles.loadDirectory(configured.properties().jobs().listsDir())
						: ListFiles.load(this.files);
			}
			for (LoadedList list : lists) {
				this.spec.commandLine()
					.getOut()
					.printf("%s: ok: %s version %s, %s, sha256 %s%n", list.file(), list.id(), list.list().version(),
							Counts.of(list.list().entries().size(), "entry", "entries"), list.sha256());
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
			Path dir;
			try (SpringContext.Configured configured = this.spring.configure()) {
				dir = configured.properties().jobs().listsDir();
			}
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
			out.printf("jurisdiction: %s (takedown candidates only in these storefronts)%s%n",
					String.join(", ", list.jurisdiction()),
					list.coversDevelopers() ? "; covers every app of the listed developers" : "");
			if (!list.entriesComplete()) {
				out.printf("entries: INCOMPLETE: only the entries that are public; the order has more%n");
			}
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
			long binding = list.entries().stream().filter((entry) -> list.entryInForceOn(entry, date)).count();
			out.printf("entries (%d, %d in force on %s):%n", list.entries().size(), binding, date);
			for (ListEntry entry : list.entries()) {
				// per entry: its own events (a trial, a revocation) decide, within the list's status
				EntryStatus own = entry.statusOn(date);
				String status = list.entryInForceOn(entry, date) ? "IN FORCE"
						: (own != null && !own.binds()) ? "NOT IN FORCE (" + own + ")" : "NOT IN FORCE";
				out.printf("  %-20s %-26s %s%s, %s%s%n", entry.id(), status, entry.name(),
						entry.aliases().isEmpty() ? "" : " (" + String.join(", ", entry.aliases()) + ")",
						Counts.of(entry.identifiers().size(), "identifier", "identifiers"),
						entry.screenedByName(date) ? ", screened by name" : "");
				for (EntryEvent event : entry.events()) {
					out.printf("      %s %-9s %s%n", event.date(), event.status(), event.by());
				}
			}
			return ExitCodes.COMPLETE;
		}

	}

	@Command(name = "import-csl", mixinStandardHelpOptions = true,
			description = "Imports the US Consolidated Screening List (its CSV or JSON form) as an informational "
					+ "list of developer entities; prints it, or writes it with --out.")
	static class ImportCsl implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "FILE", description = "consolidated.csv or consolidated.json")
		Path file;

		@Option(names = "--id", defaultValue = "csl", paramLabel = "ID", description = "list id (default: csl)")
		String id;

		@Option(names = "--out", paramLabel = "FILE", description = "write the list here, e.g. jobs/lists/csl.yaml")
		Path out;

		@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
				description = "date of the informational status (default: today, UTC)")
		LocalDate asOf;

		@Option(names = "--max-bad-rows", defaultValue = "0", paramLabel = "N",
				description = "malformed rows to tolerate (skipped) before refusing the import (default: 0)")
		int maxBadRows;

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		ImportCsl(SpringContext spring) {
			this.spring = spring;
		}

		@Override
		public Integer call() throws IOException {
			// nothing to configure but logging and the checks every command makes
			this.spring.configure().close();
			LocalDate date = (this.asOf != null) ? this.asOf : LocalDate.now(ZoneOffset.UTC);
			CslImport imported = new CslImporter().importFile(this.file, this.id, date);
			PrintWriter err = this.spec.commandLine().getErr();
			imported.problems().forEach((problem) -> err.println("delist: " + problem));
			if (imported.yaml() == null) {
				throw new InputException(this.file + ": nothing to import; nothing written");
			}
			if (imported.problems().size() > this.maxBadRows) {
				throw new InputException(this.file + ": " + imported.problems().size()
						+ " malformed rows (--max-bad-rows " + this.maxBadRows + "); nothing written");
			}
			if (this.out == null) {
				PrintWriter out = this.spec.commandLine().getOut();
				out.print(imported.yaml());
				out.flush();
				return ExitCodes.COMPLETE;
			}
			writeAtomically(imported.yaml());
			this.spec.commandLine()
				.getOut()
				.printf("%s: wrote list %s version %s, %s (%s skipped as not entities, %d malformed)%n",
						this.out, imported.list().id(), imported.list().list().version(),
						Counts.of(imported.list().list().entries().size(), "entry", "entries"),
						Counts.of(imported.skippedNonEntities(), "row", "rows"),
						imported.problems().size());
			return ExitCodes.COMPLETE;
		}

		/** A run reading jobs/lists meanwhile sees the old list or the new one, never half a file. */
		private void writeAtomically(String yaml) throws IOException {
			Path target = this.out.toAbsolutePath();
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
			try {
				Files.writeString(temp, yaml, StandardCharsets.UTF_8);
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}

	}

}
