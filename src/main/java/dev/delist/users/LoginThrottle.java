package dev.delist.users;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Slows password guessing: after five wrong passwords for one user name within a minute, further attempts
 * for that name are refused unchecked until the minute has passed. Kept in the database so every replica of
 * {@code serve} counts the same failures.
 */
@Repository
public class LoginThrottle {

	static final int FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	public LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean throttled(String username) {
		return this.jdbc.sql("""
				SELECT count(*) FROM login_failure
				WHERE username = :name AND failed_at > now() - make_interval(secs => :secs)""")
			.param("name", username)
			.param("secs", WINDOW.toSeconds())
			.query(Long.class)
			.single() >= FAILURES;
	}

	public void failed(String username) {
		this.jdbc.sql("INSERT INTO login_failure (username) VALUES (:name)").param("name", username).update();
		// old failures say nothing more; keep the table small
		this.jdbc.sql("DELETE FROM login_failure WHERE failed_at < now() - interval '1 hour'").update();
	}

	public void succeeded(String username) {
		this.jdbc.sql("DELETE FROM login_failure WHERE username = :name").param("name", username).update();
	}

}
