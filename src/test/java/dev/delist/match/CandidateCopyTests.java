package dev.delist.match;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.delist.store.Listing;
import dev.delist.store.Store;
import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate stored by COPY (a catalog import) is the same row as one stored by {@link CandidateRepository#insert}
 * (a run's match step, a rematch), column for column, whatever its text holds.
 */
class CandidateCopyTests {

	@Test
	void shouldStoreTheSameRowAsAnInsert() throws Exception {
		Matcher matcher = new Matcher(Listings.shippedLists(), Listings.RUN_DATE);
		Instant seen = Instant.parse("2026-11-29T10:15:30.123456Z");
		List<Candidate> candidates = new ArrayList<>();
		for (Listing listing : List.of(
				new Listing(Store.GOOGLE_PLAY, "us", "com.tencent.mm", "com.tencent.mm", "WeChat \"quoted\", comma",
						"Tencent Technology (Shenzhen) Company Limited", null, "Tencent, \"Ltd\"\n2", "https://x/?a=\"1\",2",
						null, null, null, null, null, null, List.of()),
				new Listing(Store.APPLE, "in", "414478124", "com.tencent.xin", "微信 \\ back", "", "614694882", null, null,
						null, null, null, null, null, null, List.of()))) {
			for (Match match : matcher.match(listing)) {
				candidates.add(Candidate.of(listing, seen, "ab".repeat(32), match));
			}
		}
		assertThat(candidates).hasSizeGreaterThan(2);
		try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestDatabase.newDatabase(), true)) {
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			new CandidateRepository(jdbc).insert(1, candidates);
			StringBuilder rows = new StringBuilder();
			candidates.forEach((candidate) -> CandidateCopy.append(2, candidate, rows));
			Connection connection = dataSource.getConnection();
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn(CandidateCopy.COPY, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));

			String select = "SELECT * FROM candidate WHERE job_instance_id = ? ORDER BY candidate_id";
			List<Map<String, Object>> inserted = withoutRun(jdbc.queryForList(select, 1));
			List<Map<String, Object>> copied = withoutRun(jdbc.queryForList(select, 2));
			assertThat(copied).hasSize(candidates.size()).isEqualTo(inserted);
		}
	}

	private static List<Map<String, Object>> withoutRun(List<Map<String, Object>> rows) {
		rows.forEach((row) -> {
			row.remove("job_instance_id");
			// arrays and jsonb compare by their text
			row.replaceAll((column, value) -> (value instanceof java.sql.Array || value instanceof org.postgresql.util.PGobject)
					? String.valueOf(value) : value);
		});
		return rows;
	}

}
