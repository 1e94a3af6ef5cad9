package dev.delist.store.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import dev.delist.store.Store;

/**
 * A store's robots.txt, fetched once per process and applied to every URL before it is requested. Per RFC 9309 a
 * missing file allows everything and an unreachable one allows nothing.
 */
public final class StoreRobots {

	private final StoreHttp http;

	private final String agent;

	private final Store store;

	private volatile BaseRobotRules rules;

	private volatile String unavailable;

	public StoreRobots(StoreHttp http, String userAgent, Store store) {
		this.http = http;
		this.store = store;
		// robots.txt groups are matched on the product token, the user agent's first word
		this.agent = userAgent.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
	}

	/** @return the HTTP requests it took to know (0 once the rules are cached) */
	public synchronized int load() {
		if (this.rules != null) {
			return 0;
		}
		HttpAnswer answer = this.http.get(this.http.baseUrl().newBuilder().encodedPath("/robots.txt").build());
		SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
		if (answer.answered() && answer.status() == 200) {
			this.rules = parser.parseContent(answer.url(), answer.body().getBytes(StandardCharsets.UTF_8),
					"text/plain", this.agent);
		}
		else {
			this.rules = parser.failedFetch(answer.answered() ? answer.status() : 503);
			if (!this.rules.isAllowAll()) {
				this.unavailable = answer.answered() ? "HTTP " + answer.status() : answer.failure();
			}
		}
		return answer.attempts();
	}

	/** @return null when the URL may be fetched, else why not */
	public String refusal(String url) {
		if (this.rules.isAllowed(url)) {
			return null;
		}
		return (this.unavailable != null) ? "not requested: robots.txt could not be read (" + this.unavailable + ")"
				: "not requested: robots.txt disallows it (delist.stores." + this.store.id() + ".respect-robots)";
	}

}
