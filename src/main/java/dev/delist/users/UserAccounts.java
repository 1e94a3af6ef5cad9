package dev.delist.users;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code app_user} table: adding, listing, disabling, and finding a user to log in. */
@Repository
public class UserAccounts {

	/** The same rule as the table's CHECK, checked first for a message in the operator's terms. */
	static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

	static final int MIN_PASSWORD = 12;

	/** Whether a name is one {@link #add} accepts, so a search by user can be refused before it is run. */
	public static boolean isName(String name) {
		return name != null && NAME.matcher(name).matches();
	}

	/** bcrypt reads 72 bytes at most; a longer password would be silently cut. */
	static final int MAX_PASSWORD_BYTES = 72;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	/**
	 * A hash no password is checked against for real, with the same cost (10) as the stored ones: a constant,
	 * because computing it costs every command's start a bcrypt round (a tenth of a second or more), and
	 * {@code UserAccounts} is made by every command, not only by serve.
	 */
	static final String NOBODY = "$2a$10$WhgU.AhuQBC8IaZ42Rd2xuKQeknVqegYUqtC5hEOxN9qe4Oey8zWC";

	public UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.encoder = new BCryptPasswordEncoder();
	}

	/**
	 * @throws IllegalArgumentException for a bad name, a short or over-long password, or a name already taken
	 */
	@Transactional
	public UserAccount add(String username, Role role, String password) {
		if (!NAME.matcher(username).matches()) {
			throw new IllegalArgumentException("user name '" + username
					+ "' is not allowed: 1-64 letters, digits, '.', '_', '@' or '-'");
		}
		if (password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("the password is too short: at least " + MIN_PASSWORD + " characters");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new IllegalArgumentException("the password is too long: at most " + MAX_PASSWORD_BYTES + " bytes");
		}
		if (find(username).isPresent()) {
			throw new IllegalArgumentException("user '" + username + "' already exists");
		}
		this.jdbc.sql("INSERT INTO app_user (username, password_hash, role) VALUES (:name, :hash, :role)")
			.param("name", username)
			.param("hash", this.encoder.encode(password))
			.param("role", role.name())
			.update();
		return find(username).orElseThrow();
	}

	/**
	 * Disables the user, ends the user's sessions at once and frees the candidates they had open in the workbench.
	 *
	 * @return false when there is no such user
	 */
	@Transactional
	public boolean disable(String username) {
		boolean found = this.jdbc.sql("""
				UPDATE app_user SET enabled = false, disabled_at = coalesce(disabled_at, now())
				WHERE username = :name""").param("name", username).update() == 1;
		this.jdbc.sql("DELETE FROM spring_session WHERE principal_name = :name").param("name", username).update();
		this.jdbc.sql("DELETE FROM candidate_claim WHERE username = :name").param("name", username).update();
		return found;
	}

	public Optional<UserAccount> find(String username) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE username = :name")
			.param("name", username)
			.query((rs, n) -> new UserAccount(rs.getString("username"), rs.getString("password_hash"),
					Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("disabled_at"))))
			.optional();
	}

	public List<UserAccount> all() {
		return this.jdbc.sql("SELECT username FROM app_user ORDER BY username")
			.query(String.class)
			.list()
			.stream()
			.map(name -> find(name).orElseThrow())
			.toList();
	}

	public boolean matches(UserAccount user, String password) {
		return this.encoder.matches(password, user.passwordHash());
	}

	/**
	 * Spends the time of a password check for a name that has no account (or a disabled one), so the answer's
	 * timing does not tell a guesser which names exist.
	 */
	public void matchNobody(String password) {
		this.encoder.matches(password, NOBODY);
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
