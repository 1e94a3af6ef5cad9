package dev.delist.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.delist.support.Chromium;
import dev.delist.support.WholeRun;
import dev.delist.support.Workbench;
import dev.delist.users.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The workbench in Debian's headless Chromium, as two reviewers use it: one logs in, filters the queue, opens
 * the CONFIRMED-tier match and dismisses it; an approver logs in and approves; the next run's report no longer
 * shows it, and no store-written title ran on the way. Screenshots of the pages land in
 * {@code target/screenshots/} (docs/ holds copies). Skips without Chromium unless
 * {@code -Ddelist.browser.required=true} (as in CI).
 */
class WorkbenchBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@RegisterExtension
	final WholeRun run = new WholeRun();

	@TempDir
	Path profile;

	private ScreenedRun screened;

	private Workbench workbench;

	private ChromeDriver browser;

	@BeforeAll
	static void chromium() {
		Chromium.require();
	}

	@BeforeEach
	void serve() throws Exception {
		this.screened = new ScreenedRun(this.run).on("2026-11-29");
		this.workbench = Workbench.start(this.run)
			.user("rita", Role.REVIEWER)
			.user("ann", Role.APPROVER)
			.user("root", Role.ADMIN);
		this.browser = Chromium.start(this.profile, "--window-size=1400,1000");
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.workbench != null) {
			this.workbench.close();
		}
	}

	@Test
	void shouldDismissWithFourEyesInTheBrowserAndSeeItSuppressedAfterTheNextRun() throws Exception {
		String banned = this.screened.candidateId("2026-11-29", ScreenedRun.BANNED);

		// a reviewer logs in and sees the queue, hostile title inert
		login("rita");
		assertThat(this.browser.getCurrentUrl()).endsWith("/candidates");
		assertInert();
		screenshot("queue");
		assertThat(groups()).hasSize(2);

		// searches for the developer she was asked about: both apps name a "Banned" somewhere, only one is by it
		this.browser.findElement(By.name("app")).sendKeys("banned dev");
		this.browser.findElement(By.id("apply-filters")).click();
		await(ExpectedConditions.urlContains("app=banned"));
		assertThat(groups()).hasSize(1);
		assertThat(this.browser.findElement(By.id("queue")).getText()).contains(ScreenedRun.BANNED)
			.doesNotContain(ScreenedRun.CLONE);
		this.browser.findElement(By.name("app")).clear();

		// filters the queue to the CONFIRMED tier and opens the match
		new Select(this.browser.findElement(By.name("tier"))).selectByValue("CONFIRMED");
		this.browser.findElement(By.id("apply-filters")).click();
		await(ExpectedConditions.urlContains("tier=CONFIRMED"));
		assertThat(groups()).hasSize(1);
		this.browser.findElement(By.cssSelector("#queue a.candidate-link")).click();
		await(ExpectedConditions.urlContains("/candidates/" + banned));
		assertThat(this.browser.getCurrentUrl()).as("the page keeps the queue's filter")
			.endsWith("/candidates/" + banned + "?tier=CONFIRMED");
		assertThat(text("#state")).isEqualTo("OPEN");
		assertThat(text("#queue-end")).as("the only CONFIRMED group").isEqualTo("Last in this queue");
		assertThat(this.browser.findElements(By.cssSelector("#reasons tr"))).hasSizeGreaterThan(1);
		screenshot("candidate");

		// leaves a note for the others first: it stays on the page, the candidate still open
		this.browser.findElement(By.id("note-text")).sendKeys("the developer says it sold the app last week");
		this.browser.findElement(By.id("add-note-button")).click();
		await(ExpectedConditions.presenceOfElementLocated(By.id("notes")));
		assertThat(text("#notes")).contains("rita").contains("the developer says it sold the app last week");
		assertThat(text("#state")).isEqualTo("OPEN");
		assertThat(this.browser.getCurrentUrl()).endsWith("/candidates/" + banned + "?tier=CONFIRMED");

		// dismisses it with a reason: a CONFIRMED-tier dismissal waits for an approver
		this.browser.findElement(By.id("reason")).sendKeys("the developer sold the app; a different product now");
		this.browser.findElement(By.id("dismiss")).click();
		await(ExpectedConditions.textToBe(By.cssSelector("#state"), "AWAITING_APPROVAL"));
		assertThat(text("#state")).isEqualTo("AWAITING_APPROVAL");
		assertThat(this.browser.findElements(By.id("approve-dismissal"))).as("a reviewer cannot approve").isEmpty();
		assertThat(this.browser.getCurrentUrl()).endsWith("/candidates/" + banned + "?tier=CONFIRMED");
		// and goes back to the queue as it was filtered
		this.browser.findElement(By.id("back")).click();
		await(ExpectedConditions.presenceOfElementLocated(By.id("apply-filters")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/candidates?tier=CONFIRMED");
		assertThat(new Select(this.browser.findElement(By.name("tier"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("CONFIRMED");
		logout();

		// a second person, an approver, approves it
		login("ann");
		this.browser.get(this.workbench.uri("/candidates/" + banned).toString());
		this.browser.findElement(By.id("approval-reason")).sendKeys("checked the new owner's other apps");
		screenshot("approval");
		this.browser.findElement(By.id("approve-dismissal")).click();
		await(ExpectedConditions.textToBe(By.cssSelector("#state"), "DISMISSED"));
		assertThat(text("#state")).isEqualTo("DISMISSED");

		// and finds the approval on the audit trail, through the header's link, filtered to approvals
		this.browser.findElement(By.linkText("Audit")).click();
		await(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
		new Select(this.browser.findElement(By.name("action"))).selectByValue("APPROVAL");
		this.browser.findElement(By.id("apply-audit-filters")).click();
		await(ExpectedConditions.urlContains("action=APPROVAL"));
		assertThat(text("#audit")).contains("ann").contains("APPROVAL").contains("checked the new owner's other apps")
			.doesNotContain("LOGIN");
		screenshot("audit");

		// the next run suppresses it: not in its report, not in the open queue
		this.screened.on("2026-11-30");
		List<String> reported = new ArrayList<>();
		for (JsonNode c : this.screened.report("2026-11-30").get("candidates")) {
			reported.add(c.get("appId").asString());
		}
		assertThat(reported).containsExactly(ScreenedRun.CLONE);
		this.browser.get(this.workbench.uri("/candidates").toString());
		assertThat(this.browser.findElement(By.id("queue")).getText()).doesNotContain(ScreenedRun.BANNED)
			.contains(ScreenedRun.CLONE);
		assertInert();
		logout();

		login("root");
		this.browser.get(this.workbench.uri("/runs").toString());
		assertThat(this.browser.findElements(By.id("runs"))).as(this.browser.getPageSource()).hasSize(1);
		assertThat(this.browser.findElement(By.id("runs")).getText()).contains("2026-11-30").contains("2026-11-29");
		screenshot("runs");
	}

	private void login(String user) {
		this.browser.get(this.workbench.uri("/login").toString());
		this.browser.findElement(By.name("username")).sendKeys(user);
		this.browser.findElement(By.name("password")).sendKeys(Workbench.PASSWORD);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void logout() {
		this.browser.findElement(By.cssSelector("header form button")).click();
		await(ExpectedConditions.urlContains("/login?logout"));
		assertThat(this.browser.getCurrentUrl()).contains("/login?logout");
	}

	/**
	 * Waits for what a click leads to: a click that submits a form may return before the browser has loaded the
	 * next page, and a page read then is the old one.
	 */
	private void await(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(condition);
	}

	private List<WebElement> groups() {
		return this.browser.findElements(By.cssSelector("#queue tr.group"));
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	/** Nothing the hostile title carried ran or became an element; only our own script is on the page. */
	private void assertInert() {
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> this.browser.switchTo().alert());
		assertThat(this.browser.findElements(By.cssSelector("main img"))).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("script"))).hasSize(1);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("<script>alert(1)</script>");
	}

	private void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("workbench-" + name + ".png"), this.browser.getScreenshotAs(OutputType.BYTES));
	}

}
