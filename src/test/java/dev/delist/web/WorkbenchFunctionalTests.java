package dev.delist.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.delist.audit.AuditActions;
import dev.delist.audit.AuditLog;
import dev.delist.schedule.BackgroundRuns;
import dev.delist.support.WholeRun;
import dev.delist.support.Workbench;
import dev.delist.users.Role;
import dev.delist.users.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workbench on a real run's candidates: the API's ids are the report's, decisions follow the contract's
 * answers (400, 403, 404, 409), a CONFIRMED-tier dismissal needs a second person, every step is audited, and a
 * dismissal made here hides the match in the next run's report. The run and the users are made once; each test
 * serves a copy of that database and report folder of its own, so no test sees another's decisions.
 */
class WorkbenchFunctionalTests {

	private static final tools.jackson.databind.json.JsonMapper JSON = ScreenedRun.JSON;

	@RegisterExtension
	static final WholeRun run = WholeRun.perClass();

	private static ScreenedRun screened;

	private Workbench workbench;

	@BeforeAll
	static void runAndAddUsers() throws Exception {
		screened = new ScreenedRun(run).on("2026-11-29");
		Map<String, Role> users = new LinkedHashMap<>();
		users.put("vera", Role.VIEWER);
		users.put("rita", Role.REVIEWER);
		users.put("ann", Role.APPROVER);
		users.put("abe", Role.APPROVER);
		users.put("root", Role.ADMIN);
		Workbench.addUsers(run.database(), users);
		run.snapshot();
	}

	@BeforeEach
	void serve() {
		this.workbench = Workbench.start(run);
	}

	@AfterEach
	void stop() {
		this.workbench.close();
	}

	@Test
	void shouldListTheRunsOpenCandidatesWithTheReportsIds() throws Exception {
		Workbench.Client vera = this.workbench.login("vera");

		JsonNode api = JSON.readTree(vera.get("/api/candidates?state=open").body());

		List<String> fromApi = new ArrayList<>();
		for (JsonNode c : api.get("candidates")) {
			fromApi.add(c.get("id").asString() + " " + c.get("store").asString() + " " + c.get("country").asString()
					+ " " + c.get("appId").asString() + " " + c.get("tier").asString() + " "
					+ c.get("takedownCandidate").asBoolean() + " " + c.at("/entry/listId").asString() + "/"
					+ c.at("/entry/entryId").asString() + " " + c.get("state").asString());
		}
		List<String> fromReport = new ArrayList<>();
		for (JsonNode c : report("2026-11-29").get("candidates")) {
			fromReport.add(c.get("id").asString() + " apple us " + c.get("appId").asString() + " "
					+ c.get("tier").asString() + " " + c.get("takedownCandidate").asBoolean() + " "
					+ c.at("/entry/listId").asString() + "/" + c.at("/entry/entryId").asString() + " OPEN");
		}
		assertThat(fromApi).hasSize(2).containsExactlyInAnyOrderElementsOf(fromReport);
		assertThat(api.get("candidates").get(0).get("title")).isNotNull();
	}

	@Test
	void shouldAnswerDecisionsAsTheContractSays() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");
		String clone = candidateId(ScreenedRun.CLONE);

		HttpResponse<String> empty = rita.postJson(decision(clone), "{\"decision\":\"DISMISSED\",\"reason\":\"  \"}");
		HttpResponse<String> tooLong = rita.postJson(decision(clone),
				"{\"decision\":\"DISMISSED\",\"reason\":\"" + "x".repeat(2001) + "\"}");
		HttpResponse<String> badWord = rita.postJson(decision(clone), "{\"decision\":\"MAYBE\",\"reason\":\"r\"}");
		HttpResponse<String> notJson = rita.postJson(decision(clone), "{decision");
		HttpResponse<String> missing = rita.postJson(decision("no-such-candidate"),
				"{\"decision\":\"DISMISSED\",\"reason\":\"r\"}");
		HttpResponse<String> dismissed = rita.postJson(decision(clone),
				"{\"decision\":\"DISMISSED\",\"reason\":\"another developer's app\"}");
		HttpResponse<String> again = rita.postJson(decision(clone),
				"{\"decision\":\"CONFIRMED\",\"reason\":\"changed my mind\"}");

		assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
		assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
		assertThat(badWord.statusCode()).as(badWord.body()).isEqualTo(400);
		assertThat(notJson.statusCode()).as(notJson.body()).isEqualTo(400);
		assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
		assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
		assertThat(JSON.readTree(dismissed.body()).get("state").asString()).isEqualTo("DISMISSED");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
		assertThat(JSON.readTree(again.body()).get("state").asString()).isEqualTo("DISMISSED");
		// the refused second decision is audited; the requests refused before the candidate was read are not
		List<String> events = new ArrayList<>();
		JSON.readTree(rita.get("/api/audit?candidate=" + clone).body())
			.get("events")
			.forEach((e) -> events.add(e.get("action").asString() + " attempted=" + e.at("/detail/attempted").asString("")
					+ " state=" + e.at("/detail/state").asString("")));
		assertThat(events).containsExactly("DECISION attempted= state=DISMISSED",
				"REFUSED attempted=DECISION state=DISMISSED");
	}

	@Test
	void shouldMakeAConfirmedTierDismissalWaitForAnotherApproverAndAuditEachStep() throws Exception {
		String banned = candidateId(ScreenedRun.BANNED);
		Workbench.Client ann = this.workbench.login("ann");
		Workbench.Client abe = this.workbench.login("abe");
		Workbench.Client rita = this.workbench.login("rita");

		HttpResponse<String> dismissed = ann.postJson(decision(banned),
				"{\"decision\":\"DISMISSED\",\"reason\":\"the listed app was renamed and is a different one\"}");
		HttpResponse<String> byReviewer = rita.postJson(approval(banned), "{\"approve\":true,\"reason\":\"ok\"}");
		HttpResponse<String> bySelf = ann.postJson(approval(banned), "{\"approve\":true,\"reason\":\"ok\"}");
		String waiting = state(abe, banned);
		HttpResponse<String> approved = abe.postJson(approval(banned),
				"{\"approve\":true,\"reason\":\"checked the developer account\"}");
		HttpResponse<String> twice = abe.postJson(approval(banned), "{\"approve\":true,\"reason\":\"again\"}");

		assertThat(JSON.readTree(dismissed.body()).get("state").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(byReviewer.statusCode()).isEqualTo(403);
		assertThat(bySelf.statusCode()).as(bySelf.body()).isEqualTo(403);
		assertThat(waiting).isEqualTo("AWAITING_APPROVAL");
		assertThat(JSON.readTree(approved.body()).get("state").asString()).isEqualTo("DISMISSED");
		assertThat(twice.statusCode()).isEqualTo(409);
		JsonNode audit = JSON.readTree(abe.get("/api/audit?candidate=" + banned).body());
		List<String> events = new ArrayList<>();
		for (JsonNode e : audit.get("events")) {
			assertThat(e.get("at").asString()).isNotBlank();
			events.add(e.get("user").asString() + " " + e.get("action").asString() + " "
					+ e.at("/detail/attempted").asString(""));
		}
		// the refusals are on the record too, though their transactions rolled back
		assertThat(events).containsExactly("ann DECISION ", "ann REFUSED APPROVAL", "abe APPROVAL ",
				"abe REFUSED APPROVAL");
		assertThat(audit.at("/events/1/detail/refusal").asString()).contains("cannot also approve");
		assertThat(audit.at("/events/3/detail/state").asString()).isEqualTo("DISMISSED");
		assertThat(abe.get("/api/audit?candidate=nothing-like-it").statusCode()).isEqualTo(404);
		assertThatThrownBy(() -> this.workbench.bean(JdbcClient.class).sql("UPDATE audit_event SET username = 'x'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void shouldHideADismissalMadeHereInTheNextRunsReport() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");
		rita.postJson(decision(candidateId(ScreenedRun.CLONE)), "{\"decision\":\"DISMISSED\",\"reason\":\"a clone\"}");

		screened.on("2026-11-30");

		List<String> appIds = new ArrayList<>();
		report("2026-11-30").get("candidates").forEach(c -> appIds.add(c.get("appId").asString()));
		assertThat(appIds).containsExactly(ScreenedRun.BANNED);
	}

	@Test
	void shouldRenderAHostileTitleInertOnEveryPage() throws Exception {
		Workbench.Client vera = this.workbench.login("vera");

		String queue = vera.get("/candidates").body();
		String page = vera.get("/candidates/" + candidateId(ScreenedRun.CLONE)).body();

		for (String html : List.of(queue, page)) {
			assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("onerror=alert(2)>");
			assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		}
		assertThat(page).contains("Why it matched").contains("Banned App");
	}

	@Test
	void shouldShowTheQueueGroupedAndFilteredAndRefuseABadFilter() throws Exception {
		Workbench.Client vera = this.workbench.login("vera");

		String all = vera.get("/candidates").body();
		String confirmedOnly = vera.get("/candidates?tier=CONFIRMED").body();
		HttpResponse<String> bad = vera.get("/candidates?country=usa");

		assertThat(all).contains(ScreenedRun.BANNED).contains("333333333")
			.contains("<p id=\"queue-count\">2 candidates (storefronts) match this filter.</p>");
		assertThat(confirmedOnly).contains(ScreenedRun.BANNED).doesNotContain("333333333")
			.contains("<p id=\"queue-count\">1 candidate (storefront) matches this filter.</p>");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("not a two-letter country code");
	}

	@Test
	void shouldFindAnAppByWhatAReviewerWasToldAndDecideOnlyOnIt() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");

		String found = rita.get("/candidates?app=clone+maker").body();
		String literal = rita.get("/candidates?app=%25").body();
		JsonNode api = JSON.readTree(rita.get("/api/candidates?app=CLONE.BANNED").body());
		HttpResponse<String> bulk = rita.postForm("/candidates/decisions",
				"app=Clone+Maker&decision=DISMISSED&reason=a+clone&_csrf=" + rita.csrf());

		// the clone by its developer's name, in other case; the search box and the bulk form both keep the text
		assertThat(found).contains(ScreenedRun.CLONE).doesNotContain(ScreenedRun.BANNED)
			.contains("<p id=\"queue-count\">1 candidate (storefront) matches this filter.</p>")
			.contains("<input type=\"hidden\" name=\"app\" value=\"clone maker\">")
			.contains(">Dismiss all 1</button>");
		assertThat(literal).contains("Nothing in the queue for this filter.");
		assertThat(api.get("candidates")).singleElement()
			.satisfies((c) -> assertThat(c.get("appId").asString()).isEqualTo(ScreenedRun.CLONE));
		assertThat(bulk.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/candidates?app=Clone%20Maker"));
		assertThat(state(rita, candidateId(ScreenedRun.CLONE))).isEqualTo("DISMISSED");
		assertThat(state(rita, candidateId(ScreenedRun.BANNED))).isEqualTo("OPEN");
	}

	@Test
	void shouldLeadAReviewerThroughAFilteredQueueOneCandidateAfterAnother() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");
		String banned = candidateId(ScreenedRun.BANNED);
		String clone = candidateId(ScreenedRun.CLONE);

		// when: the queue filtered to Apple's US storefront, the first candidate, then the next
		String queue = rita.get("/candidates?store=apple&country=us").body();
		String first = rita.get("/candidates/" + banned + "?store=apple&country=us").body();
		String second = rita.get("/candidates/" + clone + "?store=apple&country=us").body();
		HttpResponse<String> decided = rita.postForm("/candidates/" + clone + "/decision",
				"store=apple&country=us&decision=DISMISSED&reason=another+developer&_csrf=" + rita.csrf());
		String firstAgain = rita.get("/candidates/" + banned + "?store=apple&country=us").body();
		HttpResponse<String> badFilter = rita.get("/candidates/" + banned + "?country=usa");

		// then: every link keeps the filter; the first leads on to the second, which is the last
		assertThat(queue).contains("href=\"/candidates/" + banned + "?store=apple&amp;country=us\"")
			.contains("href=\"/candidates/" + clone + "?store=apple&amp;country=us\"");
		assertThat(first).contains("<a href=\"/candidates?store=apple&amp;country=us\" id=\"back\">")
			.contains("<a href=\"/candidates/" + clone + "?store=apple&amp;country=us\" id=\"next\">Next in queue →</a>")
			.doesNotContain("id=\"queue-end\"")
			.contains("<input type=\"hidden\" name=\"store\" value=\"apple\">")
			.contains("<input type=\"hidden\" name=\"country\" value=\"us\">");
		assertThat(second).doesNotContain("id=\"next\"").contains("id=\"queue-end\"");
		// the decision comes back to the candidate within the same filter, and the decided one leaves the queue
		assertThat(decided.statusCode()).isEqualTo(302);
		assertThat(decided.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/candidates/" + clone + "?store=apple&country=us"));
		assertThat(state(rita, clone)).isEqualTo("DISMISSED");
		assertThat(firstAgain).doesNotContain("id=\"next\"").contains("id=\"queue-end\"");
		assertThat(badFilter.statusCode()).isEqualTo(400);
		assertThat(badFilter.body()).contains("not a two-letter country code");
	}

	@Test
	void shouldLeadTwoReviewersToDifferentAppsAndSayWhoHasOneOpen() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");
		Workbench.Client abe = this.workbench.login("abe");
		Workbench.Client vera = this.workbench.login("vera");
		String banned = candidateId(ScreenedRun.BANNED);
		String clone = candidateId(ScreenedRun.CLONE);

		// when: a viewer reads the first candidate (claims nothing), rita opens the second
		vera.get("/candidates/" + banned);
		String ritasClone = rita.get("/candidates/" + clone).body();
		String abesBanned = abe.get("/candidates/" + banned).body();
		String abesClone = abe.get("/candidates/" + clone).body();
		String ritasCloneAgain = rita.get("/candidates/" + clone).body();
		String abesQueue = abe.get("/candidates").body();
		JsonNode abesApi = JSON.readTree(abe.get("/api/candidates?state=open").body());

		// then: abe is not led to rita's candidate, and told who has it when he opens it anyway
		assertThat(ritasClone).doesNotContain("id=\"claimed\"");
		assertThat(abesBanned).doesNotContain("id=\"claimed\"").doesNotContain("id=\"next\"").contains("id=\"queue-end\"");
		assertThat(abesClone).containsPattern("<p class=\"notice\" id=\"claimed\" role=\"status\"><span>rita</span> has had "
				+ "this open\\s+since <span>\\d\\d:\\d\\d UTC</span>");
		assertThat(ritasCloneAgain).as("her own claim, renewed").doesNotContain("id=\"claimed\"");
		assertThat(abesQueue).contains("<span class=\"muted claimed\">· rita has it open</span>")
			.contains("<span class=\"muted claimed\">· you have it open</span>").containsOnlyOnce("has it open");
		List<String> claimedBy = new ArrayList<>();
		abesApi.get("candidates").forEach((c) -> claimedBy.add(c.get("appId").asString() + "=" + c.get("claimedBy").asString(null)));
		assertThat(claimedBy).containsExactlyInAnyOrder(ScreenedRun.BANNED + "=abe", ScreenedRun.CLONE + "=rita");
		// starting on the queue: rita's first app is the one abe does not have open, and so is abe's
		assertThat(abesQueue).contains("<a href=\"/candidates/start\" class=\"button primary\" id=\"start\">");
		assertThat(rita.get("/candidates/start?store=apple").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/candidates/" + clone + "?store=apple"));
		assertThat(abe.get("/candidates/start").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/candidates/" + banned));
		// a third reviewer finds both apps taken (vera, a viewer, took neither)
		Workbench.Client ann = this.workbench.login("ann");
		HttpResponse<String> annsStart = ann.get("/candidates/start");
		assertThat(annsStart.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/candidates"));
		assertThat(ann.get("/candidates").body()).contains("Nothing in this queue that nobody has open.");
		// rita logs out, which frees her app at once; disabling abe frees his
		assertThat(rita.postForm("/logout", "_csrf=" + rita.csrf()).statusCode()).isEqualTo(302);
		assertThat(ann.get("/candidates/start").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/candidates/" + clone));
		this.workbench.bean(UserAccounts.class).disable("abe");
		Workbench.Client rita2 = this.workbench.login("rita");
		assertThat(rita2.get("/candidates/start").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/candidates/" + banned));
		// a decision is never refused for a claim (ann's on the app rita2 has just been led to); once decided,
		// nobody is led past it
		assertThat(rita2.get("/candidates/" + banned).statusCode()).isEqualTo(200);
		HttpResponse<String> annsDecision = ann.postForm("/candidates/" + banned + "/decision",
				"decision=CONFIRMED&reason=the+app&_csrf=" + ann.csrf());
		assertThat(annsDecision.statusCode()).isEqualTo(302);
		assertThat(state(ann, banned)).isEqualTo("CONFIRMED");
		assertThat(ann.get("/candidates/start?state=all").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/candidates/" + banned + "?state=all"));
	}

	@Test
	void shouldKeepAReviewersNoteOnTheAppWithoutDecidingIt() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");
		Workbench.Client vera = this.workbench.login("vera");
		Workbench.Client ann = this.workbench.login("ann");
		String banned = candidateId(ScreenedRun.BANNED);

		// when
		HttpResponse<String> added = rita.postForm("/candidates/" + banned + "/notes",
				"store=apple&text=asked+legal+%3Cb%3Eabout%3C%2Fb%3E+the+new+owner&_csrf=" + rita.csrf());
		String page = rita.get("/candidates/" + banned + "?store=apple").body();
		HttpResponse<String> blank = rita.postForm("/candidates/" + banned + "/notes", "text=+&_csrf=" + rita.csrf());
		String refusal = rita.get("/candidates/" + banned).body();
		HttpResponse<String> byViewer = vera.postForm("/candidates/" + banned + "/notes", "text=hi&_csrf=" + vera.csrf());

		// then: back on the page within the filter, the note inert text, the candidate still open and the note audited
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/candidates/" + banned + "?store=apple"));
		assertThat(page).contains("Note added.").contains("<td>rita</td>")
			.contains("<td class=\"note\">asked legal &lt;b&gt;about&lt;/b&gt; the new owner</td>")
			.doesNotContain("<b>about</b>");
		assertThat(state(rita, banned)).isEqualTo("OPEN");
		assertThat(rita.get("/candidates").body()).containsOnlyOnce("<span class=\"notes\"> · 1 note</span>");
		assertThat(blank.statusCode()).isEqualTo(302);
		assertThat(refusal).contains("text: required: write the note");
		assertThat(byViewer.statusCode()).isEqualTo(403);
		assertThat(vera.get("/candidates/" + banned).body()).contains("asked legal").doesNotContain("id=\"add-note\"");
		assertThat(ann.get("/audit?action=NOTE").body()).contains("<td>NOTE</td>").contains("<td>rita</td>")
			.contains("text: asked legal &lt;b&gt;about&lt;/b&gt; the new owner");
	}

	@Test
	void shouldShowTheAuditTrailToApproversOnlyNewestFirstByUserAndAction() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");
		Workbench.Client vera = this.workbench.login("vera");
		Workbench.Client ann = this.workbench.login("ann");
		String clone = candidateId(ScreenedRun.CLONE);
		rita.postJson(decision(clone), "{\"decision\":\"DISMISSED\",\"reason\":\"<script>alert(1)</script> not theirs\"}");
		HttpResponse<String> all = ann.get("/audit");
		// more exports by abe than one page holds, newest first
		AuditLog log = this.workbench.bean(AuditLog.class);
		List<Long> exports = new ArrayList<>();
		for (int i = 0; i < AuditPage.PAGE_SIZE + 7; i++) {
			exports.add(0, log.record("abe", AuditActions.EXPORT, null, Map.of("store", "apple", "n", i)).id());
		}

		// when
		String decisions = ann.get("/audit?user=rita&action=decision").body();
		String firstPage = ann.get("/audit?user=abe&action=EXPORT").body();
		Matcher older = Pattern.compile("<a href=\"(/audit\\?[^\"]+)\" id=\"older\">").matcher(firstPage);
		assertThat(older.find()).as(firstPage).isTrue();
		String secondPage = ann.get(older.group(1).replace("&amp;", "&")).body();

		// then: approvers see everyone's events, newest first; the reason a reviewer typed is inert text
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).contains(">Audit</a>").contains("<td>LOGIN</td>").contains("<td>rita</td>")
			.contains("<td>vera</td>");
		assertThat(decisions).contains("<td>DECISION</td>").contains("href=\"/candidates/" + clone + "\"")
			.contains("decision: DISMISSED").contains("reason: &lt;script&gt;alert(1)&lt;/script&gt; not theirs")
			.doesNotContain("<script>alert").doesNotContain("<td>LOGIN</td>").doesNotContain("<td>abe</td>");
		assertThat(ids(firstPage)).hasSize(AuditPage.PAGE_SIZE)
			.containsExactlyElementsOf(exports.subList(0, AuditPage.PAGE_SIZE));
		assertThat(older.group(1)).isEqualTo("/audit?user=abe&amp;action=EXPORT&amp;before="
				+ exports.get(AuditPage.PAGE_SIZE - 1));
		assertThat(ids(secondPage)).containsExactlyElementsOf(exports.subList(AuditPage.PAGE_SIZE, exports.size()));
		assertThat(secondPage).doesNotContain("id=\"older\"");
		// reviewers and viewers neither see the link nor the page; a bad filter is named
		assertThat(rita.get("/candidates").body()).doesNotContain(">Audit</a>");
		assertThat(rita.get("/audit").statusCode()).isEqualTo(403);
		assertThat(vera.get("/audit").statusCode()).isEqualTo(403);
		HttpResponse<String> badAction = ann.get("/audit?action=DELETE");
		assertThat(badAction.statusCode()).isEqualTo(400);
		assertThat(badAction.body()).contains("action: &#39;DELETE&#39; is not one of DECISION, APPROVAL");
		assertThat(ann.get("/audit?user=a%20b").statusCode()).isEqualTo(400);
		assertThat(ann.get("/audit?before=abc").body()).contains("before: not an event id");
		assertThat(ann.get("/audit?user=nobody").body()).contains("No events for this filter.");
		// the same trail for tools, a page at a time, approvers and admins only
		JsonNode api = JSON.readTree(ann.get("/api/audit?user=abe&action=export").body());
		List<Long> apiIds = new ArrayList<>();
		api.get("events").forEach((e) -> apiIds.add(e.get("id").asLong()));
		JsonNode apiNext = JSON.readTree(ann.get(api.get("next").asString()).body());
		assertThat(apiIds).containsExactlyElementsOf(exports.subList(0, AuditPage.PAGE_SIZE));
		assertThat(api.get("next").asString())
			.isEqualTo("/api/audit?user=abe&action=EXPORT&before=" + exports.get(AuditPage.PAGE_SIZE - 1));
		assertThat(apiNext.get("events")).hasSize(exports.size() - AuditPage.PAGE_SIZE);
		assertThat(apiNext.get("next").isNull()).isTrue();
		assertThat(rita.get("/api/audit").statusCode()).isEqualTo(403);
		assertThat(rita.get("/api/audit?candidate=" + clone).statusCode()).isEqualTo(200);
		assertThat(ann.get("/api/audit?action=nope").statusCode()).isEqualTo(400);
	}

	/** The event ids of an audit page, in the page's order. */
	private static List<Long> ids(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher row = Pattern.compile("<tr>\\s*<td>(\\d+)</td>").matcher(html);
		while (row.find()) {
			ids.add(Long.parseLong(row.group(1)));
		}
		return ids;
	}

	@Test
	void shouldDecideInBulkOnWhatTheQueuesFilterSelects() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");

		String form = rita.get("/candidates").body();
		HttpResponse<String> noReason = rita.postForm("/candidates/decisions",
				"tier=POSSIBLE&decision=DISMISSED&reason=&_csrf=" + rita.csrf());
		String refusal = rita.get(noReason.headers().firstValue("Location").orElseThrow()).body();
		HttpResponse<String> bulk = rita.postForm("/candidates/decisions",
				"tier=POSSIBLE&decision=DISMISSED&reason=title-only+clones&_csrf=" + rita.csrf());
		String notice = rita.get(bulk.headers().firstValue("Location").orElseThrow()).body();

		// the buttons say how many the decision covers: two candidates, before this test decided any
		assertThat(form).contains("id=\"bulk\"").doesNotContain("bulk-too-wide").contains(">Confirm all 2</button>")
			.contains(">Dismiss all 2</button>");
		assertThat(refusal).contains("reason");
		assertThat(bulk.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/candidates?tier=POSSIBLE"));
		assertThat(notice).contains("1 candidate: 0 confirmed, 1 dismissed");
		assertThat(state(rita, candidateId(ScreenedRun.CLONE))).isEqualTo("DISMISSED");
		assertThat(state(rita, candidateId(ScreenedRun.BANNED))).isEqualTo("OPEN");
	}

	@Test
	void shouldExportAConfirmedTakedownWithWhoConfirmedIt() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");
		rita.postJson(decision(candidateId(ScreenedRun.BANNED)), "{\"decision\":\"CONFIRMED\",\"reason\":\"the listed app\"}");

		HttpResponse<String> csv = rita.get("/export/takedowns?store=apple&format=csv");
		HttpResponse<String> badRange = rita.get("/export/takedowns?from=2026-12-02&to=2026-12-01");
		HttpResponse<String> us = rita.get("/export/takedowns?country=US&format=csv");
		HttpResponse<String> india = rita.get("/export/takedowns?country=in&format=csv");
		HttpResponse<String> badCountry = rita.get("/export/takedowns?country=usa");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				v -> assertThat(v).contains("takedowns-apple"));
		assertThat(csv.body().lines().filter(l -> l.contains(ScreenedRun.BANNED)).toList()).singleElement()
			.satisfies(row -> assertThat(row).contains("rita").contains("the listed app"));
		assertThat(badRange.statusCode()).isEqualTo(400);
		assertThat(badRange.body()).contains("is after to");
		// one storefront's operations team: the run screened us only
		assertThat(us.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				v -> assertThat(v).contains("takedowns-all-stores-us"));
		assertThat(us.body()).contains(ScreenedRun.BANNED);
		assertThat(india.statusCode()).isEqualTo(200);
		assertThat(india.body()).doesNotContain(ScreenedRun.BANNED);
		assertThat(badCountry.statusCode()).isEqualTo(400);
		assertThat(badCountry.body()).contains("is not a two-letter country code");
	}

	@Test
	void shouldShowRunsAndLetOnlyAnAdminStartOne() throws Exception {
		Workbench.Client rita = this.workbench.login("rita");
		Workbench.Client root = this.workbench.login("root");

		String runs = rita.get("/runs").body();
		HttpResponse<String> byReviewer = rita.postForm("/runs/nightly", "_csrf=" + rita.csrf());

		assertThat(runs).contains("2026-11-29").contains("COMPLETE").doesNotContain("Start the nightly run")
			.contains("No schedule in this server");
		assertThat(byReviewer.statusCode()).isEqualTo(403);
		assertThat(root.get("/runs").body()).contains("Start the nightly run");
	}

	@Test
	void shouldLetAnAdminStartARematchAndAuditIt() throws Exception {
		Workbench.Client root = this.workbench.login("root");
		long execution = this.workbench.bean(JdbcClient.class)
			.sql("SELECT max(job_execution_id) FROM batch_job_execution")
			.query(Long.class)
			.single();

		HttpResponse<String> started = root.postForm("/runs/" + execution + "/rematch", "_csrf=" + root.csrf());
		String page = root.get("/runs").body();
		BackgroundRuns runs = this.workbench.bean(BackgroundRuns.class);
		for (int i = 0; i < 600 && runs.current().isPresent(); i++) {
			Thread.sleep(100);
		}
		HttpResponse<String> unknown = root.postForm("/runs/999999/rematch", "_csrf=" + root.csrf());

		assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/runs"));
		assertThat(page).contains("rematch of execution " + execution);
		assertThat(runs.last()).hasValueSatisfying(last -> assertThat(last.verdict()).hasToString("COMPLETE"));
		assertThat(root.get(unknown.headers().firstValue("Location").orElseThrow()).body()).contains("999999");
		List<String> audited = this.workbench.bean(JdbcClient.class)
			.sql("SELECT username || ' ' || (detail ->> 'accepted') FROM audit_event WHERE action = 'RUN_STARTED' ORDER BY id")
			.query(String.class)
			.list();
		assertThat(audited).containsExactly("root true", "root false");
	}

	private String candidateId(String appId) throws Exception {
		return screened.candidateId("2026-11-29", appId);
	}

	private static String state(Workbench.Client client, String id) throws Exception {
		for (JsonNode c : JSON.readTree(client.get("/api/candidates?state=all").body()).get("candidates")) {
			if (c.get("id").asString().equals(id)) {
				return c.get("state").asString();
			}
		}
		throw new AssertionError("no candidate " + id);
	}

	private static String decision(String id) {
		return "/api/candidates/" + id + "/decision";
	}

	private static String approval(String id) {
		return "/api/candidates/" + id + "/approval";
	}

	private JsonNode report(String date) throws Exception {
		return screened.report(date);
	}

}
