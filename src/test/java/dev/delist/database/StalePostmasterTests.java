package dev.delist.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stale-lock cleanup signals only our own orphaned server. The live process in these tests is a shell copied
 * to a file named {@code postgres} that waits for a {@code sleep}: a command that "contains postgres", which the
 * old check would have stopped whatever directory it served.
 */
@EnabledOnOs(OS.LINUX) // the checks read /proc
class StalePostmasterTests {

	@TempDir
	Path dir;

	Path dataDir;

	Path fakePostgres;

	Process dummy;

	@BeforeEach
	void setUp() throws Exception {
		this.dataDir = Files.createDirectory(this.dir.resolve("pg"));
		Path bin = Files.createDirectory(this.dir.resolve("bin"));
		this.fakePostgres = Files.copy(Path.of("/bin/sh"), bin.resolve("postgres"));
		this.fakePostgres.toFile().setExecutable(true);
	}

	@AfterEach
	void tearDown() throws Exception {
		if (this.dummy != null) {
			stop(this.dummy);
		}
	}

	@Test
	void shouldRefuseAndTouchNothingWhenTheFileNamesAnotherDataDirectory() throws Exception {
		// given: a "postgres" serving another directory, named by a postmaster.pid copied into ours
		Path other = Files.createDirectory(this.dir.resolve("other-server"));
		this.dummy = startFakePostgres(other);
		String content = pidFile(this.dummy.pid(), other);
		Files.writeString(this.dataDir.resolve("postmaster.pid"), content);

		// when / then
		assertThatThrownBy(() -> StalePostmaster.stopIfOrphaned(this.dataDir))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining(this.dataDir.resolve("postmaster.pid").toString())
			.hasMessageContaining("names the data directory '" + other + "'")
			.hasMessageContaining("process " + this.dummy.pid() + " is alive")
			.hasMessageContaining("touched nothing");
		assertUntouched(content);
	}

	@Test
	void shouldRefuseAndTouchNothingWhenTheLiveProcessIsNotAServerOnOurDirectory() throws Exception {
		// given: the file names our directory, but its pid now belongs to a "postgres" working elsewhere
		this.dummy = startFakePostgres(this.dir);
		String content = pidFile(this.dummy.pid(), this.dataDir);
		Files.writeString(this.dataDir.resolve("postmaster.pid"), content);

		// when / then
		assertThatThrownBy(() -> StalePostmaster.stopIfOrphaned(this.dataDir))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("names process " + this.dummy.pid() + ", which is alive but is not a PostgreSQL "
					+ "server on " + this.dataDir.toRealPath())
			.hasMessageContaining("touched nothing");
		assertUntouched(content);
	}

	@Test
	void shouldRefuseWhenThePidBelongsToAProcessThatIsNotPostgres() throws Exception {
		// given: a pid reused by an unrelated program working in our directory
		this.dummy = new ProcessBuilder("/bin/sleep", "600").directory(this.dataDir.toFile()).start();
		String content = pidFile(this.dummy.pid(), this.dataDir);
		Files.writeString(this.dataDir.resolve("postmaster.pid"), content);

		// when / then
		assertThatThrownBy(() -> StalePostmaster.stopIfOrphaned(this.dataDir))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("is not a PostgreSQL server")
			.hasMessageContaining("sleep");
		assertUntouched(content);
	}

	@Test
	void shouldStopOurOrphanedServer() throws Exception {
		// given: a "postgres" working in our data directory, as the postmaster does, named by our lock file
		this.dummy = startFakePostgres(this.dataDir);
		Files.writeString(this.dataDir.resolve("postmaster.pid"), pidFile(this.dummy.pid(), this.dataDir));

		// when
		StalePostmaster.stopIfOrphaned(this.dataDir);

		// then
		assertThat(this.dummy.isAlive()).isFalse();
		assertThat(this.dataDir.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void shouldRecogniseOurServerByItsDataDirectoryArgument() throws Exception {
		// given: a "postgres ... -D <our dir>" whose working directory is elsewhere, and one for another directory
		this.dummy = startFakePostgres(this.dir, "-D", this.dataDir.toString());
		Process other = startFakePostgres(this.dir, "-D", this.dir.toString());
		try {
			// then
			assertThat(StalePostmaster.isPostmasterOf(this.dummy.pid(), this.dataDir.toRealPath())).isTrue();
			assertThat(StalePostmaster.isPostmasterOf(other.pid(), this.dataDir.toRealPath())).isFalse();
		}
		finally {
			stop(other);
		}
	}

	@Test
	void shouldRemoveAFileWhoseProcessIsGone() throws Exception {
		// given: a pid that no longer runs
		Process gone = new ProcessBuilder("/bin/true").start();
		gone.waitFor(10, TimeUnit.SECONDS);
		Files.writeString(this.dataDir.resolve("postmaster.pid"), pidFile(gone.pid(), this.dataDir));

		// when
		StalePostmaster.stopIfOrphaned(this.dataDir);

		// then
		assertThat(this.dataDir.resolve("postmaster.pid")).doesNotExist();
	}

	/**
	 * The shell stays the process (it waits in a builtin), so its command line stays as given; stopped, it stops
	 * its sleep too.
	 */
	private Process startFakePostgres(Path workingDirectory, String... arguments) throws Exception {
		java.util.List<String> command = new java.util.ArrayList<>(
				java.util.List.of(this.fakePostgres.toString(), "-c", "trap 'kill $! 2>/dev/null; exit 0' TERM; sleep 600 & wait"));
		command.addAll(java.util.List.of(arguments));
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
		// once its sleep runs, its trap is set and stopping it cannot orphan a sleep started a moment later
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (process.children().findAny().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(process.isAlive()).isTrue();
		return process;
	}

	private static void stop(Process process) throws InterruptedException {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
	}

	private void assertUntouched(String content) throws Exception {
		assertThat(this.dummy.isAlive()).as("the live process was left alone").isTrue();
		assertThat(this.dataDir.resolve("postmaster.pid")).hasContent(content);
	}

	/** PostgreSQL's lock file: pid, data directory, start time, port, socket directory, listen address, ... */
	private static String pidFile(long pid, Path dataDir) {
		return pid + "\n" + dataDir + "\n1764374400\n5432\n/tmp\nlocalhost\n  5432001         0\nready   \n";
	}

}
