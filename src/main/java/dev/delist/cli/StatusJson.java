package dev.delist.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import dev.delist.gate.StoreHealth;
import dev.delist.status.RunHistory.Attempt;
import dev.delist.status.RunHistory.Run;
import dev.delist.status.RunHistory.StoreRun;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code status --json}: the recent runs for a script, one JSON document on one line. Written field by field
 * from the run history, so a change of the history's records never changes what scripts read.
 */
final class StatusJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StatusJson() {
	}

	/** @param listChanges per run id, how its lists differ from the job's previous run's */
	static void write(PrintWriter out, List<Run> runs, LongFunction<List<String>> listChanges) {
		out.println(JSON.writeValueAsString(Map.of("runs", runs.stream().map((run) -> run(run, listChanges)).toList())));
	}

	private static Map<String, Object> run(Run run, LongFunction<List<String>> listChanges) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("runId", run.runId());
		json.put("job", run.job());
		json.put("runDate", (run.runDate() != null) ? run.runDate().toString() : null);
		json.put("rematchOf", run.rematchOf());
		json.put("verdict", (run.verdict() != null) ? run.verdict().name() : null);
		json.put("executions", run.executions().stream().map(StatusJson::attempt).toList());
		json.put("stores", run.stores().stream().map(StatusJson::store).toList());
		json.put("gaps", run.gaps());
		json.put("listChanges", listChanges.apply(run.runId()));
		return json;
	}

	private static Map<String, Object> attempt(Attempt attempt) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("executionId", attempt.executionId());
		json.put("status", attempt.status());
		json.put("exitCode", attempt.exitCode());
		json.put("exitMessage", attempt.exitMessage());
		json.put("startedAt", (attempt.startedAt() != null) ? attempt.startedAt().toString() : null);
		json.put("endedAt", (attempt.endedAt() != null) ? attempt.endedAt().toString() : null);
		json.put("durationSeconds", (attempt.duration() != null) ? attempt.duration().toSeconds() : null);
		return json;
	}

	private static Map<String, Object> store(StoreRun store) {
		StoreHealth health = store.health();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("store", store.store());
		json.put("status", store.status().name());
		json.put("gate", health.gate());
		json.put("reasons", health.reasons());
		json.put("targets", health.targets());
		json.put("fetched", health.fetched());
		json.put("notFound", health.notFound());
		json.put("fetchErrors", health.fetchErrors());
		json.put("parseFailures", health.parseFailures());
		json.put("blocked", health.blocked());
		json.put("requests", health.requests());
		Map<String, Long> candidates = new LinkedHashMap<>();
		if (store.takedownCandidates() != null) {
			store.takedownCandidates().forEach((tier, count) -> candidates.put(tier.name(), count));
		}
		json.put("takedownCandidates", (store.takedownCandidates() != null) ? candidates : null);
		json.put("reportDir", store.reportDir());
		return json;
	}

}
