package dev.delist.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.delist.observe.StderrLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * delist's command line. Arguments of the form {@code --some.key=value} (a dotted key) are Spring configuration
 * and go to the application context; the rest is parsed here, so bad usage is refused (exit 2) before anything
 * starts. stdout carries the command's output only; errors reach stderr as one message each, and stack traces
 * go to the log file only (logback.xml).
 */
public final class DelistCommandLine {

	private static final Logger log = LoggerFactory.getLogger(DelistCommandLine.class);

	private static final Pattern PROPERTY_ARG = Pattern.compile("^--[a-zA-Z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*$");

	private final PrintWriter out;

	private final PrintWriter err;

	private final BufferedReader in;

	public DelistCommandLine() {
		this(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
				new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
	}

	public DelistCommandLine(PrintWriter out, PrintWriter err) {
		this(out, err, new BufferedReader(new StringReader("")));
	}

	/** @param in what {@code users add} reads the password from */
	public DelistCommandLine(PrintWriter out, PrintWriter err, BufferedReader in) {
		this.out = out;
		this.err = err;
		this.in = in;
	}

	public int execute(String... args) {
		List<String> propertyArgs = new ArrayList<>();
		List<String> commandArgs = new ArrayList<>();
		for (String arg : args) {
			(PROPERTY_ARG.matcher(arg).matches() ? propertyArgs : commandArgs).add(arg);
		}
		SpringContext spring = new SpringContext(propertyArgs);
		CommandLine commandLine = new CommandLine(new RootCommand());
		commandLine.addSubcommand("run", new RunCommand(spring));
		commandLine.addSubcommand("restart", new RestartCommand(spring));
		commandLine.addSubcommand("rematch", new RematchCommand(spring));
		commandLine.addSubcommand("aggregate", new AggregateCommand(spring));
		commandLine.addSubcommand("status", new StatusCommand(spring));
		commandLine.addSubcommand("prune", new PruneCommand(spring));
		commandLine.addSubcommand("lists", ListsCommand.withSubcommands(spring));
		commandLine.addSubcommand("review", ReviewCommand.withSubcommands(spring));
		commandLine.addSubcommand("users", UsersCommand.withSubcommands(spring, this.in));
		commandLine.addSubcommand("serve", new ServeCommand(spring));
		// after the subcommands, so that they get it too
		commandLine.registerConverter(LocalDate.class, DelistCommandLine::date);
		sameVersion(commandLine, commandLine.getCommandSpec().version());
		commandLine.setOut(this.out);
		commandLine.setErr(this.err);
		commandLine.setParameterExceptionHandler(this::badUsage);
		commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, spring));
		commandLine.setExecutionStrategy(parsed -> {
			// named in the embedded database's holder note, so a second command can say who holds it
			spring.command(commandName(parsed));
			return new CommandLine.RunLast().execute(parsed);
		});
		return commandLine.execute(commandArgs.toArray(String[]::new));
	}

	/** Every command's {@code --version} says what delist's does; picocli leaves a subcommand's empty. */
	private static void sameVersion(CommandLine command, String[] version) {
		for (CommandLine subcommand : command.getSubcommands().values()) {
			subcommand.getCommandSpec().version(version);
			sameVersion(subcommand, version);
		}
	}

	private static String commandName(CommandLine.ParseResult parsed) {
		List<String> names = new ArrayList<>();
		for (CommandLine.ParseResult sub = parsed.subcommand(); sub != null; sub = sub.subcommand()) {
			names.add(sub.commandSpec().name());
		}
		return names.isEmpty() ? "command" : String.join(" ", names);
	}

	/**
	 * One line, like every other refusal, so a scheduler's log shows the problem and not a screen of usage; the
	 * line says where the usage is.
	 */
	private int badUsage(CommandLine.ParameterException ex, String[] args) {
		String message = String.join("; ", ex.getMessage().strip().split("\\R+"));
		this.err.println("delist: " + message + " (see: " + ex.getCommandLine().getCommandSpec().qualifiedName()
				+ " --help)");
		return ExitCodes.BAD_INPUT;
	}

	/**
	 * picocli's own message for a bad date names Java classes; operators type dates, so say it in their terms.
	 * ISO also reads signed years ({@code -2026-01-01}, {@code +10000-01-01}), which no report or list can hold.
	 */
	private static LocalDate date(String value) {
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.TypeConversionException("'" + value + "' is not a valid date (YYYY-MM-DD)");
		}
		if (date.getYear() < 1 || date.getYear() > 9999) {
			throw new CommandLine.TypeConversionException("'" + value + "' is not a date from 0001-01-01 to 9999-12-31");
		}
		return date;
	}

	private int failure(Exception ex, SpringContext spring) {
		Failures.Classified classified = Failures.classify(ex);
		// a check made before Spring started (a --catalog header) has no log file yet
		spring.configureLoggingIfNotYet();
		// the stack trace for the log file; stderr gets the one line below, not a second copy (StderrLines)
		log.error(StderrLines.SHOWN, "delist: {}", classified.message(), ex);
		this.err.println("delist: " + classified.message());
		return classified.exitCode();
	}

}
