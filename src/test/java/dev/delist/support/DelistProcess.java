package dev.delist.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs delist in a JVM of its own, as an operator does, and returns what really reached its stdout and stderr.
 * The classpath is the test's without the test classes, so logging is configured as in the jar
 * (application.yaml), not by logback-test.xml; delist's classes come from a jar with a shared class archive
 * ({@link ClassArchive}) when one could be made.
 */
public final class DelistProcess {

	private DelistProcess() {
	}

	/** @param workDir the working directory: relative defaults ({@code ./.delist}, {@code ./jobs}) land here */
	public static Cli.Result run(Path workDir, String... args) throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		Path out = Files.createTempFile(workDir, "stdout", ".txt");
		Path err = Files.createTempFile(workDir, "stderr", ".txt");
		Process process = builder(workDir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("delist " + String.join(" ", args) + " did not end in 3 minutes");
		}
		return new Cli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/** Starts delist for a test that stops it itself; stdout and stderr both go to {@code output}. */
	public static Process start(Path workDir, Path output, String... args) throws IOException {
		Files.createDirectories(workDir);
		return builder(workDir, args).redirectErrorStream(true).redirectOutput(output.toFile()).start();
	}

	private static ProcessBuilder builder(Path workDir, String... args) {
		List<String> command = new ArrayList<>(command());
		command.addAll(Arrays.asList(args));
		return new ProcessBuilder(command).directory(workDir.toFile());
	}

	/**
	 * The command line that starts delist in a JVM of its own, before delist's arguments, for a test that starts it
	 * under conditions of its own (a file size limit).
	 *
	 * @param heap the JVM's {@code -Xmx}, or null for the default
	 */
	public static List<String> command(String heap) {
		List<String> command = new ArrayList<>(command());
		if (heap != null) {
			command.add(1, "-Xmx" + heap);
		}
		return command;
	}

	private static List<String> command() {
		// C1 only and the serial collector: a command that lives for seconds starts about twice as fast, and what
		// it prints is the same
		List<String> options = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
		ClassArchive.Launch launch = ClassArchive.of(productionClasspath(), options);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.addAll(launch.jvmOptions());
		command.addAll(List.of("-cp", launch.classpath(), "dev.delist.DelistApplication"));
		return command;
	}

	private static List<String> productionClasspath() {
		String classpath = System.getProperty("java.class.path");
		List<String> entries = Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.toList();
		if (entries.stream().noneMatch((entry) -> Path.of(entry).endsWith("classes"))) {
			throw new IllegalStateException("delist's classes are not on the test classpath: " + classpath);
		}
		return entries;
	}

}
