package dev.delist.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * {@code delist serve}: the reviewers' workbench on {@code server.port}, on the same database as the batch
 * commands, until the process is stopped (SIGTERM stops a scheduled run at a chunk boundary first).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Starts the reviewers' workbench: the queue, decisions with four eyes, runs, export, and a "
				+ "JSON API (port: --server.port=8080).",
				"Add users first: delist users add NAME --role viewer|reviewer|approver|admin." })
class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	private final SpringContext spring;

	ServeCommand(SpringContext spring) {
		this.spring = spring;
	}

	@Override
	public Integer call() throws InterruptedException {
		SpringContext.Started started = this.spring.serve();
		int port = ((WebServerApplicationContext) started.context()).getWebServer().getPort();
		this.spec.commandLine().getOut().printf("delist serve: listening on http://localhost:%d/%n", port);
		CountDownLatch closed = new CountDownLatch(1);
		started.context().addApplicationListener(
				(org.springframework.context.ApplicationListener<org.springframework.context.event.ContextClosedEvent>) event -> closed
					.countDown());
		if (!started.context().isActive()) {
			return ExitCodes.COMPLETE;
		}
		closed.await();
		return ExitCodes.COMPLETE;
	}

}
