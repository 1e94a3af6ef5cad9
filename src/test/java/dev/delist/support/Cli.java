package dev.delist.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.delist.cli.DelistCommandLine;

/** Runs delist's command line in-process, as an operator would, and captures what it prints. */
public final class Cli {

	private final List<String> configuration = new ArrayList<>();

	public Cli(String... configuration) {
		this.configuration.addAll(Arrays.asList(configuration));
	}

	/**
	 * The configuration of a whole-run test against Apple played by WireMock: its own database, job files and
	 * report folder, and no rate limit to wait for.
	 */
	public static Cli againstApple(String database, Path jobs, Path reports, String appleBaseUrl, String... extra) {
		return new Cli("--spring.datasource.url=" + database, "--delist.jobs.dir=" + jobs,
				"--delist.report.dir=" + reports, "--delist.stores.apple.base-url=" + appleBaseUrl,
				"--delist.stores.apple.requests-per-minute=60000").with(extra);
	}

	/**
	 * This configuration with more settings; a {@code --key=value} replaces the one of the same key (Spring would
	 * join both values with a comma).
	 */
	public Cli with(String... configuration) {
		Cli cli = new Cli(this.configuration.toArray(String[]::new));
		for (String setting : configuration) {
			cli.configuration.removeIf((existing) -> key(existing) != null && key(existing).equals(key(setting)));
			cli.configuration.add(setting);
		}
		return cli;
	}

	private static String key(String setting) {
		int equals = setting.indexOf('=');
		return (setting.startsWith("--") && equals > 2) ? setting.substring(0, equals) : null;
	}

	public Result run(String... args) {
		return runWithInput("", args);
	}

	/** Runs a command that reads stdin ({@code users add}), with this as its input. */
	public Result runWithInput(String stdin, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(this.configuration);
		int exitCode = new DelistCommandLine(new PrintWriter(out, true), new PrintWriter(err, true),
				new java.io.BufferedReader(new java.io.StringReader(stdin)))
			.execute(all.toArray(String[]::new));
		return new Result(exitCode, out.toString(), err.toString());
	}

	public record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\n--- stdout\n" + this.out + "--- stderr\n" + this.err;
		}

	}

}
