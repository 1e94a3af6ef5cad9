package dev.delist.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs delist in a JVM of its own, as an operator does, and returns what really reached its stdout and stderr.
 * The classpath is the test's without the test classes, so logging is configured as in the jar
 * (application.yaml), not by logback-test.xml.
 */
public final class DelistProcess {

	private DelistProcess() {
	}

	/** @param workDir the working directory: relative defaults ({@code ./.delist}, {@code ./jobs}) land here */
	public static Cli.Result run(Path workDir, String... args) throws IOException, InterruptedException {
		// C1 only and the serial collector: a command that lives for seconds starts about twice as fast, and what
		// it prints is the same
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", productionClasspath(), "dev.delist.DelistApplication"));
		command.addAll(Arrays.asList(args));
		Files.createDirectories(workDir);
		Path out = Files.createTempFile(workDir, "stdout", ".txt");
		Path err = Files.createTempFile(workDir, "stderr", ".txt");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("delist " + String.join(" ", args) + " did not end in 3 minutes");
		}
		return new Cli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	private static String productionClasspath() {
		String classpath = System.getProperty("java.class.path");
		List<String> entries = Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.toList();
		if (entries.stream().noneMatch((entry) -> Path.of(entry).endsWith("classes"))) {
			throw new IllegalStateException("delist's classes are not on the test classpath: " + classpath);
		}
		return entries.stream().collect(Collectors.joining(File.pathSeparator));
	}

}
