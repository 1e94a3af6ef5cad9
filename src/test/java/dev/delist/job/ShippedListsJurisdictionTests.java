package dev.delist.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.delist.support.Cli;
import dev.delist.support.ReportSchema;
import dev.delist.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run over the shipped lists and nightly job (a catalog run, so no store is asked) makes takedown candidates
 * only where each list binds: TikTok under the 2024 act in us and under India's 59-app order in in, never in gb;
 * WeChat only in in (the US orders are not in force); BGMI not at all (let back for a trial); a generic "AppLock"
 * by another developer and Free Fire MAX are reported, never takedown candidates.
 */
class ShippedListsJurisdictionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void shouldMakeTakedownCandidatesOnlyInEachListsJurisdiction() throws Exception {
		Path jobs = this.dir.resolve("jobs");
		Files.createDirectories(jobs.resolve("lists"));
		Files.copy(Path.of("jobs/nightly.yaml"), jobs.resolve("nightly.yaml"));
		try (var lists = Files.list(Path.of("jobs/lists"))) {
			for (Path list : lists.toList()) {
				Files.copy(list, jobs.resolve("lists").resolve(list.getFileName()));
			}
		}
		List<String> lines = new ArrayList<>();
		for (String country : List.of("us", "gb", "in")) {
			lines.add(play(country, "com.zhiliaoapp.musically", "TikTok", "TikTok Pte. Ltd."));
			lines.add(play(country, "com.tencent.mm", "WeChat", "WeChat International Pte. Ltd."));
		}
		lines.add(play("in", "com.pubg.imobile", "Battlegrounds Mobile India", "KRAFTON, Inc."));
		lines.add(play("in", "com.sailingapps.applock", "AppLock", "SailingLab"));
		lines.add(play("in", "com.dts.freefiremax", "Free Fire MAX", "Garena International I"));
		Path catalog = Files.write(this.dir.resolve("catalog.jsonl"), lines);
		Cli cli = new Cli("--spring.datasource.url=" + TestDatabase.newDatabase(), "--delist.jobs.dir=" + jobs,
				"--delist.report.dir=" + this.dir.resolve("reports"));

		Cli.Result result = cli.run("run", "--date", "2026-11-29", "--catalog", catalog.toString());

		assertThat(result.exitCode()).as(result.toString()).isZero();
		Path report = this.dir.resolve("reports/2026-11-29/run-1/google-play/report.json");
		String json = Files.readString(report);
		assertThat(ReportSchema.violations(json)).isEmpty();
		List<String> takedowns = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (JsonNode c : JSON.readTree(json).get("candidates")) {
			String row = c.get("country").asString() + " " + c.get("appId").asString() + " "
					+ c.at("/entry/listId").asString();
			(c.get("takedownCandidate").asBoolean() ? takedowns : others).add(row);
		}
		// TikTok's package is also a variant of TikTok Lite's, named by the July 2020 order
		assertThat(takedowns).containsExactlyInAnyOrder("us com.zhiliaoapp.musically pafaca-2024",
				"in com.zhiliaoapp.musically india-69a-2020-06-29", "in com.zhiliaoapp.musically india-69a-2020-07-24",
				"in com.tencent.mm india-69a-2020-06-29");
		assertThat(others).contains("gb com.zhiliaoapp.musically pafaca-2024",
				"in com.zhiliaoapp.musically pafaca-2024", "us com.zhiliaoapp.musically india-69a-2020-06-29",
				"us com.tencent.mm eo-13971", "us com.tencent.mm india-69a-2020-06-29",
				"in com.pubg.imobile india-69a-2022-07-28-bgmi")
			.anySatisfy((row) -> assertThat(row).startsWith("in com.sailingapps.applock "))
			.anySatisfy((row) -> assertThat(row).startsWith("in com.dts.freefiremax "));
		JsonNode lists = JSON.readTree(json).get("lists");
		assertThat(lists.findValuesAsString("id")).contains("india-69a-2020-06-29", "pafaca-2024");
	}

	private static String play(String country, String appId, String title, String developer) {
		return "{\"store\":\"google-play\",\"country\":\"" + country + "\",\"appId\":\"" + appId
				+ "\",\"bundleId\":\"\",\"title\":\"" + title + "\",\"developerName\":\"" + developer
				+ "\",\"developerId\":\"\",\"legalName\":\"\",\"url\":\"https://play.google.com/store/apps/details?id="
				+ appId + "\"}";
	}

}
