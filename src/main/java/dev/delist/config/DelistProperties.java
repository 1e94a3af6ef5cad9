package dev.delist.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.regex.Pattern;

import dev.delist.store.Store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.unit.DataSize;

/**
 * delist's configuration ({@code delist.*}), every key of it: {@code application.yaml}, environment variables,
 * {@code SPRING_APPLICATION_JSON} and {@code --key=value} arguments all bind here, for every command. Each record
 * checks its values in its compact constructor, so a bad one stops the command before anything starts, with
 * the key named (README, "Configure", lists every key).
 */
@ConfigurationProperties("delist")
public record DelistProperties(@DefaultValue Jobs jobs, @DefaultValue Report report, @DefaultValue Stores stores,
		@DefaultValue Http http, @DefaultValue Fetch fetch, @DefaultValue Catalog catalog,
		@DefaultValue Embedded embedded, @DefaultValue Sharding sharding,
		@Name("notify") @DefaultValue Notify notifications, @DefaultValue Schedule schedule,
		@DefaultValue Review review) {

	/** @param dir holds {@code <job>.yaml} and {@code lists/*.yaml} */
	public record Jobs(@DefaultValue("./jobs") Path dir) {

		public Jobs {
			Checks.set("delist.jobs.dir", dir);
		}

		/** The list files every run and {@code lists} command reads. */
		public Path listsDir() {
			return this.dir.resolve("lists");
		}

	}

	/**
	 * @param dir reports land in {@code <dir>/<runDate>/run-<executionId>/}
	 * @param pageSize rows per HTML page before a table continues on the next page file
	 */
	public record Report(@DefaultValue("./reports") Path dir, @DefaultValue("1000") int pageSize) {

		public Report {
			Checks.set("delist.report.dir", dir);
			Checks.atLeast("delist.report.page-size", pageSize, 1);
		}

	}

	/**
	 * The stores as named fields rather than a map, so environment variables such as
	 * {@code DELIST_STORES_GOOGLEPLAY_REQUESTSPERMINUTE} bind to {@code delist.stores.google-play.*}.
	 */
	public record Stores(@DefaultValue StoreEndpoint apple, @DefaultValue StoreEndpoint googlePlay,
			@DefaultValue StoreEndpoint galaxyStore) {

		public Stores {
			// the endpoint record is shared by the stores, so the keys are named here
			Checks.atLeast("delist.stores.apple.requests-per-minute", apple.requestsPerMinute(), 1);
			Checks.atLeast("delist.stores.google-play.requests-per-minute", googlePlay.requestsPerMinute(), 1);
			Checks.atLeast("delist.stores.galaxy-store.requests-per-minute", galaxyStore.requestsPerMinute(), 1);
		}

	}

	/**
	 * @param baseUrl the only host delist talks to for this store
	 * @param requestsPerMinute shared by every thread of the process
	 * @param respectRobots follow the store's robots.txt (Google Play, Galaxy Store); an operator screening its own
	 * store may switch it off
	 */
	public record StoreEndpoint(String baseUrl, @DefaultValue("20") int requestsPerMinute,
			@DefaultValue("true") boolean respectRobots) {
	}

	/**
	 * @param maxAttempts per request, retries of throttling, 5xx and transport errors included
	 * @param maxBackoff the longest wait between attempts; a longer Retry-After ends the request as an error
	 */
	public record Http(@DefaultValue("delist/0.1 (app-store compliance screening)") String userAgent,
			@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
			@DefaultValue("60s") Duration callTimeout, @DefaultValue("4") int maxAttempts,
			@DefaultValue("2s") Duration initialBackoff, @DefaultValue("2m") Duration maxBackoff,
			@DefaultValue("10MB") DataSize maxBodySize) {

		public Http {
			Checks.notBlank("delist.http.user-agent", userAgent);
			// zero would mean "no timeout" to OkHttp: a silent store would hold a fetch thread forever
			Checks.positive("delist.http.connect-timeout", connectTimeout);
			Checks.positive("delist.http.read-timeout", readTimeout);
			Checks.positive("delist.http.call-timeout", callTimeout);
			Checks.atLeast("delist.http.max-attempts", maxAttempts, 1);
			Checks.notNegative("delist.http.initial-backoff", initialBackoff);
			Checks.notNegative("delist.http.max-backoff", maxBackoff);
			Checks.positive("delist.http.max-body-size", maxBodySize);
		}

	}

	/**
	 * @param threads storefront partitions fetched at once; each store host keeps its own rate limit
	 * @param chunkSize fetched batches committed together (1: a crash loses at most one request's answer)
	 */
	public record Fetch(@DefaultValue("4") int threads, @DefaultValue("1") int chunkSize) {

		public Fetch {
			Checks.atLeast("delist.fetch.threads", threads, 1);
			Checks.atLeast("delist.fetch.chunk-size", chunkSize, 1);
		}

	}

	/** @param maxBadLines bad lines of a catalog file skipped before its import is refused */
	public record Catalog(@DefaultValue("100") int maxBadLines) {

		public Catalog {
			Checks.atLeast("delist.catalog.max-bad-lines", maxBadLines, 0);
		}

	}

	/** @param dir data of the embedded PostgreSQL, used when no {@code spring.datasource.url} is set */
	public record Embedded(@DefaultValue("./.delist/pg") Path dir) {

		public Embedded {
			Checks.set("delist.embedded.dir", dir);
		}

	}

	/**
	 * @param shards N of a Kubernetes Indexed Job, whose pod {@code JOB_COMPLETION_INDEX} names the shard it
	 * fetches; unset: no sharding unless {@code --shard}
	 * @param group names the shards that belong together; unset: {@code <job>-<date>}
	 */
	public record Sharding(Integer shards, String group) {

		public Sharding {
			if (shards != null) {
				Checks.atLeast("delist.sharding.shards", shards, 1);
			}
			Checks.unsetOrNotBlank("delist.sharding.group", group);
		}

		public String groupOr(String fallback) {
			return (this.group != null) ? this.group : fallback;
		}

	}

	/**
	 * {@code delist.notify.*}, bound to the component {@code notifications} (no record component may be called
	 * {@code notify}, a method of Object): where a run's alert goes (new takedown candidates, or INCOMPLETE). The
	 * URL holds the webhook's token: it is masked like a password (dev.delist.cli.Secrets) and never echoed.
	 *
	 * @param webhookUrl a Slack-compatible incoming webhook; unset: no alert is sent
	 * @param attempts per alert, retries of 5xx, 429 and transport errors included
	 * @param backoff the wait before the first retry, doubled for each next one
	 */
	public record Notify(URI webhookUrl, @DefaultValue("3") int attempts, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("10s") Duration readTimeout, @DefaultValue("1s") Duration backoff) {

		public Notify {
			if (webhookUrl != null) {
				String scheme = webhookUrl.getScheme();
				if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
						|| webhookUrl.getHost() == null) {
					// the value is not shown: it may be the token itself
					throw new InvalidConfigurationException("delist.notify.webhook-url",
							"must be an http or https URL with a host");
				}
			}
			Checks.atLeast("delist.notify.attempts", attempts, 1);
			Checks.positive("delist.notify.connect-timeout", connectTimeout);
			Checks.positive("delist.notify.read-timeout", readTimeout);
			Checks.notNegative("delist.notify.backoff", backoff);
		}

	}

	/**
	 * @param cron when {@code serve} starts the nightly job (Spring's six-field cron: second minute hour day
	 * month weekday); unset or {@code -}: never
	 * @param zone the time zone the expression is read in
	 */
	public record Schedule(String cron, @DefaultValue("UTC") ZoneId zone) {

		/** The property the schedule's presence is decided on, before the records are bound. */
		public static final String CRON = "delist.schedule.cron";

		public Schedule {
			Checks.unsetOrNotBlank("delist.schedule.cron", cron);
			if (cron != null && !"-".equals(cron.strip())) {
				try {
					CronExpression.parse(cron.strip());
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidConfigurationException("delist.schedule.cron", "'" + cron
							+ "' is not a cron expression (six fields: second minute hour day month weekday, e.g. "
							+ "'0 0 2 * * *'): " + ex.getMessage());
				}
			}
		}

		/** Whether a schedule is set ({@code -} is Spring's word for off). */
		public boolean enabled() {
			return enabled(this.cron);
		}

		public static boolean enabled(String cron) {
			return cron != null && !cron.isBlank() && !"-".equals(cron.strip());
		}

	}

	/**
	 * @param importFourEyes whether {@code review import} holds a dismissal of a CONFIRMED-tier candidate for an
	 * approver, as the workbench does, instead of recording it on the file's word alone
	 * @param claimFor how long a reviewer who opened an open candidate keeps it out of the others' "Next in
	 * queue"; 0 turns claims off
	 */
	public record Review(@DefaultValue("false") boolean importFourEyes, @DefaultValue("10m") Duration claimFor) {

		public Review {
			Checks.notNegative("delist.review.claim-for", claimFor);
		}

	}

	private static final Pattern USER_INFO = Pattern.compile("^[a-zA-Z][\\w+.-]*://[^/?#]*@");

	public StoreEndpoint store(Store store) {
		StoreEndpoint endpoint = switch (store) {
			case APPLE -> this.stores.apple();
			case GOOGLE_PLAY -> this.stores.googlePlay();
			case GALAXY_STORE -> this.stores.galaxyStore();
		};
		if (endpoint == null || endpoint.baseUrl() == null || endpoint.baseUrl().isBlank()) {
			throw new InputException("delist.stores." + store.id() + ".base-url is not set");
		}
		if (USER_INFO.matcher(endpoint.baseUrl()).find()) {
			// the stores need no login, and every target URL built on this one is stored and reported:
			// a user:password@ here would be written into fetch_target and the reports (tested by SecretsTests)
			throw new InputException("delist.stores." + store.id()
					+ ".base-url: a user or password in the URL is not supported (it would be written into reports)");
		}
		return endpoint;
	}

}
