package dev.delist.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.delist.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * report.html opened from disk in Debian's headless Chromium: the reviewer's sorting and filtering work, and
 * no hostile title ran. Skips without Chromium unless {@code -Ddelist.browser.required=true} (as in CI).
 */
class HtmlReportBrowserTests {

	@TempDir
	Path dir;

	@TempDir
	Path profile;

	ChromeDriver browser;

	@BeforeAll
	static void chromium() {
		Chromium.require();
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void shouldSortAndFilterWithoutRunningHostileTitles() throws Exception {
		// given
		open(report(), true);

		// then nothing a title carried ran or became an element
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> this.browser.switchTo().alert());
		assertThat(this.browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
		assertThat(this.browser.findElements(By.cssSelector("#candidates-table img"))).isEmpty();
		assertThat(this.browser.findElements(By.tagName("script"))).hasSize(1);
		List<String> titles = texts("#candidates-table td.title a bdi");
		assertThat(titles).contains("<script>window.__pwned=1</script>", "\"><img src=x onerror=\"window.__pwned=1\">");
		// our own script did run: the CSP hash admits it and it revealed the filters
		WebElement filters = this.browser.findElement(By.cssSelector("form.filters"));
		assertThat(filters.isDisplayed()).isTrue();

		// when sorting by score, descending then ascending
		this.browser.findElement(By.cssSelector("#candidates-table th[data-sort=score]")).click();
		List<Double> descending = scores();
		this.browser.findElement(By.cssSelector("#candidates-table th[data-sort=score]")).click();
		List<Double> ascending = scores();

		// then
		assertThat(descending).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(ascending).isSortedAccordingTo(Double::compare).hasSize(descending.size());
		assertThat(ascending.get(0)).isLessThan(descending.get(0));

		// when filtering by tier, then also by country
		new Select(this.browser.findElement(By.cssSelector("select[data-filter=tier]"))).selectByValue("LIKELY");
		List<WebElement> likely = visibleRows();
		new Select(this.browser.findElement(By.cssSelector("select[data-filter=country]"))).selectByValue("gb");
		List<WebElement> likelyInGb = visibleRows();

		// then
		long expectedLikely = Reports.hostile().stream().filter((c) -> c.tier().equals("LIKELY")).count();
		assertThat(likely).hasSize((int) expectedLikely)
			.allSatisfy((row) -> assertThat(row.getAttribute("data-tier")).isEqualTo("LIKELY"));
		assertThat(likelyInGb).isNotEmpty()
			.hasSizeLessThan(likely.size())
			.allSatisfy((row) -> assertThat(row.getAttribute("data-country")).isEqualTo("gb"));
		assertThat(this.browser.findElement(By.cssSelector("form.filters .shown")).getText())
			.isEqualTo(likelyInGb.size() + " of " + Reports.HOSTILE.size() + " shown");
		assertThat(this.browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
	}

	@Test
	void shouldReadFineWithoutJavaScript() throws Exception {
		// given
		open(report(), false);

		// then every row is there, the filters (which need the script) stay hidden, and the banner shows
		assertThat(visibleRows()).hasSize(Reports.HOSTILE.size());
		assertThat(this.browser.findElement(By.cssSelector("form.filters")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector(".incomplete")).getText()).contains("INCOMPLETE");
		assertThat(this.browser.findElement(By.cssSelector("svg.chart")).isDisplayed()).isTrue();
	}

	private Path report() throws Exception {
		StoreReport report = Reports.report(Reports.hostile(), false);
		HtmlReportWriter.write(ReportHead.of(report, Reports.history()), ReportRows.of(report), this.dir, 1000);
		return this.dir.resolve("report.html");
	}

	private void open(Path page, boolean javaScript) {
		this.browser = javaScript ? Chromium.start(this.profile)
				: Chromium.start(this.profile, "--blink-settings=scriptEnabled=false");
		this.browser.get(page.toUri().toString());
	}


	private List<WebElement> visibleRows() {
		return this.browser.findElements(By.cssSelector("#candidates-table tbody tr"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
	}

	private List<Double> scores() {
		List<Double> scores = new ArrayList<>();
		for (WebElement row : this.browser.findElements(By.cssSelector("#candidates-table tbody tr"))) {
			scores.add(Double.parseDouble(row.getAttribute("data-score")));
		}
		return scores;
	}

	private List<String> texts(String css) {
		return this.browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
