package dev.delist.cli;

/** The exit codes operators and schedulers rely on (DESIGN.md). */
public final class ExitCodes {

	/** The run completed and its health gate passed. */
	public static final int COMPLETE = 0;

	/** The run failed; restart it with {@code delist restart <executionId>}. */
	public static final int FAILED = 1;

	/** Bad usage, configuration or input: one message names the problem; nothing started. */
	public static final int BAD_INPUT = 2;

	/** The run finished but the health gate failed: reports are written and marked INCOMPLETE. */
	public static final int INCOMPLETE = 3;

	private ExitCodes() {
	}

}
