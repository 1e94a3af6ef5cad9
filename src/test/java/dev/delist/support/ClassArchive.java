package dev.delist.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive (AppCDS) of what a delist command loads, made once per build of
 * {@code target/classes} and mapped by every child JVM the tests start: each then starts about a third faster.
 * CDS takes classes from jars only, so {@code target/classes} is packed into one first and the children run from
 * it, as delist runs from its own jar. When no archive can be made the children run as before, without one.
 */
final class ClassArchive {

	private static final Path ROOT = Path.of("target", "cds");

	private static Launch launch;

	private ClassArchive() {
	}

	/** How a child JVM starts delist. */
	record Launch(List<String> jvmOptions, String classpath) {
	}

	/** @param classpath delist's runtime classpath, {@code target/classes} among its entries */
	static synchronized Launch of(List<String> classpath, List<String> jvmOptions) {
		if (launch == null) {
			launch = prepare(classpath, jvmOptions);
		}
		return launch;
	}

	private static Launch prepare(List<String> classpath, List<String> jvmOptions) {
		Launch plain = new Launch(List.of(), String.join(File.pathSeparator, classpath));
		Path classes = classpath.stream().map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
		if (classes == null) {
			return plain;
		}
		try {
			Files.createDirectories(ROOT);
			// both surefire JVMs may ask at once: one makes the archive, the other waits for it
			try (FileChannel channel = FileChannel.open(ROOT.resolve("lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				Path dir = ROOT.resolve(key(classes, classpath));
				Path jar = dir.resolve("classes.jar");
				Path archive = dir.resolve("delist.jsa");
				List<String> withJar = classpath.stream()
					.map((entry) -> Path.of(entry).equals(classes) ? jar.toAbsolutePath().toString() : entry)
					.toList();
				String jarClasspath = String.join(File.pathSeparator, withJar);
				if (!Files.exists(archive) && !Files.exists(dir.resolve("failed"))) {
					removeOthers(dir);
					Files.createDirectories(dir);
					pack(classes, jar);
					train(jvmOptions, jarClasspath, dir, archive);
				}
				if (!Files.exists(archive)) {
					return plain;
				}
				// a stale archive is refused with a warning on stdout, which the tests read: keep CDS quiet
				return new Launch(List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds*=off"),
						jarClasspath);
			}
		}
		catch (IOException | InterruptedException ex) {
			return plain;
		}
	}

	/**
	 * The classes' names and contents and the classpath: a change or a new dependency makes a new archive, a build
	 * that only copies the same files again (the migrations are copied afresh every build, pom.xml) does not.
	 */
	private static String key(Path classes, List<String> classpath) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.join(File.pathSeparator, classpath).getBytes(StandardCharsets.UTF_8));
			digest.update(System.getProperty("java.home").getBytes(StandardCharsets.UTF_8));
			try (Stream<Path> files = Files.walk(classes)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					digest.update((classes.relativize(file) + " " + Files.size(file) + "\n").getBytes(StandardCharsets.UTF_8));
					digest.update(Files.readAllBytes(file));
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pack(Path classes, Path jar) throws IOException {
		Path partial = jar.resolveSibling("classes.jar.partial");
		try (OutputStream out = Files.newOutputStream(partial); JarOutputStream zip = new JarOutputStream(out);
				Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter((path) -> !path.equals(classes)).sorted().toList()) {
				String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
				if (Files.isDirectory(file)) {
					zip.putNextEntry(new JarEntry(name + "/"));
				}
				else {
					zip.putNextEntry(new JarEntry(name));
					Files.copy(file, zip);
				}
				zip.closeEntry();
			}
		}
		Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Runs a one-listing catalog run once (Spring, the migrations, the job, matching, reports: what most commands
	 * load), dumping every class it loaded; a failure leaves a marker, not an archive.
	 */
	private static void train(List<String> jvmOptions, String classpath, Path dir, Path archive)
			throws IOException, InterruptedException {
		Path partial = dir.resolve("delist.jsa.partial");
		Path catalog = Files.writeString(dir.resolve("catalog.jsonl"), """
				{"store":"apple","country":"us","appId":"111111111","bundleId":"com.example.banned","title":"Banned App",\
				"developerName":"","developerId":"","legalName":"","url":""}
				""");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-XX:ArchiveClassesAtExit=" + partial.toAbsolutePath());
		command.addAll(List.of("-cp", classpath, "dev.delist.DelistApplication", "run", "--date", "2026-11-29",
				"--catalog", catalog.toAbsolutePath().toString(), "--spring.datasource.url=" + TestDatabase.newDatabase(),
				"--delist.jobs.dir=" + TestJobs.copyTo(dir).toAbsolutePath(),
				"--delist.report.dir=" + dir.resolve("reports").toAbsolutePath(),
				"--logging.file.name=" + dir.resolve("training.log").toAbsolutePath()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("training.out").toFile())
			.start();
		boolean done = process.waitFor(2, TimeUnit.MINUTES);
		if (!done) {
			process.destroyForcibly();
		}
		if (done && process.exitValue() == 0 && Files.exists(partial)) {
			Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
		}
		else {
			Files.writeString(dir.resolve("failed"), "see training.out\n");
		}
	}

	/** Archives of earlier builds: 50 MB each. */
	private static void removeOthers(Path keep) throws IOException {
		try (Stream<Path> dirs = Files.list(ROOT)) {
			for (Path dir : dirs.filter(Files::isDirectory).filter((dir) -> !dir.equals(keep)).toList()) {
				try (Stream<Path> files = Files.walk(dir)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file);
					}
				}
			}
		}
	}

}
