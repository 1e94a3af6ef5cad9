package dev.delist.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lints and renders {@code helm/delist} with the helm library bundled by helm-java (no helm
 * install, no network) and checks the rendered objects.
 */
class HelmChartTests {

	private static final Path CHART = Path.of("helm", "delist");

	private static final String POD_SPEC = "/spec/jobTemplate/spec/template/spec";

	private static final String SERVE_POD = "/spec/template/spec";

	private static final YAMLMapper YAML = new YAMLMapper();

	private static final Pattern PARAM = Pattern.compile("^\\s*## @param (\\S+) ", Pattern.MULTILINE);

	@TempDir
	Path tempDir;

	@Test
	void shouldPassStrictLint() {
		// given
		Helm chart = new Helm(CHART);

		// when
		LintResult result = chart.lint().strict().call();

		// then
		assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
		assertThat(result.getMessages()).allSatisfy((message) -> assertThat(message).startsWith("[INFO]"));
	}

	@Test
	void shouldDocumentEveryValueInValuesAndReadme() throws IOException {
		// given
		String values = Files.readString(CHART.resolve("values.yaml"));
		String readme = Files.readString(CHART.resolve("README.md"));

		// when
		List<String> params = new ArrayList<>();
		Matcher matcher = PARAM.matcher(values);
		while (matcher.find()) {
			params.add(matcher.group(1));
		}
		List<String> leaves = new ArrayList<>();
		collectLeaves(YAML.readTree(values), "", leaves);

		// then: each value is documented by its own @param or by one for a map above it
		assertThat(leaves).allSatisfy((leaf) -> assertThat(params)
			.anyMatch((param) -> leaf.equals(param) || leaf.startsWith(param + ".")));
		assertThat(params).allSatisfy((param) -> assertThat(leaves)
			.anyMatch((leaf) -> leaf.equals(param) || leaf.startsWith(param + ".")));
		assertThat(params).allSatisfy((param) -> assertThat(readme).contains("| `" + param + "` |"));
	}

	@Test
	void shouldScheduleNightlyRunWithoutOverlapOrRetries() {
		// given
		Map<String, Object> defaults = Map.of();

		// when
		JsonNode cronJob = cronJob(render(defaults));

		// then
		assertThat(cronJob.at("/spec/schedule").asString()).isEqualTo("0 2 * * *");
		assertThat(cronJob.at("/spec/timeZone").asString()).isEqualTo("Etc/UTC");
		assertThat(cronJob.at("/spec/suspend").asBoolean()).isFalse();
		assertThat(cronJob.at("/spec/concurrencyPolicy").asString()).isEqualTo("Forbid");
		assertThat(cronJob.at("/spec/startingDeadlineSeconds").asInt()).isEqualTo(3600);
		assertThat(cronJob.at("/spec/successfulJobsHistoryLimit").asInt()).isEqualTo(3);
		assertThat(cronJob.at("/spec/failedJobsHistoryLimit").asInt()).isEqualTo(3);
		assertThat(cronJob.at("/spec/jobTemplate/spec/activeDeadlineSeconds").asInt()).isEqualTo(72000);
		assertThat(cronJob.at("/spec/jobTemplate/spec/backoffLimit").isInt()).isTrue();
		assertThat(cronJob.at("/spec/jobTemplate/spec/backoffLimit").asInt()).isZero();
		assertThat(cronJob.at("/spec/jobTemplate/spec/ttlSecondsAfterFinished").asInt()).isEqualTo(604800);
		assertThat(cronJob.at(POD_SPEC + "/restartPolicy").asString()).isEqualTo("Never");
		assertThat(strings(container(cronJob).at("/args"))).containsExactly("run");
	}

	@Test
	void shouldHardenPodAndContainer() {
		// given
		Map<String, Object> defaults = Map.of();

		// when
		JsonNode cronJob = cronJob(render(defaults));

		// then
		JsonNode pod = cronJob.at(POD_SPEC + "/securityContext");
		assertThat(pod.at("/runAsNonRoot").asBoolean()).isTrue();
		assertThat(pod.at("/runAsUser").asInt()).isEqualTo(10001);
		assertThat(pod.at("/runAsGroup").asInt()).isEqualTo(10001);
		assertThat(pod.at("/fsGroup").asInt()).isEqualTo(10001);
		assertThat(pod.at("/seccompProfile/type").asString()).isEqualTo("RuntimeDefault");
		JsonNode container = container(cronJob).at("/securityContext");
		assertThat(container.at("/allowPrivilegeEscalation").asBoolean()).isFalse();
		assertThat(container.at("/readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThat(strings(container.at("/capabilities/drop"))).containsExactly("ALL");
		assertThat(cronJob.at(POD_SPEC + "/automountServiceAccountToken").asBoolean()).isFalse();
	}

	@Test
	void shouldSetResourceRequestsAndLimits() {
		// given
		Map<String, Object> defaults = Map.of();

		// when
		JsonNode resources = container(cronJob(render(defaults))).at("/resources");

		// then
		assertThat(resources.at("/requests/cpu").asString()).isEqualTo("500m");
		assertThat(resources.at("/requests/memory").asString()).isEqualTo("1Gi");
		assertThat(resources.at("/limits/cpu").asString()).isEqualTo("2");
		assertThat(resources.at("/limits/memory").asString()).isEqualTo("1Gi");
	}

	@Test
	void shouldMountSizeLimitedEmptyDirAtTmp() {
		// given
		Map<String, Object> values = Map.of("tmp.sizeLimit", "2Gi");

		// when
		JsonNode cronJob = cronJob(render(values));

		// then
		assertThat(volume(cronJob, "tmp").at("/emptyDir/sizeLimit").asString()).isEqualTo("2Gi");
		assertThat(mount(cronJob, "tmp").at("/mountPath").asString()).isEqualTo("/tmp");
		assertThat(env(cronJob, "JAVA_TOOL_OPTIONS").at("/value").asString()).contains("-Djava.io.tmpdir=/tmp");
	}

	@Test
	void shouldTakeDatabasePasswordOnlyFromExistingSecret() {
		// given: a password slipped into values must never reach the output
		Map<String, Object> values = Map.of("database.password", "s3cret-in-values");

		// when
		String output = renderText(values);
		List<JsonNode> objects = parse(output);

		// then
		JsonNode password = env(cronJob(objects), "SPRING_DATASOURCE_PASSWORD");
		assertThat(password.has("value")).isFalse();
		assertThat(password.at("/valueFrom/secretKeyRef/name").asString()).isEqualTo("delist-db");
		assertThat(password.at("/valueFrom/secretKeyRef/key").asString()).isEqualTo("password");
		assertThat(output).doesNotContain("s3cret-in-values");
		assertThat(objects).noneMatch((object) -> object.at("/kind").asString().equals("Secret"));
		assertThat(env(cronJob(objects), "SPRING_DATASOURCE_URL").at("/value").asString())
			.startsWith("jdbc:postgresql://");
		assertThat(env(cronJob(objects), "SPRING_DATASOURCE_USERNAME").at("/value").asString()).isEqualTo("delist");
	}

	@Test
	void shouldTakeTheWebhookUrlOnlyFromAnExistingSecretInEveryPodThatReports() {
		// given
		Map<String, Object> values = Map.of("notify.existingSecret", "alerts", "serve.enabled", "true");

		// when
		List<JsonNode> objects = render(values);

		// then: the nightly job and serve (whose schedule and admins start runs) both alert
		JsonNode webhook = env(cronJob(objects), "DELIST_NOTIFY_WEBHOOKURL");
		assertThat(webhook.has("value")).isFalse();
		assertThat(webhook.at("/valueFrom/secretKeyRef/name").asString()).isEqualTo("alerts");
		assertThat(webhook.at("/valueFrom/secretKeyRef/key").asString()).isEqualTo("webhook-url");
		assertThat(named(serveContainer(object(objects, "Deployment", "delist-serve")).at("/env"),
				"DELIST_NOTIFY_WEBHOOKURL").at("/valueFrom/secretKeyRef/name").asString()).isEqualTo("alerts");
		assertThat(names(container(cronJob(render(Map.of()))).at("/env"))).doesNotContain("DELIST_NOTIFY_WEBHOOKURL");
	}

	@Test
	void shouldReferenceNamedExistingSecret() {
		// given
		Map<String, Object> values = Map.of("database.existingSecret", "my-db", "database.existingSecretPasswordKey",
				"pg-password", "database.existingSecretUsernameKey", "pg-user");

		// when
		JsonNode cronJob = cronJob(render(values));

		// then
		JsonNode password = env(cronJob, "SPRING_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef");
		assertThat(password.at("/name").asString()).isEqualTo("my-db");
		assertThat(password.at("/key").asString()).isEqualTo("pg-password");
		JsonNode username = env(cronJob, "SPRING_DATASOURCE_USERNAME");
		assertThat(username.has("value")).isFalse();
		assertThat(username.at("/valueFrom/secretKeyRef/name").asString()).isEqualTo("my-db");
		assertThat(username.at("/valueFrom/secretKeyRef/key").asString()).isEqualTo("pg-user");
	}

	@Test
	void shouldMountJobFileAndListsDirectoryFromConfigMaps() {
		// given
		Map<String, Object> defaults = Map.of();

		// when
		List<JsonNode> objects = render(defaults);
		JsonNode cronJob = cronJob(objects);

		// then
		assertThat(env(cronJob, "DELIST_JOBS_DIR").at("/value").asString()).isEqualTo("/app/jobs");
		assertThat(mount(cronJob, "jobs").at("/mountPath").asString()).isEqualTo("/app/jobs/nightly.yaml");
		assertThat(mount(cronJob, "jobs").at("/subPath").asString()).isEqualTo("nightly.yaml");
		assertThat(mount(cronJob, "lists").at("/mountPath").asString()).isEqualTo("/app/jobs/lists");
		assertThat(volume(cronJob, "jobs").at("/configMap/name").asString()).isEqualTo("delist-jobs");
		assertThat(volume(cronJob, "lists").at("/configMap/name").asString()).isEqualTo("delist-lists");
		assertThat(objects).as("operator-created ConfigMaps by default")
			.noneMatch((object) -> object.at("/kind").asString().equals("ConfigMap"));
	}

	@Test
	void shouldUseExistingJobsConfigMaps() {
		// given
		Map<String, Object> values = Map.of("jobsConfig.existingConfigMap", "screening-jobs",
				"jobsConfig.existingListsConfigMap", "screening-lists");

		// when
		JsonNode cronJob = cronJob(render(values));

		// then
		assertThat(volume(cronJob, "jobs").at("/configMap/name").asString()).isEqualTo("screening-jobs");
		assertThat(volume(cronJob, "lists").at("/configMap/name").asString()).isEqualTo("screening-lists");
	}

	@Test
	void shouldRenderInlineJobAndListFilesIntoConfigMaps() throws IOException {
		// given
		Path values = valuesFile("""
				jobsConfig:
				  files:
				    nightly.yaml: |
				      stores: [apple, google-play]
				  listFiles:
				    eo-13971.yaml: |
				      id: eo-13971
				""");

		// when
		List<JsonNode> objects = render(values);

		// then
		JsonNode jobs = object(objects, "ConfigMap", "delist-jobs");
		assertThat(jobs.at("/data/nightly.yaml").asString()).isEqualTo("stores: [apple, google-play]\n");
		JsonNode lists = object(objects, "ConfigMap", "delist-lists");
		assertThat(lists.at("/data/eo-13971.yaml").asString()).isEqualTo("id: eo-13971\n");
	}

	@Test
	void shouldRejectInlineJobFilesWithoutNightly() throws IOException {
		// given
		Path values = valuesFile("""
				jobsConfig:
				  files:
				    weekly.yaml: "stores: [apple]"
				""");

		// when / then
		assertThatThrownBy(() -> render(values)).hasMessageContaining("nightly.yaml");
	}

	@Test
	void shouldSuspendWhenAsked() {
		// given
		Map<String, Object> values = Map.of("cronjob.suspend", true);

		// when
		JsonNode cronJob = cronJob(render(values));

		// then
		assertThat(cronJob.at("/spec/suspend").asBoolean()).isTrue();
	}

	@Test
	void shouldUseCustomScheduleAndTimeZone() {
		// given
		Map<String, Object> values = Map.of("cronjob.schedule", "30 4 * * 1-5", "cronjob.timeZone",
				"Europe/London");

		// when
		JsonNode cronJob = cronJob(render(values));

		// then
		assertThat(cronJob.at("/spec/schedule").asString()).isEqualTo("30 4 * * 1-5");
		assertThat(cronJob.at("/spec/timeZone").asString()).isEqualTo("Europe/London");
	}

	@Test
	void shouldRenderZeroHistoryLimitsAsZero() {
		// given
		Map<String, Object> values = Map.of("cronjob.successfulJobsHistoryLimit", 0,
				"cronjob.failedJobsHistoryLimit", 0);

		// when
		JsonNode cronJob = cronJob(render(values));

		// then
		assertThat(cronJob.at("/spec/successfulJobsHistoryLimit").isInt()).isTrue();
		assertThat(cronJob.at("/spec/successfulJobsHistoryLimit").asInt()).isZero();
		assertThat(cronJob.at("/spec/failedJobsHistoryLimit").isInt()).isTrue();
		assertThat(cronJob.at("/spec/failedJobsHistoryLimit").asInt()).isZero();
	}

	@Test
	void shouldOmitOptionalLimitsSetToNull() throws IOException {
		// given
		Path values = valuesFile("""
				cronjob:
				  startingDeadlineSeconds: null
				  ttlSecondsAfterFinished: null
				  activeDeadlineSeconds: null
				""");

		// when
		JsonNode cronJob = cronJob(render(values));

		// then
		assertThat(cronJob.at("/spec/startingDeadlineSeconds").isMissingNode()).isTrue();
		assertThat(cronJob.at("/spec/jobTemplate/spec/ttlSecondsAfterFinished").isMissingNode()).isTrue();
		assertThat(cronJob.at("/spec/jobTemplate/spec/activeDeadlineSeconds").isMissingNode()).isTrue();
	}

	@Test
	void shouldStoreReportsOnCreatedClaimByDefault() {
		// given
		Map<String, Object> defaults = Map.of();

		// when
		List<JsonNode> objects = render(defaults);
		JsonNode cronJob = cronJob(objects);

		// then
		JsonNode claim = object(objects, "PersistentVolumeClaim", "delist-reports");
		assertThat(claim.at("/spec/resources/requests/storage").asString()).isEqualTo("10Gi");
		assertThat(claim.at("/metadata/annotations/helm.sh~1resource-policy").asString()).isEqualTo("keep");
		assertThat(volume(cronJob, "reports").at("/persistentVolumeClaim/claimName").asString())
			.isEqualTo("delist-reports");
		assertThat(mount(cronJob, "reports").at("/mountPath").asString()).isEqualTo("/reports");
		assertThat(env(cronJob, "DELIST_REPORT_DIR").at("/value").asString()).isEqualTo("/reports");
	}

	@Test
	void shouldUseExistingClaimWithoutCreatingOne() {
		// given
		Map<String, Object> values = Map.of("reports.persistence.existingClaim", "delist-reports-archive");

		// when
		List<JsonNode> objects = render(values);

		// then
		assertThat(objects).noneMatch((object) -> object.at("/kind").asString().equals("PersistentVolumeClaim"));
		assertThat(volume(cronJob(objects), "reports").at("/persistentVolumeClaim/claimName").asString())
			.isEqualTo("delist-reports-archive");
	}

	@Test
	void shouldWriteReportsToEmptyDirWhenPersistenceIsOff() {
		// given
		Map<String, Object> values = Map.of("reports.persistence.enabled", false);

		// when
		List<JsonNode> objects = render(values);

		// then
		assertThat(objects).noneMatch((object) -> object.at("/kind").asString().equals("PersistentVolumeClaim"));
		assertThat(volume(cronJob(objects), "reports").has("emptyDir")).isTrue();
	}

	@Test
	void shouldAppendExtraArgsAndStoreRatesAndExtraEnv() throws IOException {
		// given
		Path values = valuesFile("""
				cronjob:
				  extraArgs: ["--stores", "apple", "--countries", "us,gb"]
				stores:
				  apple:
				    requestsPerMinute: 20
				  googlePlay:
				    requestsPerMinute: 30
				extraEnv:
				  - name: DELIST_EXTRA
				    value: "yes"
				""");

		// when
		JsonNode cronJob = cronJob(render(values));

		// then
		assertThat(strings(container(cronJob).at("/args"))).containsExactly("run", "--stores", "apple", "--countries",
				"us,gb");
		assertThat(env(cronJob, "DELIST_STORES_APPLE_REQUESTSPERMINUTE").at("/value").asString()).isEqualTo("20");
		assertThat(env(cronJob, "DELIST_STORES_GOOGLEPLAY_REQUESTSPERMINUTE").at("/value").asString())
			.isEqualTo("30");
		assertThat(env(cronJob, "DELIST_EXTRA").at("/value").asString()).isEqualTo("yes");
	}

	@Test
	void shouldLeaveStoreRatesToTheAppByDefault() {
		// given
		Map<String, Object> defaults = Map.of();

		// when
		JsonNode container = container(cronJob(render(defaults)));

		// then
		assertThat(container.at("/env").findValuesAsString("name")).doesNotContain(
				"DELIST_STORES_APPLE_REQUESTSPERMINUTE", "DELIST_STORES_GOOGLEPLAY_REQUESTSPERMINUTE");
	}

	@Test
	void shouldRunTheNightlyJobAsAnIndexedJobAndAggregateItWhenSharded() {
		// given
		Map<String, Object> values = Map.of("sharding.enabled", true, "sharding.shards", 4, "sharding.parallelism", 2);

		// when
		List<JsonNode> objects = render(values);

		// then: the nightly Job fetches one shard per pod index
		JsonNode nightly = cronJob(objects);
		assertThat(nightly.at("/spec/jobTemplate/spec/completionMode").asString()).isEqualTo("Indexed");
		assertThat(nightly.at("/spec/jobTemplate/spec/completions").asInt()).isEqualTo(4);
		assertThat(nightly.at("/spec/jobTemplate/spec/parallelism").asInt()).isEqualTo(2);
		assertThat(env(nightly, "DELIST_SHARDING_SHARDS").at("/value").asString()).isEqualTo("4");
		assertThat(container(nightly).at("/args").get(0).asString()).isEqualTo("run");
		// and a second CronJob aggregates them, with the same hardened pod and database secret
		JsonNode aggregate = object(objects, "CronJob", "delist-aggregate");
		assertThat(aggregate.at("/spec/concurrencyPolicy").asString()).isEqualTo("Forbid");
		assertThat(container(aggregate).at("/args").toString())
			.isEqualTo("[\"aggregate\",\"--shards\",\"4\",\"--wait\",\"PT6H\"]");
		assertThat(env(aggregate, "SPRING_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asString())
			.isEqualTo(env(nightly, "SPRING_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asString());
		assertThat(container(aggregate).at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
	}

	@Test
	void shouldPruneOnlyWhenAskedKeepingTheNewestRuns() {
		// when
		List<JsonNode> off = render(Map.of());
		List<JsonNode> on = render(Map.of("prune.enabled", true, "prune.keep", 3, "prune.schedule", "30 13 * * *"));

		// then: nothing is removed unless asked; asked, a hardened pod without the reports volume prunes
		assertThat(off).noneMatch((object) -> object.at("/metadata/name").asString().endsWith("-prune"));
		JsonNode prune = object(on, "CronJob", "delist-prune");
		assertThat(prune.at("/spec/schedule").asString()).isEqualTo("30 13 * * *");
		assertThat(prune.at("/spec/concurrencyPolicy").asString()).isEqualTo("Forbid");
		assertThat(container(prune).at("/args").toString()).isEqualTo("[\"prune\",\"--keep\",\"3\"]");
		assertThat(names(prune.at(POD_SPEC + "/volumes"))).doesNotContain("reports");
		assertThat(env(prune, "SPRING_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asString())
			.isEqualTo(env(cronJob(on), "SPRING_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asString());
		assertThat(container(prune).at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThatThrownBy(() -> render(Map.of("prune.enabled", true, "prune.keep", 0)))
			.hasMessageContaining("prune.keep: at least 1");
	}

	@Test
	void shouldMountTheReportsVolumeOnlyInPodsThatWriteReportsWhenSharded() {
		// given
		Map<String, Object> values = Map.of("sharding.enabled", true, "sharding.shards", 4, "sharding.parallelism", 2);

		// when
		List<JsonNode> objects = render(values);

		// then: the shard pods, spread over nodes, neither mount the ReadWriteOnce claim nor name its path
		JsonNode shards = cronJob(objects);
		assertThat(names(shards.at(POD_SPEC + "/volumes"))).containsExactly("tmp", "jobs", "lists");
		assertThat(names(container(shards).at("/volumeMounts"))).containsExactly("tmp", "jobs", "lists");
		assertThat(names(container(shards).at("/env"))).doesNotContain("DELIST_REPORT_DIR");
		// while the aggregate pod, which writes the reports, mounts the claim
		JsonNode aggregate = object(objects, "CronJob", "delist-aggregate");
		assertThat(volume(aggregate, "reports").at("/persistentVolumeClaim/claimName").asString())
			.isEqualTo("delist-reports");
		assertThat(mount(aggregate, "reports").at("/mountPath").asString()).isEqualTo("/reports");
		assertThat(env(aggregate, "DELIST_REPORT_DIR").at("/value").asString()).isEqualTo("/reports");
		// so the claim can stay ReadWriteOnce
		assertThat(object(objects, "PersistentVolumeClaim", "delist-reports").at("/spec/accessModes/0").asString())
			.isEqualTo("ReadWriteOnce");
	}

	@Test
	void shouldMountTheReportsVolumeOnlyInJobsOfOnePod() throws IOException {
		// given: every way the chart can render, sharded or not, with the claim or an emptyDir
		List<Map<String, Object>> variants = List.of(Map.of(), Map.of("sharding.enabled", true),
				Map.of("sharding.enabled", true, "sharding.parallelism", 1),
				Map.of("sharding.enabled", true, "reports.persistence.enabled", false),
				Map.of("reports.persistence.existingClaim", "archive"));

		for (Map<String, Object> values : variants) {
			// when
			List<JsonNode> cronJobs = render(values).stream()
				.filter((object) -> object.at("/kind").asString().equals("CronJob"))
				.toList();

			// then: a pod of a Job that runs several pods (fetch shards) never mounts reports; a Job of one pod
			// always does (catalog shards, which report themselves, are the tests above)
			assertThat(cronJobs).as("%s", values).isNotEmpty().allSatisfy((cronJob) -> {
				JsonNode job = cronJob.at("/spec/jobTemplate/spec");
				boolean onePod = job.at("/completions").asInt(1) == 1;
				assertThat(names(cronJob.at(POD_SPEC + "/volumes")).contains("reports"))
					.as("%s with %s mounts reports", cronJob.at("/metadata/name").asString(), values)
					.isEqualTo(onePod);
				assertThat(names(container(cronJob).at("/volumeMounts")).contains("reports")).isEqualTo(onePod);
			});
		}
	}

	@Test
	void shouldMakeOneOffJobsFromACronJobWhosePodsMountTheReports() {
		// given
		Map<String, Object> sharded = Map.of("sharding.enabled", true);

		// when
		String unshardedNotes = notes(Map.of());
		String shardedNotes = notes(sharded);

		// then: unsharded, one-off Jobs copy the nightly CronJob; sharded, the aggregate one, since shard pods
		// have no reports volume
		assertThat(unshardedNotes).contains("create job --from=cronjob/delist \"$name\"")
			.doesNotContain("delist-aggregate");
		assertThat(shardedNotes).contains("create job --from=cronjob/delist-aggregate \"$name\"")
			.doesNotContain("create job --from=cronjob/delist \"$name\"")
			.contains("shard pods do not mount the reports volume");
		assertThat(render(sharded)).anySatisfy((object) -> assertThat(object.at("/metadata/name").asString())
			.isEqualTo("delist-aggregate"));
	}

	@Test
	void shouldScreenACatalogFileFromAClaimMountedReadOnly() throws IOException {
		// given
		Path values = valuesFile("""
				catalog:
				  enabled: true
				  existingClaim: catalogs
				  file: exports/catalog.jsonl
				cronjob:
				  extraArgs: ["--date", "2026-12-01"]
				""");

		// when
		JsonNode nightly = cronJob(render(values));

		// then: run --catalog the file on the claim, which the pod cannot write
		assertThat(container(nightly).at("/args").toString())
			.isEqualTo("[\"run\",\"--catalog\",\"/catalog/exports/catalog.jsonl\",\"--date\",\"2026-12-01\"]");
		assertThat(volume(nightly, "catalog").at("/persistentVolumeClaim/claimName").asString()).isEqualTo("catalogs");
		assertThat(volume(nightly, "catalog").at("/persistentVolumeClaim/readOnly").asBoolean()).isTrue();
		assertThat(mount(nightly, "catalog").at("/mountPath").asString()).isEqualTo("/catalog");
		assertThat(mount(nightly, "catalog").at("/readOnly").asBoolean()).isTrue();
		// and its reports go to the reports volume as a nightly run's do
		assertThat(mount(nightly, "reports").at("/mountPath").asString()).isEqualTo("/reports");
		assertThat(env(nightly, "DELIST_REPORT_DIR").at("/value").asString()).isEqualTo("/reports");
	}

	@Test
	void shouldShardACatalogIntoPodsThatEachWriteTheirReportsAndAggregateNothing() throws IOException {
		// given
		Path values = valuesFile("""
				catalog:
				  enabled: true
				  existingClaim: catalogs
				sharding:
				  enabled: true
				  shards: 100
				  parallelism: 100
				reports:
				  persistence:
				    accessModes: [ReadWriteMany]
				""");

		// when
		List<JsonNode> objects = render(values);

		// then: one pod per shard of the file, each with the catalog and the reports volume
		JsonNode shards = cronJob(objects);
		assertThat(shards.at("/spec/jobTemplate/spec/completionMode").asString()).isEqualTo("Indexed");
		assertThat(shards.at("/spec/jobTemplate/spec/completions").asInt()).isEqualTo(100);
		assertThat(env(shards, "DELIST_SHARDING_SHARDS").at("/value").asString()).isEqualTo("100");
		assertThat(container(shards).at("/args").toString())
			.isEqualTo("[\"run\",\"--catalog\",\"/catalog/catalog.jsonl\"]");
		assertThat(names(shards.at(POD_SPEC + "/volumes"))).contains("catalog", "reports");
		assertThat(env(shards, "DELIST_REPORT_DIR").at("/value").asString()).isEqualTo("/reports");
		assertThat(object(objects, "PersistentVolumeClaim", "delist-reports").at("/spec/accessModes/0").asString())
			.isEqualTo("ReadWriteMany");
		// and no aggregate CronJob: each shard is a catalog job that reports itself
		assertThat(objects).filteredOn((object) -> object.at("/kind").asString().equals("CronJob")).hasSize(1);
		assertThat(notes(Map.of("catalog.enabled", true, "catalog.existingClaim", "catalogs", "sharding.enabled", true,
				"reports.persistence.accessModes[0]", "ReadWriteMany")))
			.contains("catalog shard pods").contains("create job --from=cronjob/delist \"$name\"")
			.doesNotContain("delist-aggregate");
	}

	@Test
	void shouldRefuseCatalogShardsOnAReadWriteOnceClaimAndACatalogWithoutAClaim() {
		// a ReadWriteOnce claim cannot attach to shard pods on several nodes, and every catalog shard writes reports
		assertThatThrownBy(() -> render(Map.of("catalog.enabled", true, "catalog.existingClaim", "catalogs",
				"sharding.enabled", true)))
			.hasMessageContaining("reports.persistence.accessModes")
			.hasMessageContaining("ReadWriteMany");
		assertThatThrownBy(() -> render(Map.of("catalog.enabled", true)))
			.hasMessageContaining("catalog.existingClaim is required");
		// an emptyDir per pod, or a claim the operator says is shareable, renders
		assertThat(render(Map.of("catalog.enabled", true, "catalog.existingClaim", "catalogs", "sharding.enabled", true,
				"reports.persistence.enabled", false))).isNotEmpty();
		assertThat(render(Map.of("catalog.enabled", true, "catalog.existingClaim", "catalogs", "sharding.enabled", true,
				"reports.persistence.existingClaim", "shared-reports"))).isNotEmpty();
	}

	@Test
	void shouldRenderOneCronJobWithoutIndexesByDefault() {
		List<JsonNode> objects = render(Map.of());

		assertThat(objects.stream().filter((object) -> object.at("/kind").asString().equals("CronJob"))).hasSize(1);
		assertThat(cronJob(objects).at("/spec/jobTemplate/spec/completionMode").isMissingNode()).isTrue();
		assertThat(container(cronJob(objects)).at("/env").findValuesAsString("name"))
			.doesNotContain("DELIST_SHARDING_SHARDS");
	}

	@Test
	void shouldRenderNoServeObjectsUnlessEnabled() {
		// given
		Map<String, Object> defaults = Map.of();

		// when
		List<JsonNode> objects = render(defaults);

		// then: the chart is the CronJob's alone, as before serve existed
		assertThat(objects).extracting((object) -> object.at("/kind").asString())
			.doesNotContain("Deployment", "Service", "NetworkPolicy");
	}

	@Test
	void shouldRunServeAsADeploymentOnTheCronJobsDatabaseWithProbesOnActuatorHealth() {
		// given
		Map<String, Object> values = Map.of("serve.enabled", true, "serve.replicas", 2);

		// when
		List<JsonNode> objects = render(values);
		JsonNode serve = object(objects, "Deployment", "delist-serve");
		JsonNode container = serveContainer(serve);

		// then: serve, two replicas, restarted by Kubernetes (a Deployment's pods cannot say Never)
		assertThat(serve.at("/spec/replicas").asInt()).isEqualTo(2);
		assertThat(strings(container.at("/args"))).containsExactly("serve");
		assertThat(serve.at(SERVE_POD + "/restartPolicy").isMissingNode()).isTrue();
		assertThat(named(container.at("/ports"), "http").at("/containerPort").asInt()).isEqualTo(8080);
		assertThat(named(container.at("/env"), "SERVER_PORT").at("/value").asString()).isEqualTo("8080");
		// and the probes ask paths open without login, on that port: start-up and readiness the health that
		// includes the database, liveness one that does not, so a database outage restarts no pod
		for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
			assertThat(container.at("/" + probe + "/httpGet/path").asString()).as(probe)
				.isEqualTo(probe.equals("livenessProbe") ? "/livez" : "/actuator/health");
			assertThat(container.at("/" + probe + "/httpGet/port").asString()).as(probe).isEqualTo("http");
		}
		assertThat(container.at("/readinessProbe/periodSeconds").asInt()).isEqualTo(10);
		assertThat(container.at("/livenessProbe/periodSeconds").asInt()).isEqualTo(20);
		assertThat(container.at("/startupProbe/failureThreshold").asInt() * container.at("/startupProbe/periodSeconds")
			.asInt()).as("seconds to start and migrate").isGreaterThanOrEqualTo(300);
		// and the same database and Secret as the CronJob, with no password in sight
		JsonNode cronJob = cronJob(objects);
		for (String name : List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
				"DELIST_JOBS_DIR")) {
			assertThat(named(container.at("/env"), name)).as(name).isEqualTo(env(cronJob, name));
		}
		assertThat(named(container.at("/env"), "SPRING_DATASOURCE_PASSWORD").has("value")).isFalse();
		assertThat(container.at("/resources/requests/cpu").asString()).isEqualTo("250m");
		assertThat(container.at("/resources/limits/memory").asString()).isEqualTo("1Gi");
		// and no schedule unless one is set
		assertThat(names(container.at("/env"))).doesNotContain("DELIST_SCHEDULE_CRON", "DELIST_SCHEDULE_ZONE");
	}

	@Test
	void shouldHardenServeAsTheCronJobsPods() {
		// given
		Map<String, Object> values = Map.of("serve.enabled", true);

		// when
		List<JsonNode> objects = render(values);
		JsonNode serve = object(objects, "Deployment", "delist-serve");
		JsonNode cronJob = cronJob(objects);

		// then
		assertThat(serve.at(SERVE_POD + "/securityContext")).isEqualTo(cronJob.at(POD_SPEC + "/securityContext"));
		assertThat(serve.at(SERVE_POD + "/securityContext/runAsNonRoot").asBoolean()).isTrue();
		assertThat(serveContainer(serve).at("/securityContext")).isEqualTo(container(cronJob).at("/securityContext"));
		assertThat(serveContainer(serve).at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThat(strings(serveContainer(serve).at("/securityContext/capabilities/drop"))).containsExactly("ALL");
		assertThat(serve.at(SERVE_POD + "/automountServiceAccountToken").asBoolean()).isFalse();
		assertThat(serve.at(SERVE_POD + "/enableServiceLinks").asBoolean()).isFalse();
		assertThat(serve.at(SERVE_POD + "/serviceAccountName")).isEqualTo(cronJob.at(POD_SPEC + "/serviceAccountName"));
		assertThat(named(serveContainer(serve).at("/volumeMounts"), "tmp").at("/mountPath").asString()).isEqualTo("/tmp");
	}

	@Test
	void shouldMountNoReportsVolumeInServeUnlessAsked() {
		// given
		Map<String, Object> values = Map.of("serve.enabled", true);
		Map<String, Object> mounted = Map.of("serve.enabled", true, "serve.reports.mount", true);

		// when
		JsonNode serve = object(render(values), "Deployment", "delist-serve");
		JsonNode serveMounted = object(render(mounted), "Deployment", "delist-serve");

		// then: by default the runs it starts report into its /tmp volume, and it never holds the claim
		assertThat(names(serve.at(SERVE_POD + "/volumes"))).containsExactly("tmp", "jobs", "lists");
		assertThat(names(serveContainer(serve).at("/volumeMounts"))).containsExactly("tmp", "jobs", "lists");
		assertThat(named(serveContainer(serve).at("/env"), "DELIST_REPORT_DIR").at("/value").asString())
			.isEqualTo("/tmp/reports");
		// and when asked, the CronJob's claim at the reports path
		assertThat(named(serveMounted.at(SERVE_POD + "/volumes"), "reports").at("/persistentVolumeClaim/claimName")
			.asString()).isEqualTo("delist-reports");
		assertThat(named(serveContainer(serveMounted).at("/volumeMounts"), "reports").at("/mountPath").asString())
			.isEqualTo("/reports");
		assertThat(named(serveContainer(serveMounted).at("/env"), "DELIST_REPORT_DIR").at("/value").asString())
			.isEqualTo("/reports");
	}

	@Test
	void shouldExposeServeOnAServiceThatSelectsServesPodsOnly() {
		// given
		Map<String, Object> values = Map.of("serve.enabled", true);

		// when
		List<JsonNode> objects = render(values);
		JsonNode service = object(objects, "Service", "delist-serve");

		// then: 8080 to the container's 8080
		JsonNode port = named(service.at("/spec/ports"), "http");
		assertThat(port.at("/port").asInt()).isEqualTo(8080);
		assertThat(port.at("/targetPort").asString()).isEqualTo("http");
		assertThat(service.at("/spec/type").asString()).isEqualTo("ClusterIP");
		// and its selector picks serve's pods, never the Jobs' pods of the same release
		Map<String, String> selector = labels(service.at("/spec/selector"));
		JsonNode serve = object(objects, "Deployment", "delist-serve");
		assertThat(labels(serve.at("/spec/template/metadata/labels"))).containsAllEntriesOf(selector);
		assertThat(labels(serve.at("/spec/selector/matchLabels"))).isEqualTo(selector);
		Map<String, String> jobPod = labels(cronJob(objects).at("/spec/jobTemplate/spec/template/metadata/labels"));
		assertThat(jobPod.entrySet().containsAll(selector.entrySet())).as("a Job's pod %s matches %s", jobPod, selector)
			.isFalse();
	}

	@Test
	void shouldLetServeReceiveOnlyOn8080AndReachOnlyDnsAndTheDatabaseWithoutASchedule() {
		// given
		Map<String, Object> values = Map.of("serve.enabled", true, "database.url",
				"jdbc:postgresql://db.internal:6543/delist");

		// when
		JsonNode policy = object(render(values), "NetworkPolicy", "delist-serve");

		// then: the policy holds serve's pods, both ways
		assertThat(labels(policy.at("/spec/podSelector/matchLabels")))
			.containsEntry("app.kubernetes.io/component", "serve");
		assertThat(strings(policy.at("/spec/policyTypes"))).containsExactly("Ingress", "Egress");
		// and lets in only port 8080, from the release's namespace by default
		assertThat(policy.at("/spec/ingress")).hasSize(1);
		assertThat(ports(policy.at("/spec/ingress/0/ports"))).containsExactly("8080/TCP");
		assertThat(policy.at("/spec/ingress/0/from").toString()).isEqualTo("[{\"podSelector\":{}}]");
		// and lets out DNS and the database (port from database.url) and nothing else: no schedule, no stores
		assertThat(policy.at("/spec/egress").valueStream().map((rule) -> ports(rule.at("/ports"))).toList())
			.containsExactly(List.of("53/UDP", "53/TCP"), List.of("6543/TCP"));
		assertThat(policy.at("/spec/egress/0/to/0/podSelector/matchLabels/k8s-app").asString()).isEqualTo("kube-dns");
	}

	@Test
	void shouldLetServeReachTheStoresWhenItRunsTheSchedule() throws IOException {
		// given
		Path values = valuesFile("""
				serve:
				  enabled: true
				  schedule:
				    cron: "0 0 2 * * *"
				    zone: Europe/Berlin
				  networkPolicy:
				    ingressFrom:
				      - namespaceSelector:
				          matchLabels:
				            kubernetes.io/metadata.name: ingress-nginx
				    database:
				      to:
				        - ipBlock:
				            cidr: 10.20.0.5/32
				""");

		// when
		List<JsonNode> objects = render(values);
		JsonNode policy = object(objects, "NetworkPolicy", "delist-serve");
		JsonNode container = serveContainer(object(objects, "Deployment", "delist-serve"));

		// then: serve runs the nightly job on the schedule, in the zone given
		assertThat(named(container.at("/env"), "DELIST_SCHEDULE_CRON").at("/value").asString()).isEqualTo("0 0 2 * * *");
		assertThat(named(container.at("/env"), "DELIST_SCHEDULE_ZONE").at("/value").asString()).isEqualTo("Europe/Berlin");
		// and may reach the stores over HTTPS at public addresses, the database only where it is
		assertThat(policy.at("/spec/egress").valueStream().map((rule) -> ports(rule.at("/ports"))).toList())
			.containsExactly(List.of("53/UDP", "53/TCP"), List.of("5432/TCP"), List.of("443/TCP"));
		assertThat(policy.at("/spec/egress/1/to/0/ipBlock/cidr").asString()).isEqualTo("10.20.0.5/32");
		assertThat(policy.at("/spec/egress/2/to/0/ipBlock/cidr").asString()).isEqualTo("0.0.0.0/0");
		assertThat(strings(policy.at("/spec/egress/2/to/0/ipBlock/except"))).contains("10.0.0.0/8", "192.168.0.0/16");
		// and is reached from the configured namespace only
		assertThat(policy.at("/spec/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
			.asString()).isEqualTo("ingress-nginx");
		assertThat(policy.at("/spec/ingress/0/from")).hasSize(1);
	}

	@Test
	void shouldOpenStoreEgressAsToldWhateverTheSchedule() {
		// given: store egress switched on without a schedule (an admin's runs), and off with one
		Map<String, Object> byHand = Map.of("serve.enabled", true, "serve.networkPolicy.stores.enabled", true);
		Map<String, Object> closed = Map.of("serve.enabled", true, "serve.schedule.cron", "0 0 2 * * *",
				"serve.networkPolicy.stores.enabled", false);

		// when
		JsonNode open = object(render(byHand), "NetworkPolicy", "delist-serve");
		JsonNode shut = object(render(closed), "NetworkPolicy", "delist-serve");

		// then
		assertThat(open.at("/spec/egress").valueStream().map((rule) -> ports(rule.at("/ports")))).contains(List.of("443/TCP"));
		assertThat(shut.at("/spec/egress").valueStream().map((rule) -> ports(rule.at("/ports"))))
			.doesNotContain(List.of("443/TCP"));
		assertThat(render(Map.of("serve.enabled", true, "serve.networkPolicy.enabled", false)))
			.noneMatch((object) -> object.at("/kind").asString().equals("NetworkPolicy"));
	}

	@Test
	void shouldTellHowToReachServeAndWarnOfTwoSchedules() {
		// given
		Map<String, Object> both = Map.of("serve.enabled", true, "serve.schedule.cron", "0 0 2 * * *");
		Map<String, Object> serveOnly = Map.of("serve.enabled", true, "serve.schedule.cron", "0 0 2 * * *",
				"cronjob.suspend", true);

		// when
		String bothNotes = notes(both);
		String serveOnlyNotes = notes(serveOnly);

		// then
		assertThat(bothNotes).contains("port-forward svc/delist-serve 8080:8080")
			.contains("serve runs the nightly job itself on \"0 0 2 * * *\" (UTC)")
			.contains("Set cronjob.suspend=true to leave the night to serve.");
		assertThat(serveOnlyNotes).contains("serve runs the nightly job itself").doesNotContain("cronjob.suspend=true");
		assertThat(notes(Map.of())).doesNotContain("delist-serve");
	}

	private static JsonNode serveContainer(JsonNode deployment) {
		JsonNode containers = deployment.at(SERVE_POD + "/containers");
		assertThat(containers.size()).isEqualTo(1);
		return containers.get(0);
	}

	private static Map<String, String> labels(JsonNode labels) {
		Map<String, String> map = new TreeMap<>();
		labels.propertyStream().forEach((label) -> map.put(label.getKey(), label.getValue().asString()));
		return map;
	}

	/** A NetworkPolicy rule's ports as {@code port/protocol}. */
	private static List<String> ports(JsonNode ports) {
		return ports.valueStream().map((port) -> port.at("/port").asString() + "/" + port.at("/protocol").asString())
			.toList();
	}

	private List<JsonNode> render(Map<String, Object> values) {
		return parse(renderText(values));
	}

	private List<JsonNode> render(Path valuesFile) {
		return parse(template().withValuesFile(valuesFile).call());
	}

	private String renderText(Map<String, Object> values) {
		TemplateCommand command = template();
		values.forEach(command::set);
		return command.call();
	}

	/** NOTES.txt as an install shows it; a client-only dry run needs no cluster. */
	private static String notes(Map<String, Object> values) {
		InstallCommand install = new Helm(CHART).install()
			.withName("delist")
			.withNamespace("screening")
			.clientOnly()
			.dryRun();
		values.forEach(install::set);
		return install.call().getOutput();
	}

	private TemplateCommand template() {
		return new Helm(CHART).template().withName("delist").withNamespace("screening");
	}

	private Path valuesFile(String yaml) throws IOException {
		return Files.writeString(this.tempDir.resolve("values.yaml"), yaml);
	}

	private static List<JsonNode> parse(String output) {
		return YAML.readerFor(JsonNode.class)
			.<JsonNode>readValues(output)
			.readAll()
			.stream()
			.filter(Objects::nonNull)
			.filter(JsonNode::isObject)
			.toList();
	}

	private static JsonNode object(List<JsonNode> objects, String kind, String name) {
		return objects.stream()
			.filter((object) -> object.at("/kind").asString().equals(kind))
			.filter((object) -> object.at("/metadata/name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + objects));
	}

	private static JsonNode cronJob(List<JsonNode> objects) {
		return object(objects, "CronJob", "delist");
	}

	private static JsonNode container(JsonNode cronJob) {
		JsonNode containers = cronJob.at(POD_SPEC + "/containers");
		assertThat(containers.size()).isEqualTo(1);
		return containers.get(0);
	}

	private static JsonNode env(JsonNode cronJob, String name) {
		return named(container(cronJob).at("/env"), name);
	}

	private static JsonNode mount(JsonNode cronJob, String name) {
		return named(container(cronJob).at("/volumeMounts"), name);
	}

	private static JsonNode volume(JsonNode cronJob, String name) {
		return named(cronJob.at(POD_SPEC + "/volumes"), name);
	}

	private static List<String> names(JsonNode list) {
		return list.valueStream().map((item) -> item.at("/name").asString()).toList();
	}

	private static JsonNode named(JsonNode list, String name) {
		return list.valueStream()
			.filter((item) -> item.at("/name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry named " + name + " in " + list));
	}

	private static void collectLeaves(JsonNode node, String path, List<String> leaves) {
		if (node.isObject() && !node.isEmpty()) {
			node.propertyStream()
				.forEach((property) -> collectLeaves(property.getValue(),
						path.isEmpty() ? property.getKey() : path + "." + property.getKey(), leaves));
		}
		else {
			leaves.add(path);
		}
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

}
