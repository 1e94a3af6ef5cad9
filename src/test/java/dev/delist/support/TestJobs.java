package dev.delist.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the test job definitions ({@code src/test/resources/jobs}) into a directory a test may change. */
public final class TestJobs {

	private TestJobs() {
	}

	public static Path copyTo(Path dir) throws IOException {
		Path jobs = dir.resolve("jobs");
		Files.createDirectories(jobs.resolve("lists"));
		copy("jobs/nightly.yaml", jobs.resolve("nightly.yaml"));
		copy("jobs/lists/test-apps.yaml", jobs.resolve("lists/test-apps.yaml"));
		return jobs;
	}

	/** The test jobs with {@code nightly.yaml} replaced by the test's own job definition. */
	public static Path copyTo(Path dir, String nightlyYaml) throws IOException {
		Path jobs = copyTo(dir);
		Files.writeString(jobs.resolve("nightly.yaml"), nightlyYaml);
		return jobs;
	}

	private static void copy(String resource, Path target) throws IOException {
		try (InputStream in = TestJobs.class.getClassLoader().getResourceAsStream(resource)) {
			Files.copy(in, target);
		}
	}

}
