package dev.delist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.delist.catalog.CatalogReader;
import dev.delist.catalog.CatalogRepository;
import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.definition.JobDefinitions;
import dev.delist.discover.Shard;
import dev.delist.match.Matcher;
import dev.delist.run.RunLauncher;
import dev.delist.run.RunParameters;
import dev.delist.run.Sharding;
import dev.delist.report.ReportRepository;
import dev.delist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.env.Environment;

/** {@code delist run}: a new run of a job for a date; every call is a new run with its own report directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Runs a screening job once: lists, discover, fetch, match, report, gate "
				+ "(with --catalog: lists, catalog import, match, report, gate).")
class RunCommand implements Callable<Integer> {

	@Option(names = "--job", defaultValue = "nightly", description = "job definition in jobs/<job>.yaml (default: ${DEFAULT-VALUE})")
	String job;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date the lists are evaluated at (default: today, UTC)")
	LocalDate date;

	@Option(names = "--stores", split = ",", paramLabel = "STORE", description = "apple, google-play, galaxy-store (default: the job's)")
	List<String> stores = new ArrayList<>();

	@Option(names = "--countries", split = ",", paramLabel = "CC", description = "two-letter codes (default: the job's)")
	List<String> countries = new ArrayList<>();

	@Option(names = "--lists", split = ",", paramLabel = "ID", description = "list ids (default: the job's)")
	List<String> lists = new ArrayList<>();

	@Option(names = "--catalog", paramLabel = "FILE", description = "screen an operator's own catalog (JSON Lines or CSV, "
			+ "fields in DESIGN.md) instead of fetching from the stores; bad lines are skipped up to "
			+ "delist.catalog.max-bad-lines (default 100), and a run with skipped lines ends INCOMPLETE (exit 3)")
	Path catalog;

	@Option(names = "--out", paramLabel = "DIR", description = "report directory (default: delist.report.dir)")
	Path out;

	@Option(names = "--shard", paramLabel = "i/N", description = "fetch only shard i of N into the shared database "
			+ "(default in a Kubernetes Indexed Job: JOB_COMPLETION_INDEX of delist.sharding.shards); "
			+ "then run: delist aggregate")
	String shard;

	@Option(names = "--shard-group", paramLabel = "NAME", description = "names the shards that belong together "
			+ "(default: <job>-<date>)")
	String shardGroup;

	@Spec
	CommandSpec spec;

	private final SpringContext spring;

	RunCommand(SpringContext spring) {
		this.spring = spring;
	}

	@Override
	public Integer call() throws Exception {
		Path catalogFile = checkCatalog();
		Matcher.prepare(); // while Spring starts
		try (SpringContext.Started context = this.spring.start()) {
			DelistProperties properties = context.bean(DelistProperties.class);
			checkStorefronts(properties);
			LocalDate runDate = (this.date != null) ? this.date : LocalDate.now(ZoneOffset.UTC);
			RunParameters parameters = new RunParameters(this.job, runDate, this.stores, this.countries, this.lists,
					(this.out != null) ? this.out : properties.report().dir(), LocalDateTime.now(ZoneOffset.UTC))
				.withCatalog(catalogFile);
			Environment environment = context.bean(Environment.class);
			Shard selected = ShardSelection.resolve(this.shard, environment.getProperty("JOB_COMPLETION_INDEX"),
					properties.sharding().shards());
			if (selected != null) {
				String group = (this.shardGroup != null) ? this.shardGroup
						: properties.sharding().groupOr(ShardSelection.defaultGroup(this.job, runDate));
				// a catalog shard screens its share of the file's lines (JSON Lines only: refused here otherwise)
				if (catalogFile != null && selected.count() > 1) {
					CatalogReader.open(catalogFile, selected.index(), selected.count()).close();
				}
				parameters = parameters.withSharding(Sharding.shard(group, selected));
			}
			JobExecution execution = context.bean(RunLauncher.class).start(parameters);
			int exitCode = RunOutcomes.report(execution, context.bean(ReportRepository.class),
					this.spec.commandLine().getOut(), this.spec.commandLine().getErr());
			if (catalogFile != null && exitCode != ExitCodes.BAD_INPUT) {
				context.bean(CatalogRepository.class)
					.badLines(execution.getJobInstanceId())
					.forEach((line) -> this.spec.commandLine().getErr().println("delist: skipped " + line));
			}
			return exitCode;
		}
	}

	/**
	 * Names an unknown store id, and a country a chosen store cannot be asked about (the Galaxy Store's storefronts
	 * need an alpha-3 code), before anything starts.
	 */
	private void checkStorefronts(DelistProperties properties) {
		List<Store> chosen = new ArrayList<>();
		for (String id : this.stores) {
			try {
				chosen.add(Store.fromId(id));
			}
			catch (IllegalArgumentException ex) {
				throw new InputException("--stores: " + ex.getMessage());
			}
		}
		if (this.countries.isEmpty() || this.catalog != null) {
			return;
		}
		if (chosen.isEmpty()) {
			JobDefinitions.load(properties.jobs().dir(), this.job)
				.stores()
				.keySet()
				.forEach((id) -> chosen.add(Store.fromId(id)));
		}
		for (String country : this.countries) {
			for (Store store : chosen) {
				String problem = country.matches("[a-z]{2}") ? store.storefrontProblem(country) : null;
				if (problem != null) {
					throw new InputException("--countries: " + problem);
				}
			}
		}
	}

	/** The file's own stores and countries are what a catalog run screens: narrowing them would hide lines. */
	private Path checkCatalog() {
		if (this.catalog == null) {
			return null;
		}
		if (!this.stores.isEmpty() || !this.countries.isEmpty()) {
			throw new InputException("--catalog: the stores and countries come from the catalog file; "
					+ "drop --stores and --countries");
		}
		if (!Files.isRegularFile(this.catalog) || !Files.isReadable(this.catalog)) {
			throw new InputException("--catalog: " + this.catalog + ": no such readable file");
		}
		// opening reads and checks the header, so a file that is not a catalog is refused before a job starts
		try (CatalogReader reader = CatalogReader.open(this.catalog)) {
			return this.catalog.toAbsolutePath().normalize();
		}
	}

}
