package dev.delist.web;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import dev.delist.support.Cli;
import dev.delist.support.DelistProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code delist serve} as an operator starts it: in a JVM of its own, on the embedded database by default. While
 * it holds that database, a second command refuses (exit 2) naming it, and the server's address to share.
 */
class ServeProcessTests {

	@TempDir
	Path dir;

	@Test
	void shouldServeHealthOnTheEmbeddedDatabaseAndMakeASecondCommandNameIt() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path output = this.dir.resolve("serve.txt");
		Process serve = DelistProcess.start(this.dir, output, "serve", "--server.port=" + port);
		try {
			awaitListening(output, serve);
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());

			Cli.Result status = DelistProcess.run(this.dir, "status");

			assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
			assertThat(Files.readString(output)).contains("delist serve: listening on http://localhost:" + port + "/");
			assertThat(status.exitCode()).as(status.toString()).isEqualTo(2);
			assertThat(status.err().strip()).startsWith("delist: the embedded database in ")
				.contains("is in use by `delist serve` (pid " + serve.pid() + ")")
				.containsPattern("--spring.datasource.url=jdbc:postgresql://localhost:\\d+/postgres");
			assertThat(status.err().lines()).hasSize(1);
		}
		finally {
			serve.destroy();
			assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		// stopped by SIGTERM (128 + 15), having closed the database cleanly: its note is withdrawn
		assertThat(serve.exitValue()).as(Files.readString(output)).isEqualTo(143);
		assertThat(Files.readString(output)).doesNotContain("Exception");
		assertThat(this.dir.resolve(".delist/pg.holder")).doesNotExist();
	}

	private static void awaitListening(Path output, Process serve) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(until)) {
			if (Files.exists(output) && Files.readString(output).contains("listening on")) {
				return;
			}
			if (!serve.isAlive()) {
				throw new IllegalStateException("serve ended: " + Files.readString(output));
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("serve did not listen in 90 s: " + Files.readString(output));
	}

}
