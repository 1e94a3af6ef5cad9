package dev.delist.support;

import java.io.PrintWriter;
import java.io.StringWriter;
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

	public Cli with(String... configuration) {
		Cli cli = new Cli(this.configuration.toArray(String[]::new));
		cli.configuration.addAll(Arrays.asList(configuration));
		return cli;
	}

	public Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(this.configuration);
		int exitCode = new DelistCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
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
