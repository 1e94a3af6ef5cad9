package dev.delist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.export.ExportFormat;
import dev.delist.export.ExportQuery;
import dev.delist.export.TakedownExport;
import dev.delist.review.DispositionRepository;
import dev.delist.review.ReviewImporter;
import dev.delist.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code delist review import|list|export}: reviewers' decisions on candidates, and the confirmed takedowns. */
@Command(name = "review", mixinStandardHelpOptions = true,
		description = "Imports and lists reviewers' decisions (dispositions) on candidates; exports the confirmed "
				+ "takedowns.")
class ReviewCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "a review command is required (import, list or export)");
	}

	static CommandLine withSubcommands(SpringContext spring) {
		return new CommandLine(new ReviewCommand()).addSubcommand("import", new Import(spring))
			.addSubcommand("list", new ListDecisions(spring))
			.addSubcommand("export", new Export(spring));
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
				boolean fourEyes = context.bean(DelistProperties.class).review().importFourEyes();
				ReviewImporter.Imported imported = context.bean(ReviewImporter.class).importFile(this.file, fourEyes);
				this.spec.commandLine()
					.getOut()
					.printf("imported %d decisions (%d DISMISSED, %d CONFIRMED) from %s%n", imported.decisions(),
							imported.dismissed(), imported.confirmed(), this.file);
				if (imported.awaitingApproval() > 0) {
					this.spec.commandLine()
						.getOut()
						.printf("%s of CONFIRMED-tier candidates %s for an approver in the workbench (delist serve)%n",
								Counts.of(imported.awaitingApproval(), "dismissal", "dismissals"),
								(imported.awaitingApproval() == 1) ? "waits" : "wait");
				}
				imported.oneReviewerOnly().forEach((line) -> this.spec.commandLine().getErr().println("delist: " + line));
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
			OptionValues.atLeastOne("--limit", this.limit, null);
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

	@Command(name = "export", mixinStandardHelpOptions = true,
			description = { "Writes the confirmed takedowns: every takedown candidate whose decision in force is "
					+ "CONFIRMED, with its listing, its list's legal basis and jurisdiction, the evidence and who "
					+ "confirmed it.", "Dates are the decision dates (UTC), both included. CSV (safe to open in a "
							+ "spreadsheet) or JSON; to stdout unless --out names a new file." })
	static class Export implements Callable<Integer> {

		@Option(names = "--store", paramLabel = "STORE", description = "one store (apple, google-play, galaxy-store); "
				+ "default: all")
		String store;

		@Option(names = "--country", paramLabel = "CC", description = "one storefront (us, in, ...); default: all")
		String country;

		@Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "the first decision date")
		LocalDate from;

		@Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "the last decision date")
		LocalDate to;

		@Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
				description = "csv or json (default: ${DEFAULT-VALUE})")
		String format;

		@Option(names = "--out", paramLabel = "FILE", description = "a new file to write; it must not exist, its "
				+ "directory must (default: stdout)")
		Path out;

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		Export(SpringContext spring) {
			this.spring = spring;
		}

		@Override
		public Integer call() throws IOException {
			// every check before anything starts: bad usage writes nothing
			ExportFormat exportFormat = format();
			if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
				throw new ParameterException(this.spec.commandLine(), "--from " + this.from + " is after --to " + this.to);
			}
			ExportQuery query = new ExportQuery(store(), this.from, this.to, country());
			if (this.out != null) {
				checkOut();
			}
			try (SpringContext.Started context = this.spring.start()) {
				TakedownExport export = context.bean(TakedownExport.class);
				if (this.out == null) {
					export.write(query, exportFormat, this.spec.commandLine().getOut());
					return ExitCodes.COMPLETE;
				}
				long count = writeFile(export, query, exportFormat);
				this.spec.commandLine()
					.getOut()
					.printf("exported %d confirmed takedown%s to %s%n", count, (count == 1) ? "" : "s", this.out);
				return ExitCodes.COMPLETE;
			}
		}

		private String country() {
			if (this.country == null) {
				return null;
			}
			String code = this.country.strip().toLowerCase(Locale.ROOT);
			if (!code.matches("[a-z]{2}")) {
				throw new ParameterException(this.spec.commandLine(),
						"--country: '" + this.country + "' is not a two-letter country code (e.g. us, in)");
			}
			return code;
		}

		private Store store() {
			if (this.store == null) {
				return null;
			}
			try {
				return Store.fromId(this.store.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new ParameterException(this.spec.commandLine(),
						"--store: '" + this.store + "' is not a store (" + Store.knownIds() + ")");
			}
		}

		private ExportFormat format() {
			try {
				return ExportFormat.of(this.format);
			}
			catch (InputException ex) {
				throw new ParameterException(this.spec.commandLine(), "--" + ex.getMessage());
			}
		}

		private void checkOut() {
			Path parent = this.out.toAbsolutePath().getParent();
			if (Files.exists(this.out, LinkOption.NOFOLLOW_LINKS)) {
				throw new ParameterException(this.spec.commandLine(),
						"--out " + this.out + ": the file exists (name a new file; nothing is overwritten)");
			}
			if (parent == null || !Files.isDirectory(parent)) {
				throw new ParameterException(this.spec.commandLine(),
						"--out " + this.out + ": the directory " + parent + " does not exist");
			}
		}

		/** Written beside the file and moved into place when whole: a failed export leaves no file behind. */
		private long writeFile(TakedownExport export, ExportQuery query, ExportFormat exportFormat)
				throws IOException {
			Path target = this.out.toAbsolutePath();
			Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
			try {
				long count;
				try (OutputStream file = Files.newOutputStream(partial)) {
					count = export.write(query, exportFormat, file);
				}
				// no REPLACE_EXISTING: a file that appeared meanwhile is not overwritten
				Files.move(partial, target);
				return count;
			}
			catch (FileAlreadyExistsException ex) {
				throw new InputException("--out " + this.out + ": the file exists (name a new file; nothing is "
						+ "overwritten)");
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}

	}

}
