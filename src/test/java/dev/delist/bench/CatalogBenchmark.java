package dev.delist.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * The end-to-end catalog benchmark of issue 17 (docs/benchmarks.md): generates a catalog like an operator's
 * ({@link CatalogGenerator}: about 320 bytes a line, both stores, every field), times a bare PostgreSQL COPY of
 * the same file into one text column, then screens it with the real jar in a child JVM from a fresh working
 * directory (cold: initdb included) and prints the wall time, the phases (from the run's log), the CPU the
 * process tree used in each (cores busy out of the machine's), peak memory, the ratio to the bare COPY and
 * whether every planted positive was found. Exits 1 when one is missing or the run failed.
 *
 * <pre>
 * java -cp $CP dev.delist.bench.CatalogBenchmark 1000000 [--dir /tmp/catbench] [--jar target/delist.jar]
 *      [--xmx 512m] [--jobs jobs] [--warm K] [--jvm "-XX:+UseSerialGC ..."] [--no-copy] [--cds] [--startup K]
 *      [--shard i/N]
 * </pre>
 *
 * {@code --warm K} runs the same file K more times on the same data directory (each a new run, diffed against
 * the one before); {@code --cds} runs delist from its extracted jar with a class data sharing archive
 * ({@link #classDataSharing}); {@code --startup K} then times {@code status}, {@code lists validate} and
 * {@code --help} K times each; {@code --shard i/N} screens one shard of the file (as one pod of an Indexed Job).
 */
public final class CatalogBenchmark {

	private static final Pattern LOG_LINE = Pattern.compile("^(\\S+)\\s+\\w+ \\d+ --- \\[[^]]*\\] (\\S+)\\s*: (.*)$");

	private static final Pattern STEP_START = Pattern.compile("Executing step: \\[(\\w+)\\]");

	private static final Pattern STEP_END = Pattern.compile("Step: \\[(\\w+)\\] executed in");

	private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

	private CatalogBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Files.createDirectories(options.dir);
		Path catalog = options.dir.resolve("catalog-" + options.listings + ".jsonl");
		Path planted = Path.of(catalog + ".planted");
		if (!Files.exists(catalog) || !Files.exists(planted)) {
			CatalogGenerator.write(catalog, options.listings);
		}
		long bytes = Files.size(catalog);
		System.out.printf(Locale.ROOT, "catalog: %,d listings, %,d bytes (%.0f bytes a line), %d planted positives%n",
				options.listings, bytes, (double) bytes / options.listings, Files.lines(planted).count());
		System.out.printf(Locale.ROOT, "machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
				loadAverage());
		long copyMs = options.copy ? bareCopy(catalog, options.dir.resolve("copy-pg")) : -1;
		if (copyMs >= 0) {
			System.out.printf(Locale.ROOT, "bare COPY of the file into one text column: %,d ms%n", copyMs);
		}
		List<String> launch = options.cds ? classDataSharing(options) : List.of("-jar", options.jar.toAbsolutePath().toString());
		Path work = options.dir.resolve("run");
		deleteTree(work);
		Files.createDirectories(work);
		boolean ok = true;
		for (int attempt = 0; attempt <= options.warm; attempt++) {
			Result result = screen(options, launch, catalog, work, attempt);
			ok &= result.print(attempt == 0 ? "cold" : "warm " + attempt, copyMs, planted, options.shard != null);
		}
		if (options.startup > 0) {
			startup(options, launch, work);
		}
		System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
		System.exit(ok ? 0 : 1);
	}

	/**
	 * The floor: the same file into a one-column table on an embedded PostgreSQL set up as delist's, through the
	 * same driver call, with a delimiter and quote no line contains so every line is one value.
	 */
	static long bareCopy(Path catalog, Path dataDir) throws Exception {
		deleteTree(dataDir);
		Files.createDirectories(dataDir);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(true)
			.setServerConfig("wal_level", "minimal")
			.setServerConfig("max_wal_senders", "0")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.start(); Connection connection = postgres.getPostgresDatabase().getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE bare (line text)");
			}
			long started = System.nanoTime();
			try (InputStream in = Files.newInputStream(catalog)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bare (line) FROM STDIN (FORMAT csv, DELIMITER E'\\x1f', QUOTE E'\\x1e')", in, 1 << 16);
			}
			return (System.nanoTime() - started) / 1_000_000;
		}
	}

	/**
	 * The jar extracted (a plain jar and its libraries: class data sharing takes classes from plain jars only) and
	 * an archive of the classes a small catalog run loads, made once per build as an operator would
	 * (docs/benchmarks.md); not part of the measured run.
	 *
	 * @return how to launch delist with it
	 */
	static List<String> classDataSharing(Options options) throws Exception {
		Path app = options.dir.resolve("app");
		deleteTree(app);
		long started = System.nanoTime();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		exec(List.of(java, "-Djarmode=tools", "-jar", options.jar.toAbsolutePath().toString(), "extract", "--destination",
				app.toString()), options.dir);
		Path training = app.resolve("training");
		Files.createDirectories(training);
		CatalogGenerator.write(training.resolve("catalog.jsonl"), 20_000);
		Path archive = app.resolve("delist.jsa");
		exec(List.of(java, "-Xmx" + options.xmx, "-XX:ArchiveClassesAtExit=" + archive, "-jar",
				app.resolve("delist.jar").toString(), "run", "--catalog", training.resolve("catalog.jsonl").toString(),
				"--delist.jobs.dir=" + options.jobs.toAbsolutePath(), "--delist.embedded.dir=" + training.resolve("pg"),
				"--delist.report.dir=" + training.resolve("reports"), "--logging.file.name=" + training.resolve("log")),
				training);
		deleteTree(training);
		System.out.printf(Locale.ROOT, "class data sharing: jar extracted and archive of %,d MB made in %,d ms (once per build)%n",
				Files.size(archive) >> 20, (System.nanoTime() - started) / 1_000_000);
		return List.of("-XX:SharedArchiveFile=" + archive, "-jar", app.resolve("delist.jar").toString());
	}

	private static void exec(List<String> command, Path dir) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("failed (" + process.exitValue() + "): " + String.join(" ", command));
		}
	}

	/** Start-up of commands that do little else, on the warm working directory of the catalog run. */
	private static void startup(Options options, List<String> launch, Path work) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<List<String>> commands = List.of(List.of("status"), List.of("lists", "validate"), List.of("--help"));
		System.out.printf(Locale.ROOT, "%nstart-up of other commands (%d runs each, warm database):%n", options.startup);
		for (List<String> args : commands) {
			List<Long> walls = new ArrayList<>();
			List<Double> cpus = new ArrayList<>();
			for (int i = 0; i < options.startup; i++) {
				List<String> command = new ArrayList<>(List.of(java, "-Xmx" + options.xmx));
				command.addAll(options.jvm);
				command.addAll(launch);
				command.addAll(args);
				if (!args.get(0).startsWith("--")) {
					command.addAll(List.of("--delist.jobs.dir=" + options.jobs.toAbsolutePath(),
							"--delist.embedded.dir=" + work.resolve("pg"), "--logging.file.name=" + work.resolve("startup.log")));
				}
				long started = System.nanoTime();
				Process process = new ProcessBuilder(command).directory(work.toFile())
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				Tree tree = new Tree(process.toHandle(), work.resolve("pg").resolve("postmaster.pid"));
				while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
					tree.sample((System.nanoTime() - started) / 1_000_000);
				}
				walls.add((System.nanoTime() - started) / 1_000_000);
				cpus.add(tree.ticks() / (double) TICKS_PER_SECOND);
			}
			walls.sort(null);
			cpus.sort(null);
			System.out.printf(Locale.ROOT, "  %-16s median %,6d ms wall (min %,d), %.1f CPU s%n", String.join(" ", args),
					walls.get(walls.size() / 2), walls.get(0), cpus.get(cpus.size() / 2));
		}
	}

	private static Result screen(Options options, List<String> launch, Path catalog, Path work, int attempt)
			throws Exception {
		Path log = work.resolve("delist-" + attempt + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + options.xmx);
		command.addAll(options.jvm);
		command.addAll(launch);
		command.addAll(List.of("run", "--catalog", catalog.toString(),
				"--delist.jobs.dir=" + options.jobs.toAbsolutePath(), "--delist.embedded.dir=" + work.resolve("pg"),
				"--delist.report.dir=" + work.resolve("reports"), "--logging.file.name=" + log,
				// the phases: Batch's step lines, zonky's initdb and start, Flyway's migrate or validate
				"--logging.level.org.springframework.batch=INFO", "--logging.level.io.zonky=INFO",
				"--logging.level.org.flywaydb=INFO"));
		if (options.shard != null) {
			command.addAll(List.of("--shard", options.shard));
		}
		Instant launched = Instant.now();
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectOutput(work.resolve("stdout-" + attempt + ".txt").toFile())
			.redirectError(work.resolve("stderr-" + attempt + ".txt").toFile())
			.start();
		Tree tree = new Tree(process.toHandle(), work.resolve("pg").resolve("postmaster.pid"));
		while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
			tree.sample((System.nanoTime() - started) / 1_000_000);
		}
		long wallMs = (System.nanoTime() - started) / 1_000_000;
		tree.sample(wallMs);
		String stdout = Files.readString(work.resolve("stdout-" + attempt + ".txt"));
		String stderr = Files.readString(work.resolve("stderr-" + attempt + ".txt"));
		return new Result(process.exitValue(), wallMs, phases(log, launched, wallMs), tree, stdout, stderr);
	}

	/** Phase name to [start, end) in ms since launch, in order. */
	static Map<String, long[]> phases(Path log, Instant launched, long wallMs) throws IOException {
		Map<String, Long> marks = new LinkedHashMap<>();
		Map<String, long[]> steps = new LinkedHashMap<>();
		long last = 0;
		for (String line : Files.readAllLines(log)) {
			Matcher m = LOG_LINE.matcher(line);
			if (!m.matches()) {
				continue;
			}
			long at = OffsetDateTime.parse(m.group(1)).toInstant().toEpochMilli() - launched.toEpochMilli();
			String logger = m.group(2);
			String message = m.group(3);
			marks.putIfAbsent("first log line", at);
			if (logger.contains("zonky") && message.startsWith("Detected a")) {
				marks.putIfAbsent("postgres", at);
			}
			if (logger.contains("zonky") && message.contains("initdb completed")) {
				marks.put("initdb done", at);
			}
			if (logger.contains("zonky") && message.contains("postmaster startup finished")) {
				marks.put("postgres started", at);
			}
			if (logger.startsWith("org.flywaydb")) {
				marks.putIfAbsent("flyway", at);
				marks.put("flyway done", at);
			}
			if (message.contains("launched with the following parameters")) {
				marks.put("job launched", at);
			}
			Matcher start = STEP_START.matcher(message);
			if (start.find()) {
				steps.put(start.group(1), new long[] { at, -1 });
			}
			Matcher end = STEP_END.matcher(message);
			if (end.find() && steps.containsKey(end.group(1))) {
				steps.get(end.group(1))[1] = at;
				last = at;
			}
		}
		Map<String, long[]> phases = new LinkedHashMap<>();
		long postgres = marks.getOrDefault("postgres", marks.getOrDefault("flyway", 0L));
		long pgStarted = marks.getOrDefault("postgres started", postgres);
		long flywayDone = marks.getOrDefault("flyway done", pgStarted);
		long launchedJob = marks.getOrDefault("job launched", flywayDone);
		phases.put("start: JVM, command line, configuration", new long[] { 0, postgres });
		if (marks.containsKey("initdb done")) {
			phases.put("start: PostgreSQL binaries + initdb *", new long[] { postgres, marks.get("initdb done") });
			phases.put("start: PostgreSQL server start *", new long[] { marks.get("initdb done"), pgStarted });
		}
		else {
			phases.put("start: PostgreSQL start *", new long[] { postgres, pgStarted });
		}
		phases.put("start: Spring until Flyway, Flyway", new long[] { pgStarted, flywayDone });
		phases.put("start: rest of Spring until the job", new long[] { flywayDone, launchedJob });
		long previous = launchedJob;
		for (Map.Entry<String, long[]> step : steps.entrySet()) {
			long[] span = step.getValue();
			phases.put(step.getKey(), new long[] { previous, (span[1] >= 0) ? span[1] : wallMs });
			previous = (span[1] >= 0) ? span[1] : wallMs;
		}
		phases.put("end: close (database stop, JVM exit)", new long[] { Math.max(previous, last), wallMs });
		// * the embedded PostgreSQL starts on a thread of its own once the configuration is read, beside Spring
		return phases;
	}

	/** CPU time and peak memory of the child JVM and the PostgreSQL processes it starts, sampled. */
	static final class Tree {

		private final ProcessHandle root;

		/** pg_ctl starts the server detached: it is found through its pid file, not among the JVM's children. */
		private final Path postmasterPid;

		private final Map<Long, Long> ticksByPid = new LinkedHashMap<>();

		private final List<long[]> samples = new ArrayList<>();

		private long peakRssKb;

		private long peakTreeRssKb;

		Tree(ProcessHandle root, Path postmasterPid) {
			this.root = root;
			this.postmasterPid = postmasterPid;
		}

		void sample(long atMs) {
			long treeRss = 0;
			List<ProcessHandle> processes = new ArrayList<>(
					Stream.concat(Stream.of(this.root), this.root.descendants()).toList());
			postmaster().ifPresent((postmaster) -> {
				processes.add(postmaster);
				processes.addAll(postmaster.descendants().toList());
			});
			for (ProcessHandle process : processes.stream().distinct().toList()) {
				long[] stat = stat(process.pid());
				if (stat != null) {
					this.ticksByPid.put(process.pid(), stat[0]);
					treeRss += stat[1];
					if (process.equals(this.root)) {
						this.peakRssKb = Math.max(this.peakRssKb, stat[2]);
					}
				}
			}
			this.peakTreeRssKb = Math.max(this.peakTreeRssKb, treeRss);
			this.samples.add(new long[] { atMs, ticks() });
		}

		private java.util.Optional<ProcessHandle> postmaster() {
			try {
				return ProcessHandle.of(Long.parseLong(Files.readAllLines(this.postmasterPid).get(0).strip()));
			}
			catch (IOException | RuntimeException ex) {
				return java.util.Optional.empty();
			}
		}

		long ticks() {
			return this.ticksByPid.values().stream().mapToLong(Long::longValue).sum();
		}

		/** CPU seconds the tree used between two moments, from the samples nearest to them. */
		double cpuSeconds(long fromMs, long toMs) {
			return (ticksAt(toMs) - ticksAt(fromMs)) / (double) TICKS_PER_SECOND;
		}

		private long ticksAt(long ms) {
			long ticks = 0;
			for (long[] sample : this.samples) {
				if (sample[0] > ms) {
					break;
				}
				ticks = sample[1];
			}
			return ticks;
		}

		/** @return utime + stime in ticks, resident set in kB, and the peak resident set in kB; null once gone */
		private static long[] stat(long pid) {
			try {
				String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				long rssKb = Long.parseLong(fields[21]) * 4;
				long hwm = 0;
				for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
					if (line.startsWith("VmHWM:")) {
						hwm = Long.parseLong(line.replaceAll("\\D", ""));
					}
				}
				return new long[] { ticks, rssKb, hwm };
			}
			catch (IOException | RuntimeException ex) {
				return null;
			}
		}

	}

	record Result(int exitCode, long wallMs, Map<String, long[]> phases, Tree tree, String stdout, String stderr) {

		boolean print(String label, long copyMs, Path planted, boolean shard) throws IOException {
			int cores = Runtime.getRuntime().availableProcessors();
			System.out.printf(Locale.ROOT, "%n%s run: exit %d, wall %,d ms%s%n", label, this.exitCode, this.wallMs,
					(copyMs > 0) ? String.format(Locale.ROOT, " = %.1f × the bare COPY", (double) this.wallMs / copyMs)
							: "");
			System.out.printf(Locale.ROOT, "  %-40s %9s %9s %12s%n", "phase", "ms", "CPU s", "cores busy");
			for (Map.Entry<String, long[]> phase : this.phases.entrySet()) {
				long[] span = phase.getValue();
				long ms = Math.max(0, span[1] - span[0]);
				double cpu = this.tree.cpuSeconds(span[0], span[1]);
				System.out.printf(Locale.ROOT, "  %-40s %,9d %9.1f %7.2f of %d%n", phase.getKey(), ms, cpu,
						(ms > 0) ? cpu * 1000 / ms : 0.0, cores);
			}
			double cpu = this.tree.ticks() / (double) TICKS_PER_SECOND;
			System.out.printf(Locale.ROOT, "  %-40s %,9d %9.1f %7.2f of %d%n", "total", this.wallMs, cpu,
					cpu * 1000 / this.wallMs, cores);
			System.out.printf(Locale.ROOT,
					"  peak RSS: JVM %,d MB; JVM + PostgreSQL processes %,d MB (shared buffers counted in each)%n", this.tree.peakRssKb / 1024,
					this.tree.peakTreeRssKb / 1024);
			String out = this.stdout.strip();
			System.out.println("  stdout: " + out.lines().findFirst().orElse(""));
			if (!this.stderr.isBlank()) {
				System.out.println("  stderr: " + this.stderr.strip().lines().limit(5).toList());
			}
			int at = out.indexOf("reports in ");
			if (this.exitCode != 0 || at < 0) {
				System.out.println("  FAILED: the run did not complete");
				return false;
			}
			Path runDir = Path.of(out.substring(at + "reports in ".length()).lines().findFirst().orElseThrow().strip());
			Set<String> missing = CatalogReportCheck.missing(planted, runDir);
			long count = Files.lines(planted).count();
			if (shard) {
				// a shard reports the planted positives of its part of the file only
				System.out.printf(Locale.ROOT, "  planted positives found in this shard: %d of %d in the file%n",
						count - missing.size(), count);
				return count > missing.size();
			}
			System.out.printf(Locale.ROOT, "  planted positives found: %d / %d%s%n", count - missing.size(), count,
					missing.isEmpty() ? "" : ", missing e.g. " + missing.stream().limit(5).toList());
			return missing.isEmpty();
		}

	}

	record Options(long listings, Path dir, Path jar, String xmx, Path jobs, int warm, List<String> jvm, boolean copy,
			boolean cds, int startup, String shard) {

		static Options parse(String[] args) {
			long listings = Long.parseLong(args[0].replace("_", ""));
			Path dir = Path.of("/tmp/catbench");
			Path jar = Path.of("target/delist.jar");
			String xmx = "512m";
			Path jobs = Path.of("jobs");
			int warm = 0;
			List<String> jvm = new ArrayList<>();
			boolean copy = true;
			boolean cds = false;
			int startup = 0;
			String shard = null;
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--dir" -> dir = Path.of(args[++i]);
					case "--jar" -> jar = Path.of(args[++i]);
					case "--xmx" -> xmx = args[++i];
					case "--jobs" -> jobs = Path.of(args[++i]);
					case "--warm" -> warm = Integer.parseInt(args[++i]);
					case "--jvm" -> jvm.addAll(List.of(args[++i].trim().split("\\s+")));
					case "--no-copy" -> copy = false;
					case "--cds" -> cds = true;
					case "--startup" -> startup = Integer.parseInt(args[++i]);
					case "--shard" -> shard = args[++i];
					default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			return new Options(listings, dir.toAbsolutePath(), jar, xmx, jobs, warm, jvm, copy, cds, startup, shard);
		}

	}

	private static String loadAverage() {
		try {
			return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
