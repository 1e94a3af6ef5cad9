package dev.delist.users;

import java.util.List;

import dev.delist.support.Cli;
import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code delist users add|list|disable} as an operator types them. */
class UsersCommandTests {

	private String database;

	private Cli cli;

	@BeforeEach
	void database() {
		this.database = TestDatabase.newDatabase();
		this.cli = new Cli("--spring.datasource.url=" + this.database);
	}

	@Test
	void shouldAddAUserWithABcryptHashOfThePasswordReadFromStdin() {
		Cli.Result added = this.cli.runWithInput("a long enough password\n", "users", "add", "alice", "--role",
				"reviewer");

		assertThat(added.exitCode()).as(added.toString()).isZero();
		assertThat(added.out()).isEqualTo("added alice (reviewer)\n");
		String hash = jdbc().sql("SELECT password_hash FROM app_user WHERE username = 'alice'").query(String.class).single();
		assertThat(hash).startsWith("$2").doesNotContain("a long enough password");
		// a login of a name without an account checks the same kind of hash, so it takes as long
		assertThat(hash.substring(0, 7)).isEqualTo(UserAccounts.NOBODY.substring(0, 7)).isEqualTo("$2a$10$");
		assertThat(jdbc().sql("SELECT action FROM audit_event WHERE detail ->> 'username' = 'alice'")
			.query(String.class)
			.list()).containsExactly("USER_ADDED");
	}

	@Test
	void shouldListUsersWithRoleAndStateAndDisableOne() {
		this.cli.runWithInput("a long enough password\n", "users", "add", "alice", "--role", "approver");
		this.cli.runWithInput("another long password\n", "users", "add", "bob", "--role", "viewer");

		Cli.Result disabled = this.cli.run("users", "disable", "bob");
		Cli.Result listed = this.cli.run("users", "list");

		assertThat(disabled.exitCode()).as(disabled.toString()).isZero();
		List<String> lines = listed.out().lines().toList();
		assertThat(lines.get(0)).startsWith("USER").contains("ROLE").contains("STATE");
		assertThat(lines.get(1)).startsWith("alice").contains("approver").contains("enabled");
		assertThat(lines.get(2)).startsWith("bob").contains("viewer").contains("disabled");
	}

	@Test
	void shouldRefuseBadInputWithOneLineAndExit2() {
		record Case(String stdin, List<String> args, String message) {
		}
		this.cli.runWithInput("a long enough password\n", "users", "add", "taken", "--role", "viewer");
		List<Case> cases = List.of(
				new Case("short\n", List.of("users", "add", "carol", "--role", "viewer"), "at least 12 characters"),
				new Case("", List.of("users", "add", "carol", "--role", "viewer"), "no password on stdin"),
				new Case("a long enough password\n", List.of("users", "add", "carol", "--role", "boss"),
						"'boss' is not a role (one of viewer, reviewer, approver, admin)"),
				new Case("a long enough password\n", List.of("users", "add", "no spaces", "--role", "viewer"),
						"user name 'no spaces' is not allowed"),
				new Case("a long enough password\n", List.of("users", "add", "taken", "--role", "viewer"),
						"user 'taken' already exists"),
				new Case("", List.of("users", "disable", "nobody"), "no user named 'nobody'"),
				new Case("", List.of("users", "add", "carol"), "Missing required option: '--role=ROLE'"));
		for (Case c : cases) {
			Cli.Result result = this.cli.runWithInput(c.stdin(), c.args().toArray(String[]::new));
			assertThat(result.exitCode()).as(c.args() + "\n" + result).isEqualTo(2);
			assertThat(result.err()).as(c.args().toString()).startsWith("delist: ").contains(c.message());
			assertThat(result.err().lines()).as(c.args().toString()).hasSize(1);
			assertThat(result.out()).as(c.args().toString()).isEmpty();
		}
		assertThat(jdbc().sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("taken");
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database));
	}

}
