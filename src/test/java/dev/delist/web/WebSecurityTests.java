package dev.delist.web;

import java.net.http.HttpResponse;
import java.util.List;

import dev.delist.audit.AuditEvent;
import dev.delist.audit.AuditLog;
import dev.delist.support.TestDatabase;
import dev.delist.support.Workbench;
import dev.delist.users.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets in, what they may change, and what every page promises the browser. */
class WebSecurityTests {

	private static String database;

	private static Workbench workbench;

	@BeforeAll
	static void start() {
		database = TestDatabase.newDatabase();
		workbench = Workbench.start(database)
			.user("vera", Role.VIEWER)
			.user("rita", Role.REVIEWER)
			.user("lock", Role.REVIEWER);
	}

	@AfterAll
	static void stop() {
		workbench.close();
	}

	@Test
	void shouldAnswerHealthWithoutLoginAndSayOnlyUp() throws Exception {
		HttpResponse<String> health = workbench.anonymous().get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void shouldSendAnonymousPagesToTheLoginFormAndAnonymousApiCallsA401() throws Exception {
		Workbench.Client anonymous = workbench.anonymous();

		HttpResponse<String> page = anonymous.get("/candidates");
		HttpResponse<String> api = anonymous.get("/api/candidates?state=open");
		HttpResponse<String> apiPost = anonymous.postJson("/api/candidates/x/decision",
				"{\"decision\":\"DISMISSED\",\"reason\":\"r\"}", null);

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Location")).isEmpty();
		assertThat(apiPost.statusCode()).isEqualTo(401);
	}

	@Test
	void shouldRefuseAStateChangeWithoutTheCsrfTokenEvenWhenLoggedIn() throws Exception {
		Workbench.Client rita = workbench.login("rita");

		HttpResponse<String> withoutToken = rita.postJson("/api/candidates/x/decision",
				"{\"decision\":\"DISMISSED\",\"reason\":\"r\"}", null);
		HttpResponse<String> wrongToken = rita.postJson("/api/candidates/x/decision",
				"{\"decision\":\"DISMISSED\",\"reason\":\"r\"}", "not-the-token");

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(wrongToken.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldRefuseAViewersDecision() throws Exception {
		Workbench.Client vera = workbench.login("vera");

		HttpResponse<String> decision = vera.postJson("/api/candidates/x/decision",
				"{\"decision\":\"DISMISSED\",\"reason\":\"not ours\"}");

		assertThat(decision.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldSendAStrictContentSecurityPolicyAndTheCsrfMetaTagOnEveryPage() throws Exception {
		HttpResponse<String> login = workbench.anonymous().get("/login");

		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(WebSecurity.CONTENT_SECURITY_POLICY);
		assertThat(WebSecurity.CONTENT_SECURITY_POLICY).contains("script-src 'self'").doesNotContain("unsafe");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.body()).containsPattern("<meta name=\"_csrf\" content=\"[^\"]+\"");
	}

	@Test
	void shouldShowTheLoginPageWithAnErrorForAWrongPasswordAndLogTheNameOnly() throws Exception {
		Workbench.Client client = workbench.anonymous();

		HttpResponse<String> wrong = client.login("rita", "not the password at all");
		HttpResponse<String> page = client.get("/login?error");

		assertThat(wrong.statusCode()).isEqualTo(302);
		assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(page.body()).contains("Wrong user name or password.");
		List<AuditEvent> events = workbench.bean(AuditLog.class).recent(50);
		assertThat(events).anySatisfy(e -> {
			assertThat(e.user()).isEqualTo("rita");
			assertThat(e.action()).isEqualTo("LOGIN_FAILED");
		});
		assertThat(events.toString()).doesNotContain("not the password at all");
	}

	@Test
	void shouldRefuseEvenTheRightPasswordAfterFiveWrongOnesInAMinute() throws Exception {
		Workbench.Client client = workbench.anonymous();
		for (int i = 0; i < 5; i++) {
			client.login("lock", "wrong password number " + i);
		}

		HttpResponse<String> right = client.login("lock", Workbench.PASSWORD);

		assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(client.get("/login?error").body()).contains("Too many wrong passwords");
		// a minute later the brake is off
		workbench.bean(JdbcClient.class)
			.sql("UPDATE login_failure SET failed_at = failed_at - interval '2 minutes' WHERE username = 'lock'")
			.update();
		assertThat(client.login("lock", Workbench.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void shouldShareSessionsBetweenTwoReplicasOnOneDatabase() throws Exception {
		Workbench.Client rita = workbench.login("rita");
		try (Workbench replica = Workbench.start(database)) {
			HttpResponse<String> there = rita.get(replica.uri("/runs"));
			HttpResponse<String> stranger = replica.anonymous().get("/runs");

			assertThat(there.statusCode()).isEqualTo(200);
			assertThat(there.body()).contains("<span>rita</span>");
			assertThat(stranger.statusCode()).isEqualTo(302);
		}
	}

	@Test
	void shouldStoreSessionsInTheDatabaseAndEndThemWhenAUserIsDisabled() throws Exception {
		workbench.user("dora", Role.VIEWER);
		Workbench.Client dora = workbench.login("dora");
		JdbcClient jdbc = workbench.bean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'dora'").query(Long.class).single())
			.isEqualTo(1);

		workbench.bean(dev.delist.users.UserAccounts.class).disable("dora");

		assertThat(dora.get("/candidates").statusCode()).isEqualTo(302);
		assertThat(workbench.anonymous().login("dora", Workbench.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
	}

}
