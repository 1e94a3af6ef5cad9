package dev.delist.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.support.AppleResponses;
import dev.delist.support.Cli;
import dev.delist.support.WholeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Discovery beyond listed identifiers: searches for listed names, and developers learned from matches. */
class DiscoveryFunctionalTests {

	@RegisterExtension
	final WholeRun run = new WholeRun();

	Path dir;

	WireMockServer apple;

	String database;

	Cli cli;

	@BeforeEach
	void setUp() throws Exception {
		this.dir = this.run.dir();
		this.apple = this.run.apple();
		this.run.nightly("""
				name: nightly
				stores:
				  apple:
				    countries: [us]
				    discovery: [identifiers, developers, search]
				""");
		this.database = this.run.database();
		this.cli = this.run.cli();
		// the banned app by id (its artistId is 9111111111), a clone found by searching the listed name
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.none())));
		this.apple.stubFor(get(urlPathEqualTo("/lookup")).withQueryParam("id", equalTo("111111111,222222222"))
			.willReturn(okJson(AppleResponses.results(
					AppleResponses.BANNED_APP))));
		this.run.clone(AppleResponses.CLONE_TITLE);
	}

	@Test
	void shouldSearchEveryListedNameAndAliasAndKeepWhatItFinds() throws Exception {
		// when
		Cli.Result run = this.cli.run("run", "--date", "2026-11-29");

		// then
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(strings("SELECT value FROM fetch_target WHERE kind = 'SEARCH_TERM' ORDER BY value"))
			.containsExactly("Banned App", "Other App", "禁止应用");
		this.apple.verify(getRequestedFor(urlPathEqualTo("/search")).withQueryParam("term", equalTo("禁止应用"))
			.withQueryParam("country", equalTo("us")));
		assertThat(strings("SELECT app_id FROM listing_snapshot ORDER BY app_id")).containsExactly("111111111",
				"333333333");
	}

	@Test
	void shouldFollowTheDeveloperOfAConfirmedMatchOnTheNextRun() throws Exception {
		// given: a first run confirms the banned app, published by artist 9111111111
		assertThat(this.cli.run("run", "--date", "2026-11-28").exitCode()).isZero();
		assertThat(strings("SELECT value FROM fetch_target WHERE kind = 'DEVELOPER_ID'")).isEmpty();

		// when
		Cli.Result second = this.cli.run("run", "--date", "2026-11-29");

		// then: the second run looks up that developer's catalog
		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(strings("SELECT value FROM fetch_target WHERE kind = 'DEVELOPER_ID'")).containsExactly("9111111111");
		this.apple.verify(getRequestedFor(urlPathEqualTo("/lookup")).withQueryParam("id", equalTo("9111111111"))
			.withQueryParam("entity", equalTo("software")));
	}

	private List<String> strings(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.database);
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (result.next()) {
				values.add(result.getString(1));
			}
			return values;
		}
	}

}
