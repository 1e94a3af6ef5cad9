package dev.delist.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;
import dev.delist.config.InputException;
import dev.delist.users.Role;
import dev.delist.users.UserAccount;
import dev.delist.users.UserAccounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code delist users add|list|disable}: the workbench's accounts. */
@Command(name = "users", mixinStandardHelpOptions = true,
		description = "Adds, lists and disables the users of delist serve.")
class UsersCommand implements Runnable {

	/** Who changed users from the command line, in the audit trail. */
	private static final String OPERATOR = "cli:" + System.getProperty("user.name", "operator");

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "a users command is required (add, list or disable)");
	}

	static CommandLine withSubcommands(SpringContext spring, BufferedReader stdin) {
		return new CommandLine(new UsersCommand()).addSubcommand("add", new Add(spring, stdin))
			.addSubcommand("list", new ListUsers(spring))
			.addSubcommand("disable", new Disable(spring));
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = { "Adds a user; the password is read from stdin (one line, at least 12 characters).",
					"e.g. printf '%s\\n' \"$PASSWORD\" | delist users add alice --role reviewer" })
	static class Add implements Callable<Integer> {

		@Parameters(paramLabel = "NAME", description = "1-64 letters, digits, '.', '_', '@' or '-'")
		String name;

		@Option(names = "--role", required = true, paramLabel = "ROLE",
				description = "viewer, reviewer (decides), approver (also approves dismissals), admin (also starts runs)")
		String role;

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		private final BufferedReader stdin;

		Add(SpringContext spring, BufferedReader stdin) {
			this.spring = spring;
			this.stdin = stdin;
		}

		@Override
		public Integer call() throws IOException {
			Role parsed;
			try {
				parsed = Role.parse(this.role);
			}
			catch (IllegalArgumentException ex) {
				throw new ParameterException(this.spec.commandLine(), "--role: " + ex.getMessage());
			}
			String password = this.stdin.readLine();
			if (password == null || password.isEmpty()) {
				throw new InputException("no password on stdin: pipe it in, one line (at least 12 characters)");
			}
			try (SpringContext.Started context = this.spring.start()) {
				UserAccount user;
				try {
					user = context.bean(UserAccounts.class).add(this.name, parsed, password);
				}
				catch (IllegalArgumentException ex) {
					throw new InputException(ex.getMessage());
				}
				context.bean(AuditLog.class)
					.record(OPERATOR, AuditActions.USER_ADDED, null,
							Map.of("username", user.username(), "role", user.role().name()));
				this.spec.commandLine().getOut().printf("added %s (%s)%n", user.username(), role(user.role()));
				return ExitCodes.COMPLETE;
			}
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users and their roles.")
	static class ListUsers implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		ListUsers(SpringContext spring) {
			this.spring = spring;
		}

		@Override
		public Integer call() {
			try (SpringContext.Started context = this.spring.start()) {
				PrintWriter out = this.spec.commandLine().getOut();
				out.printf("%-24s %-9s %-9s %s%n", "USER", "ROLE", "STATE", "ADDED");
				for (UserAccount user : context.bean(UserAccounts.class).all()) {
					out.printf("%-24s %-9s %-9s %s%n", user.username(), role(user.role()),
							user.enabled() ? "enabled" : "disabled", user.createdAt());
				}
				return ExitCodes.COMPLETE;
			}
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true,
			description = "Disables a user: no more logins; the user's decisions and audit trail stay.")
	static class Disable implements Callable<Integer> {

		@Parameters(paramLabel = "NAME")
		String name;

		@Spec
		CommandSpec spec;

		private final SpringContext spring;

		Disable(SpringContext spring) {
			this.spring = spring;
		}

		@Override
		public Integer call() {
			try (SpringContext.Started context = this.spring.start()) {
				if (!context.bean(UserAccounts.class).disable(this.name)) {
					throw new InputException("no user named '" + this.name + "'");
				}
				context.bean(AuditLog.class)
					.record(OPERATOR, AuditActions.USER_DISABLED, null, Map.of("username", this.name));
				this.spec.commandLine().getOut().printf("disabled %s%n", this.name);
				return ExitCodes.COMPLETE;
			}
		}

	}

	private static String role(Role role) {
		return role.name().toLowerCase(java.util.Locale.ROOT);
	}

}
