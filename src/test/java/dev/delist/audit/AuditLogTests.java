package dev.delist.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The audit trail keeps what it is given, and the database refuses to change or remove any of it. */
class AuditLogTests {

	private JdbcTemplate jdbc;

	private AuditLog log;

	@BeforeEach
	void setUp() {
		DataSource dataSource = new DriverManagerDataSource(TestDatabase.newDatabase(), "postgres", "");
		this.jdbc = new JdbcTemplate(dataSource);
		this.log = new AuditLog(JdbcClient.create(dataSource));
	}

	@Test
	void shouldReturnRecordedEventsWithTheirDetail() {
		// given
		Instant before = Instant.now().minusSeconds(1);
		AuditEvent login = this.log.record("ann", AuditActions.LOGIN, null, Map.of());
		AuditEvent decision = this.log.record("ann", AuditActions.DECISION, "c-1",
				Map.of("decision", "DISMISSED", "reason", "another developer's \"clone\" <b>", "state",
						"AWAITING_APPROVAL", "countries", List.of("us", "gb"), "score", 0.75));
		this.log.record("bob", AuditActions.APPROVAL, "c-1", Map.of("approve", true));
		this.log.record("bob", AuditActions.DECISION, "c-2", Map.of("decision", "CONFIRMED"));

		// when
		List<AuditEvent> onCandidate = this.log.forCandidate("c-1");
		List<AuditEvent> recent = this.log.recent(3);

		// then
		assertThat(onCandidate).extracting(AuditEvent::user, AuditEvent::action)
			.containsExactly(tuple("ann", "DECISION"),
					tuple("bob", "APPROVAL"));
		AuditEvent stored = onCandidate.get(0);
		assertThat(stored).isEqualTo(decision);
		assertThat(stored.candidateId()).isEqualTo("c-1");
		assertThat(stored.detail()).containsEntry("reason", "another developer's \"clone\" <b>")
			.containsEntry("state", "AWAITING_APPROVAL")
			.containsEntry("countries", List.of("us", "gb"))
			.containsEntry("score", 0.75);
		assertThat(stored.at()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
		assertThat(recent).extracting(AuditEvent::candidateId).containsExactly("c-2", "c-1", "c-1");
		assertThat(this.log.recent(10)).last().isEqualTo(login);
		assertThat(login.candidateId()).isNull();
		assertThat(login.detail()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "UPDATE audit_event SET username = 'mallory'", "DELETE FROM audit_event",
			"DELETE FROM audit_event WHERE action = 'DECISION'", "TRUNCATE audit_event" })
	void shouldRefuseToChangeOrRemoveEvents(String statement) {
		// given
		this.log.record("ann", AuditActions.DECISION, "c-1", Map.of("decision", "DISMISSED"));
		this.log.record("ann", AuditActions.LOGOUT, null, Map.of());

		// when / then
		assertThatThrownBy(() -> this.jdbc.execute(statement)).rootCause()
			.hasMessageContaining("audit_event is append-only")
			.hasMessageContaining("refused");
		assertThat(this.log.recent(10)).extracting(AuditEvent::user, AuditEvent::action)
			.containsExactly(tuple("ann", "LOGOUT"),
					tuple("ann", "DECISION"));
	}

}
