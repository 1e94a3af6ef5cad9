package dev.delist.web;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import dev.delist.support.TestDatabase;
import dev.delist.support.Workbench;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's probes ask serve two questions apart: is the process alive ({@code /livez}: a database outage must
 * not make Kubernetes restart it, which cannot help and drops every reviewer's session), and can it take requests
 * now ({@code /actuator/health}: not without its database). Each answers {"status":"UP"} or {"status":"DOWN"}
 * and nothing more, without login.
 */
class ServeProbesTests {

	@Test
	void shouldStayAliveButNotReadyWhileItsDatabaseIsAway() throws Exception {
		String database = TestDatabase.newDatabase();
		String name = database.substring(database.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
		// a lost database fails a request for a connection within half a second, not Hikari's default 30 s
		try (Workbench serve = Workbench.start(database, "--spring.datasource.hikari.connection-timeout=500")) {
			Workbench.Client probe = serve.anonymous();
			assertThat(body(probe.get("/livez"))).isEqualTo("200 {\"status\":\"UP\"}");
			assertThat(body(probe.get("/actuator/health"))).isEqualTo("200 {\"status\":\"UP\"}");
			assertThat(probe.get("/livez").headers().firstValue("Content-Security-Policy")).isPresent();

			try {
				admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
				admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
				Instant until = Instant.now().plus(Duration.ofSeconds(30));
				HttpResponse<String> readiness = probe.get("/actuator/health");
				while (readiness.statusCode() == 200 && Instant.now().isBefore(until)) {
					Thread.sleep(100);
					readiness = probe.get("/actuator/health");
				}

				assertThat(body(readiness)).isEqualTo("503 {\"status\":\"DOWN\"}");
				assertThat(body(probe.get("/livez"))).isEqualTo("200 {\"status\":\"UP\"}");
			}
			finally {
				admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
			}
			// and ready again once the database is back
			Instant until = Instant.now().plus(Duration.ofSeconds(30));
			HttpResponse<String> readiness = probe.get("/actuator/health");
			while (readiness.statusCode() != 200 && Instant.now().isBefore(until)) {
				Thread.sleep(100);
				readiness = probe.get("/actuator/health");
			}
			assertThat(body(readiness)).isEqualTo("200 {\"status\":\"UP\"}");
		}
	}

	private static String body(HttpResponse<String> response) {
		return response.statusCode() + " " + response.body();
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = TestDatabase.server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
