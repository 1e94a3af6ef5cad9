package dev.delist.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A store that, once asked to, holds every answer until the test lets go: a run stays in progress, holding the
 * job lock, exactly as long as the test needs it to.
 */
public final class HeldAnswers implements ResponseDefinitionTransformerV2 {

	private volatile CountDownLatch release = new CountDownLatch(0);

	private volatile CountDownLatch asked = new CountDownLatch(1);

	/** From now on, answers wait for {@link #release()}. */
	public void hold() {
		this.asked = new CountDownLatch(1);
		this.release = new CountDownLatch(1);
	}

	public void release() {
		this.release.countDown();
	}

	/** Waits for the first request to reach the store since {@link #hold()}. */
	public void awaitRequest() throws InterruptedException {
		if (!this.asked.await(60, TimeUnit.SECONDS)) {
			throw new AssertionError("the store was never asked");
		}
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		this.asked.countDown();
		try {
			// bounded, so a failing test never leaves a server thread waiting forever
			this.release.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return serveEvent.getResponseDefinition();
	}

	@Override
	public String getName() {
		return "held-answers";
	}

}
