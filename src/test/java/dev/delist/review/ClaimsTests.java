package dev.delist.review;

import java.util.Map;

import dev.delist.config.DelistProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Claims} on their own: who holds a candidate, renewal, hand-over after the claim lapses, and off. */
class ClaimsTests {

	private static ReviewDb db;

	@BeforeAll
	static void open() {
		db = new ReviewDb();
	}

	@AfterAll
	static void close() {
		db.close();
	}

	@Test
	void shouldKeepACandidateForItsFirstReviewerUntilTheClaimLapses() {
		Claims claims = claims("90s");

		assertThat(claims.open("c1", "ann")).isEmpty();
		assertThat(claims.open("c1", "bob")).map(Claims.Claim::user).contains("ann");
		// ann's second look renews hers; bob still does not get it
		assertThat(claims.open("c1", "ann")).isEmpty();
		assertThat(claims.open("c1", "bob")).map(Claims.Claim::user).contains("ann");

		// when: 91 seconds without ann looking
		db.jdbc.update("UPDATE candidate_claim SET claimed_at = now() - interval '91 seconds' WHERE candidate_id = 'c1'");

		// then
		assertThat(claims.open("c1", "bob")).isEmpty();
		assertThat(claims.open("c1", "ann")).map(Claims.Claim::user).contains("bob");
		claims.releaseAll("bob");
		assertThat(claims.open("c1", "ann")).isEmpty();
	}

	@Test
	void shouldClaimNothingWhenTurnedOff() {
		Claims off = claims("0s");

		assertThat(off.open("c2", "ann")).isEmpty();
		assertThat(off.open("c2", "bob")).as("nobody holds anything").isEmpty();
		assertThat(db.jdbc.queryForObject("SELECT count(*) FROM candidate_claim WHERE candidate_id = 'c2'", Integer.class))
			.isZero();
	}

	private static Claims claims(String claimFor) {
		DelistProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("delist.review.claim-for",
				claimFor))).bindOrCreate("delist", DelistProperties.class);
		return new Claims(JdbcClient.create(db.dataSource), properties);
	}

}
