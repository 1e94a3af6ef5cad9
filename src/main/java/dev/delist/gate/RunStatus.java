package dev.delist.gate;

/**
 * The one verdict on a run, or on one store's part of it: the gate step decides it from the counts, and the
 * reports, the summary, {@code status} and the exit code all read it from there.
 */
public enum RunStatus {

	/** Everything the plan asked for was checked, within the job's tolerance. */
	COMPLETE,

	/** Something the plan asked for could not be checked: the reports say what and why. */
	INCOMPLETE;

	/** The word a store's health shows beside the status in {@code report.json} ({@code health.gate}). */
	public String gate() {
		return (this == COMPLETE) ? "PASSED" : "FAILED";
	}

	/** The exit code a job's exit status carries this verdict as ({@code COMPLETED} is Spring Batch's own). */
	public String exitCode() {
		return (this == COMPLETE) ? "COMPLETED" : name();
	}

	/** The verdict a finished job's exit code carries (a completed job without one is complete). */
	public static RunStatus ofExitCode(String exitCode) {
		return INCOMPLETE.name().equals(exitCode) ? INCOMPLETE : COMPLETE;
	}

	public static RunStatus allOf(Iterable<RunStatus> statuses) {
		for (RunStatus status : statuses) {
			if (status == INCOMPLETE) {
				return INCOMPLETE;
			}
		}
		return COMPLETE;
	}

}
