package dev.delist.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for the browser tests, never downloaded: {@link #require()} skips a test class
 * without it unless {@code -Ddelist.browser.required=true} (as in CI) makes its absence a failure.
 */
public final class Chromium {

	private static final Path BINARY = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	/** Call from {@code @BeforeAll}. */
	public static void require() {
		boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
		if (!installed && Boolean.getBoolean("delist.browser.required")) {
			fail("delist.browser.required is set but " + BINARY + " or " + DRIVER + " is missing");
		}
		assumeTrue(installed, "no Chromium: apt-get install chromium chromium-driver");
		// never let Selenium Manager look for (or download) a driver or browser
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		System.setProperty("se.offline", "true");
	}

	/** A headless browser with its own profile directory and the given extra switches. */
	public static ChromeDriver start(Path profile, String... switches) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run", "--user-data-dir=" + profile));
		arguments.addAll(Arrays.asList(switches));
		options.addArguments(arguments);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(DRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return browser;
	}

}
