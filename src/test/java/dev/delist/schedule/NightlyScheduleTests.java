package dev.delist.schedule;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.delist.config.InvalidConfigurationException;
import dev.delist.support.AppleResponses;
import dev.delist.support.DelistProcess;
import dev.delist.support.HeldAnswers;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code serve}'s schedule: the nightly job on {@code delist.schedule.cron}, as {@code delist run} runs it, never
 * overlapping a run in progress here or in another process, and only in the web application.
 */
class NightlyScheduleTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EVERY_SECOND = "--delist.schedule.cron=* * * * * *";

	final HeldAnswers held = new HeldAnswers();

	@RegisterExtension
	final WholeRun run = new WholeRun().appleOptions((options) -> options.extensions(this.held));

	@BeforeEach
	void setUp() {
		this.run.apple()
			.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(AppleResponses.BANNED_APP))));
	}

	@Test
	void shouldRunTheNightlyJobOnTheScheduleAsDelistRunDoesAndSkipSlotsWhileItRuns() throws Exception {
		// given: the store holds its answers, so the first scheduled run stays in progress
		this.held.hold();
		FinishedRun finished;
		Tick skipped;
		ConfigurableApplicationContext serve = Serve.start(this.run, EVERY_SECOND);
		try {
			BackgroundRuns runs = serve.getBean(BackgroundRuns.class);
			NightlySchedule schedule = serve.getBean(NightlySchedule.class);

			// when: a slot comes, and the next ones while its run fetches
			this.held.awaitRequest();
			CurrentRun current = runs.current().orElseThrow();
			Serve.await(Duration.ofSeconds(10), "a slot skipped",
					() -> schedule.lastTick().filter((tick) -> !tick.started()).isPresent());
			skipped = schedule.lastTick().orElseThrow();
			this.held.release();
			Serve.await(Duration.ofSeconds(60), "the scheduled run ended", () -> runs.last().isPresent());
			finished = runs.last().orElseThrow();

			// then: the run was the schedule's
			assertThat(current.request().kind()).isEqualTo(RunRequest.Kind.SCHEDULED);
			assertThat(current.request().requestedBy()).isNull();
			assertThat(schedule.next()).isPresent();
		}
		finally {
			// answers first: a run still waiting for the store could not stop when serve closes
			this.held.release();
			serve.close();
		}

		// and a slot that found it running was skipped, not queued
		assertThat(skipped.message()).startsWith("the scheduled nightly run (since ")
			.endsWith("is in progress; two runs of the same job never overlap");
		// and it ran as delist run runs: today's date, the job's stores, its reports and the gate's verdict
		assertThat(finished.verdict()).as(finished.toString()).isEqualTo(dev.delist.gate.RunStatus.COMPLETE);
		assertThat(finished.status()).isEqualTo("COMPLETED");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Path runDir = this.run.reports().resolve(today + "/run-" + finished.executionId());
		JsonNode report = JSON.readTree(runDir.resolve("apple/report.json").toFile());
		assertThat(report.at("/run/status").asString()).isEqualTo("COMPLETE");
		assertThat(report.at("/run/countries").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("us", "gb");
		assertThat(report.get("candidates").valueStream().map((c) -> c.get("appId").asString()))
			.containsOnly("111111111")
			.hasSize(2);
		assertThat(runDir.resolve("summary.json")).exists();
		assertThat(this.run.query("SELECT status FROM store_report WHERE job_execution_id = " + finished.executionId()))
			.containsExactly("COMPLETE");
		assertThat(this.run.query("""
				SELECT count(*) FROM run_plan p JOIN batch_job_execution e ON e.job_instance_id = p.job_instance_id
				WHERE e.job_execution_id = """ + finished.executionId())).containsExactly("1");
		// and the runs the schedule started (more after the first, one a second) never overlapped
		List<Timestamp[]> spans = spans();
		for (int i = 1; i < spans.size(); i++) {
			assertThat(spans.get(i)[0]).as("execution %d started after the one before ended", i + 1)
				.isAfterOrEqualTo(spans.get(i - 1)[1]);
		}
	}

	@Test
	void shouldSkipASlotWhileAnotherProcessRunsTheJobAndStartNothing() throws Exception {
		// given: delist run, in a JVM of its own, holds the job lock
		this.held.hold();
		List<String> args = new ArrayList<>(List.of("run"));
		args.addAll(Serve.configuration(this.run));
		Path otherOutput = this.run.dir().resolve("other-run.txt");
		Process elsewhere = DelistProcess.start(this.run.dir(), otherOutput, args.toArray(String[]::new));
		PrintStream stderr = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		List<String> skippedSlots;
		try {
			this.held.awaitRequest();
			System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
			try (ConfigurableApplicationContext serve = Serve.start(this.run, EVERY_SECOND)) {
				NightlySchedule schedule = serve.getBean(NightlySchedule.class);

				// when: slots come while that run fetches
				Serve.await(Duration.ofSeconds(10), "two slots", () -> slots().size() >= 2);
				assertThat(serve.getBean(BackgroundRuns.class).current()).isEmpty();
				assertThat(schedule.lastTick().orElseThrow().started()).isFalse();
			}
			skippedSlots = slots();
		}
		finally {
			System.setErr(stderr);
			this.held.release();
		}

		// then: the other run ends as it would have, and it is the only run there is
		assertThat(elsewhere.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(elsewhere.exitValue()).as(Files.readString(otherOutput)).isZero();
		assertThat(this.run.query("SELECT count(*) FROM batch_job_instance")).containsExactly("1");
		assertThat(this.run.query("SELECT count(*) FROM batch_job_execution")).containsExactly("1");
		// and each skipped slot is one warning in the log and one line on stderr, naming the run in progress
		String skip = "skipped: another nightly run is in progress (execution [1]); two runs of the same job never overlap";
		List<String> logged = Files.readAllLines(Serve.log(this.run))
			.stream()
			.filter((line) -> line.contains("Scheduled nightly run of "))
			.toList();
		assertThat(logged).hasSize(skippedSlots.size())
			.allSatisfy((line) -> assertThat(line).contains(" WARN ").endsWith(skip));
		List<String> warned = captured.toString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> line.contains("Scheduled nightly run of "))
			.toList();
		assertThat(warned).hasSize(skippedSlots.size())
			.allSatisfy((line) -> assertThat(line).startsWith("delist: ").endsWith(skip));
		for (String slot : skippedSlots) {
			assertThat(logged).anySatisfy((line) -> assertThat(line).contains("run of " + slot + " skipped"));
		}
	}

	@Test
	void shouldKeepScheduleAfterARunFails() throws Exception {
		// given: a job file the first slots cannot run
		Path job = this.run.jobs().resolve("nightly.yaml");
		String good = Files.readString(job);
		Files.writeString(job, "name: nightly\nstores: [apple\n");
		try (ConfigurableApplicationContext serve = Serve.start(this.run, EVERY_SECOND)) {
			BackgroundRuns runs = serve.getBean(BackgroundRuns.class);
			Serve.await(Duration.ofSeconds(10), "a failed slot", () -> runs.last().isPresent());
			FinishedRun failed = runs.last().orElseThrow();

			// when: the operator fixes the file
			Files.writeString(job, good);

			// then: a later slot runs the job
			Serve.await(Duration.ofSeconds(30), "a run after the fix",
					() -> runs.last().filter((last) -> last.executionId() != null).isPresent());
			assertThat(failed.executionId()).isNull();
			assertThat(failed.message()).contains("nightly.yaml");
			assertThat(runs.last().orElseThrow().verdict()).isEqualTo(dev.delist.gate.RunStatus.COMPLETE);
		}
		assertThat(Files.readString(Serve.log(this.run))).contains("The scheduled nightly run did not start: ")
			.contains("nightly.yaml");
	}

	@Test
	void shouldScheduleNothingWithoutACronOrOutsideTheWebApplication() throws Exception {
		// given: serve with no delist.schedule.cron
		try (ConfigurableApplicationContext serve = Serve.start(this.run)) {
			// then: no schedule, while an admin's runs are still there
			assertThat(serve.getBeanProvider(NightlySchedule.class).getIfAvailable()).isNull();
			assertThat(serve.getBeanProvider(BackgroundRuns.class).getIfAvailable()).isNotNull();
		}
		// given: a cron, in a context as the command line starts it (no web application)
		try (ConfigurableApplicationContext cli = Serve.start(WebApplicationType.NONE, this.run, EVERY_SECOND)) {
			Thread.sleep(1500);

			// then: nothing schedules, nothing runs
			assertThat(cli.getBeanProvider(NightlySchedule.class).getIfAvailable()).isNull();
			assertThat(cli.getBeanProvider(BackgroundRuns.class).getIfAvailable()).isNull();
		}
		assertThat(this.run.query("SELECT count(*) FROM batch_job_execution")).containsExactly("0");
		assertThat(this.run.query("SELECT count(*) FROM schedule_tick")).containsExactly("0");
		assertThat(this.run.apple().getAllServeEvents()).isEmpty();
	}

	@Test
	void shouldRefuseACronThatIsNotOne() {
		assertThatThrownBy(() -> Serve.start(this.run, "--delist.schedule.cron=every night").close())
			.satisfies((ex) -> assertThat(cause(ex, InvalidConfigurationException.class).getMessage())
				.startsWith("configuration delist.schedule.cron: 'every night' is not a cron expression (six fields: "
						+ "second minute hour day month weekday, e.g. '0 0 2 * * *')"));
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " in " + ex, ex);
	}

	/** The slots claimed, as the log prints them. */
	private List<String> slots() {
		try {
			return this.run.query("""
					SELECT to_char(scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
					FROM schedule_tick ORDER BY scheduled_at""");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Timestamp[]> spans() throws Exception {
		List<Timestamp[]> spans = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.run.database());
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT start_time, end_time FROM batch_job_execution ORDER BY job_execution_id")) {
			while (rows.next()) {
				spans.add(new Timestamp[] { rows.getTimestamp(1), rows.getTimestamp(2) });
			}
		}
		return spans;
	}

}
