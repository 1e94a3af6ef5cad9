package dev.delist.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A run's parameters as Spring Batch stores them. {@code requestedAt} makes every {@code run} a new job
 * instance, so a second run for the same date never collides with the first; {@code restart} reuses them.
 *
 * @param stores store ids to check; empty means every store of the job definition
 * @param countries country codes to check; empty means the job definition's
 * @param lists list ids to screen against; empty means the job definition's
 * @param rematchOf the run whose stored snapshots this run re-matches instead of fetching, or null
 * @param sharding this run's part in a sharded fetch, or null for a whole run
 * @param catalog an operator's catalog file this run screens instead of discovering and fetching, or null
 * @param plan the run's pinned plan in {@code run_plan}, once the launcher has stored it
 */
public record RunParameters(String job, LocalDate runDate, List<String> stores, List<String> countries,
		List<String> lists, Path reportDir, LocalDateTime requestedAt, Long rematchOf, Sharding sharding,
		Path catalog, UUID plan) {

	public RunParameters {
		stores = List.copyOf(stores);
		countries = List.copyOf(countries);
		lists = List.copyOf(lists);
	}

	public RunParameters(String job, LocalDate runDate, List<String> stores, List<String> countries,
			List<String> lists, Path reportDir, LocalDateTime requestedAt) {
		this(job, runDate, stores, countries, lists, reportDir, requestedAt, null, null, null, null);
	}

	public RunParameters(String job, LocalDate runDate, List<String> stores, List<String> countries,
			List<String> lists, Path reportDir, LocalDateTime requestedAt, Long rematchOf) {
		this(job, runDate, stores, countries, lists, reportDir, requestedAt, rematchOf, null, null, null);
	}

	public RunParameters withSharding(Sharding sharding) {
		return new RunParameters(this.job, this.runDate, this.stores, this.countries, this.lists, this.reportDir,
				this.requestedAt, this.rematchOf, sharding, this.catalog, this.plan);
	}

	public RunParameters withCatalog(Path catalog) {
		return new RunParameters(this.job, this.runDate, this.stores, this.countries, this.lists, this.reportDir,
				this.requestedAt, this.rematchOf, this.sharding, catalog, this.plan);
	}

	public RunParameters withPlan(UUID plan) {
		return new RunParameters(this.job, this.runDate, this.stores, this.countries, this.lists, this.reportDir,
				this.requestedAt, this.rematchOf, this.sharding, this.catalog, plan);
	}

	public boolean isCatalog() {
		return this.catalog != null;
	}

	public boolean isRematch() {
		return this.rematchOf != null;
	}

	/** The name two runs that must not overlap share: the job, one shard of it, or its catalog screening. */
	public String lockName() {
		if (this.catalog != null) {
			// each shard of a catalog screens its own part of the file: shards run side by side
			return this.job + "-catalog"
					+ ((this.sharding != null && !this.sharding.isAggregate()) ? "/shard " + this.sharding.index() : "");
		}
		return (this.sharding != null && !this.sharding.isAggregate()) ? this.job + "/shard " + this.sharding.index()
				: this.job;
	}

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder();
		if (this.rematchOf != null) {
			builder.addLong("rematchOf", this.rematchOf);
		}
		if (this.sharding != null) {
			builder.addString("shardGroup", this.sharding.group()).addLong("shards", (long) this.sharding.count());
			if (!this.sharding.isAggregate()) {
				builder.addLong("shard", (long) this.sharding.index());
			}
		}
		if (this.plan != null) {
			// not identifying: requestedAt makes the run new; a restart carries it over with the other parameters
			builder.addString("plan", this.plan.toString(), false);
		}
		if (this.catalog != null) {
			// not identifying: requestedAt already makes the run new, and a restart may read a fixed file
			builder.addString("catalog", this.catalog.toString(), false);
		}
		return builder.addString("job", this.job)
			.addLocalDate("runDate", this.runDate)
			.addString("stores", String.join(",", this.stores))
			.addString("countries", String.join(",", this.countries))
			.addString("lists", String.join(",", this.lists))
			.addString("reportDir", this.reportDir.toString(), false)
			.addLocalDateTime("requestedAt", this.requestedAt)
			.toJobParameters();
	}

	public static RunParameters from(JobParameters parameters) {
		return new RunParameters(parameters.getString("job"), parameters.getLocalDate("runDate"),
				split(parameters.getString("stores")), split(parameters.getString("countries")),
				split(parameters.getString("lists")), Path.of(parameters.getString("reportDir")),
				parameters.getLocalDateTime("requestedAt"), parameters.getLong("rematchOf"), sharding(parameters),
				(parameters.getString("catalog") != null) ? Path.of(parameters.getString("catalog")) : null,
				(parameters.getString("plan") != null) ? UUID.fromString(parameters.getString("plan")) : null);
	}

	private static Sharding sharding(JobParameters parameters) {
		String group = parameters.getString("shardGroup");
		if (group == null) {
			return null;
		}
		Long shard = parameters.getLong("shard");
		return new Sharding(group, parameters.getLong("shards").intValue(), (shard != null) ? shard.intValue() : null);
	}

	private static List<String> split(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

}
