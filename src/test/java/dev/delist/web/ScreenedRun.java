package dev.delist.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the workbench tests review: a nightly run on Apple's us storefront that finds the test list's banned app
 * by its id (CONFIRMED) and a clone by its title (POSSIBLE) whose developer wrote markup into the title.
 */
final class ScreenedRun {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A store-written title built to break out of HTML, as a hostile developer would name an app. */
	static final String HOSTILE_TITLE = "Banned App - <script>alert(1)</script>\"><img src=x onerror=alert(2)>";

	static final String BANNED = "111111111";

	static final String CLONE = "333333333";

	private final WholeRun run;

	ScreenedRun(WholeRun run) throws Exception {
		this.run = run;
		run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us]
				    discovery: [identifiers, search]
				""");
		run.apple().stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
				AppleResponses.BANNED_APP))));
		run.apple().stubFor(get(urlPathEqualTo("/search")).willReturn(okJson(AppleResponses.none())));
		run.apple().stubFor(get(urlPathEqualTo("/search")).withQueryParam("term", equalTo("Banned App"))
			.willReturn(okJson(AppleResponses.results(AppleResponses.app(Long.parseLong(CLONE), "com.clone.banned",
					HOSTILE_TITLE, "Clone Maker", "Clone Ltd")))));
	}

	/** Runs the nightly job for the date and checks it passed. */
	ScreenedRun on(String date) {
		Cli.Result result = this.run.cli().run("run", "--date", date);
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return this;
	}

	JsonNode report(String date) throws Exception {
		try (Stream<Path> runs = Files.list(this.run.reports().resolve(date))) {
			return JSON.readTree(runs.findFirst().orElseThrow().resolve("apple/report.json").toFile());
		}
	}

	/** The candidate id the report gives the app's match. */
	String candidateId(String date, String appId) throws Exception {
		for (JsonNode c : report(date).get("candidates")) {
			if (c.get("appId").asString().equals(appId)) {
				return c.get("id").asString();
			}
		}
		throw new AssertionError("no candidate for " + appId + " in the report of " + date);
	}

}
