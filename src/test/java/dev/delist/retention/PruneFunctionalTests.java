package dev.delist.retention;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code delist prune}: older runs keep the listings their candidates were matched on and lose the rest; each
 * job's newest runs, every report, candidate and decision stay, and a pruned run refuses a rematch.
 */
class PruneFunctionalTests {

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		// each run stores the banned app (a candidate) and an app Apple's search finds that matches nothing
		this.run.bannedAppAndClone("Weather Radar");
		this.cli = this.run.cli();
		for (String date : List.of("2026-11-27", "2026-11-28", "2026-11-29")) {
			Cli.Result result = this.cli.run("run", "--date", date);
			assertThat(result.exitCode()).as(result.toString()).isZero();
		}
	}

	@Test
	void shouldThinOlderRunsToTheirCandidatesListingsAndRefuseTheirRematch() throws Exception {
		List<String> before = listings();
		assertThat(before).containsExactly("1 111111111", "1 333333333", "2 111111111", "2 333333333", "3 111111111",
				"3 333333333");

		// when: a dry run
		Cli.Result dry = this.cli.run("prune", "--keep", "1", "--dry-run");

		// then: what it would do, and nothing done
		assertThat(dry.exitCode()).as(dry.toString()).isZero();
		assertThat(dry.out()).isEqualTo("""
				would prune run 1 (nightly, 2026-11-27): 1 of 2 listings to remove, 1 kept (its candidates')
				would prune run 2 (nightly, 2026-11-28): 1 of 2 listings to remove, 1 kept (its candidates')
				would prune 2 runs, 2 listings to remove; each job's newest 1 kept whole
				""");
		assertThat(listings()).isEqualTo(before);

		// when
		Cli.Result pruned = this.cli.run("prune", "--keep", "1");
		Cli.Result again = this.cli.run("prune", "--keep", "1");

		// then: the older runs keep their candidate's listing; the newest is whole; a second prune has nothing to do
		assertThat(pruned.exitCode()).as(pruned.toString()).isZero();
		assertThat(pruned.out()).startsWith("pruned run 1 (nightly, 2026-11-27): 1 of 2 listings removed, 1 kept")
			.endsWith("pruned 2 runs, 2 listings removed; each job's newest 1 kept whole\n");
		assertThat(listings()).containsExactly("1 111111111", "2 111111111", "3 111111111", "3 333333333");
		assertThat(again.out()).isEqualTo("pruned 0 runs, 0 listings removed; each job's newest 1 kept whole\n");
		assertThat(this.run.query("SELECT job_instance_id || ' ' || job_name || ' ' || removed || ' ' || kept FROM pruned_run "
				+ "ORDER BY job_instance_id")).containsExactly("1 nightly 1 1", "2 nightly 1 1");
		assertThat(this.run.query("SELECT count(*) FROM candidate")).containsExactly("3");

		// and: a pruned run is not re-matched (it would report its candidates' listings as all it saw); others are
		Cli.Result refused = this.cli.run("rematch", "1");
		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err()).matches("delist: rematch: execution 1's listings were pruned on \\d{4}-\\d{2}-\\d{2} "
				+ "\\(delist prune\\); rematch a newer run of its job\n");
		Cli.Result rematched = this.cli.run("rematch", "3");
		assertThat(rematched.exitCode()).as(rematched.toString()).isZero();

		// and: the next run compares with the newest as before
		Cli.Result next = this.cli.run("run", "--date", "2026-11-30");
		assertThat(next.exitCode()).as(next.toString()).isZero();
		assertThat(this.run.query("SELECT count(*) FROM listing_snapshot WHERE job_instance_id = 5")).containsExactly("2");
	}

	@Test
	void shouldLeaveARunThatMayStillBeRestarted() throws Exception {
		// given: the oldest run's last execution marked FAILED, as a run stopped after its reports would be
		try (Connection connection = DriverManager.getConnection(this.run.database())) {
			connection.createStatement().execute("UPDATE batch_job_execution SET status = 'FAILED' WHERE job_instance_id = 1");
		}

		// when
		Cli.Result pruned = this.cli.run("prune", "--keep", "1");

		// then
		assertThat(pruned.exitCode()).as(pruned.toString()).isZero();
		assertThat(pruned.out()).startsWith("pruned run 2 ").contains("pruned 1 run, ");
		assertThat(listings()).containsExactly("1 111111111", "1 333333333", "2 111111111", "3 111111111",
				"3 333333333");
	}

	@Test
	void shouldFailARematchWhoseSourceWasPrunedWhileItCopied() throws Exception {
		// given: a prune that commits while the rematch copies: here, the copy itself records its source as pruned
		try (Connection connection = DriverManager.getConnection(this.run.database())) {
			connection.createStatement().execute("""
					CREATE FUNCTION prune_meanwhile() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN
					  INSERT INTO pruned_run (job_instance_id, job_name, removed, kept) VALUES (1, 'nightly', 1, 1)
					    ON CONFLICT DO NOTHING;
					  RETURN NULL;
					END $$;
					CREATE TRIGGER prune_meanwhile AFTER INSERT ON listing_snapshot
					  FOR EACH STATEMENT EXECUTE FUNCTION prune_meanwhile();""");
		}

		// when: the launcher's check passes (nothing pruned yet), then the copy sees the prune
		Cli.Result rematch = this.cli.run("rematch", "1");

		// then: the run fails instead of re-matching a fraction of run 1 as all of it, and writes no report
		assertThat(rematch.exitCode()).as(rematch.toString()).isEqualTo(1);
		assertThat(rematch.err()).contains("run 1 was pruned (delist prune) while this rematch copied its listings");
		assertThat(this.run.query("SELECT count(*) FROM store_report WHERE job_instance_id = 4")).containsExactly("0");
	}

	@Test
	void shouldRefuseToKeepNoRunWhole() throws Exception {
		Cli.Result refused = this.cli.run("prune", "--keep", "0");

		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
		assertThat(refused.err()).isEqualTo("delist: --keep 0: at least 1 (the newest run of each job is what its next "
				+ "run's discovery reads)\n");
		assertThat(listings()).hasSize(6);
	}

	private List<String> listings() throws Exception {
		return this.run.query("SELECT job_instance_id || ' ' || app_id FROM listing_snapshot ORDER BY job_instance_id, app_id");
	}

}
