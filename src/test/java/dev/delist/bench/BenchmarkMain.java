package dev.delist.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * Runs the JMH benchmarks from the test classpath (no shaded benchmark jar needed). Takes the usual JMH command
 * line, e.g. {@code PlayDetailsParse -wi 3 -i 5}; docs/benchmarks.md has the full command.
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		new Runner(new CommandLineOptions(args)).run();
	}

}
