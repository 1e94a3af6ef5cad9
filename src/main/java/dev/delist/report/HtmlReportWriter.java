package dev.delist.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.List;

import dev.delist.config.Sha256;

/**
 * {@code report.html}: one self-contained page for a store's reviewers. Everything from the store is escaped
 * and direction-isolated; the page loads nothing from the network, reads fine without JavaScript, and its
 * Content-Security-Policy allows only its own script, so even a missed escape could not run code.
 */
final class HtmlReportWriter {

	private static final String SCRIPT = HtmlAssets.SCRIPT;

	private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-"
			+ Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(Sha256.hex(SCRIPT))) + "'";

	private HtmlReportWriter() {
	}

	static void write(StoreReport report, Writer out) throws IOException {
		StoreReport.RunInfo run = report.run();
		out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n");
		out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
		out.write("<title>delist " + Html.text(report.store()) + " report, run " + run.executionId() + "</title>\n");
		out.write("<style>" + HtmlAssets.STYLE + "</style>\n</head>\n<body>\n");
		out.write("<h1>Takedown candidates: " + Html.text(report.store()) + "</h1>\n");
		out.write("<p class=\"meta\">Job <b>" + Html.text(run.job()) + "</b>, run date <b>" + run.runDate()
				+ "</b>, execution " + run.executionId() + ", started " + run.startedAt() + ", finished "
				+ run.finishedAt() + ". Countries: " + Html.text(String.join(", ", run.countries())) + ". Matcher "
				+ Html.text(run.matcherVersion()) + ". Compared with "
				+ ((run.previousExecutionId() != null) ? "execution " + run.previousExecutionId() : "no earlier complete run")
				+ ".</p>\n");
		writeBanner(report, out);
		writeLists(report.lists(), out);
		writeHealth(report.health(), out);
		List<StoreReport.CandidateInfo> inForce = report.candidates().stream().filter((c) -> c.entry().inForce()).toList();
		List<StoreReport.CandidateInfo> notInForce = report.candidates()
			.stream()
			.filter((c) -> !c.entry().inForce())
			.toList();
		out.write("<h2 id=\"candidates\">Takedown candidates (" + inForce.size() + ")</h2>\n");
		CandidateTable.write(inForce, "candidates-table", true, out);
		out.write("<h2>Matches against lists not in force on the run date (" + notInForce.size() + ")</h2>\n");
		out.write("<p class=\"note\">These rest on lists or entries that were not in force on " + run.runDate()
				+ ": they are shown for reference and are not takedown candidates.</p>\n");
		CandidateTable.write(notInForce, "not-in-force-table", false, out);
		writeResolved(report.resolved(), out);
		out.write("<p class=\"meta\">Hidden by reviewer decisions: " + report.suppressedCount() + ".</p>\n");
		out.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
	}

	private static void writeBanner(StoreReport report, Writer out) throws IOException {
		if (report.complete()) {
			out.write("<p class=\"complete\">COMPLETE: every target was checked within the job's tolerance.</p>\n");
			return;
		}
		out.write("<div class=\"incomplete\" role=\"alert\"><h2>INCOMPLETE: do not read this report as "
				+ "\"nothing found\"</h2>\n<p>The run could not see everything it was meant to check:</p>\n<ul>\n");
		for (String reason : report.health().reasons()) {
			out.write("<li>" + Html.isolated(reason) + "</li>\n");
		}
		out.write("</ul></div>\n");
	}

	private static void writeLists(List<StoreReport.ListInfo> lists, Writer out) throws IOException {
		out.write("<h2>Lists and their legal status on the run date</h2>\n<table class=\"lists\"><thead><tr>"
				+ "<th>List</th><th>Version</th><th>Authority</th><th>Citation</th><th>Status</th>"
				+ "<th>In force</th><th>Effective</th><th>SHA-256</th></tr></thead><tbody>\n");
		for (StoreReport.ListInfo list : lists) {
			out.write("<tr><td>" + Html.text(list.id()) + "</td><td>" + Html.text(list.version()) + "</td><td>"
					+ Html.text(list.authority()) + "</td><td>" + Html.text(list.citation()) + "</td><td>"
					+ Html.text(list.status()) + "</td><td>" + (list.inForceOnRunDate() ? "yes" : "<b>no</b>")
					+ "</td><td>" + Html.text(list.effectiveFrom()) + " to "
					+ ((list.effectiveUntil() != null) ? Html.text(list.effectiveUntil()) : "") + "</td><td><code>"
					+ Html.text(list.sha256().substring(0, 12)) + "</code></td></tr>\n");
		}
		out.write("</tbody></table>\n");
	}

	private static void writeHealth(StoreReport.Health health, Writer out) throws IOException {
		out.write("<h2>Health</h2>\n<p class=\"health\">Gate <b>" + health.gate() + "</b>: " + health.targets()
				+ " targets, " + health.fetched() + " fetched, " + health.notFound() + " not found, "
				+ health.fetchErrors() + " fetch errors, " + health.parseFailures() + " parse failures, "
				+ health.blocked() + " blocked, " + health.requests() + " requests.</p>\n");
	}

	private static void writeResolved(List<StoreReport.Resolved> resolved, Writer out) throws IOException {
		out.write("<h2>Resolved since the previous complete run (" + resolved.size() + ")</h2>\n");
		if (resolved.isEmpty()) {
			return;
		}
		out.write("<table><thead><tr><th>Country</th><th>App id</th><th>List entry</th><th>Why</th></tr></thead>"
				+ "<tbody>\n");
		for (StoreReport.Resolved r : resolved) {
			out.write("<tr><td>" + Html.text(r.country()) + "</td><td>" + Html.isolated(r.appId()) + "</td><td>"
					+ Html.text(r.listId() + "/" + r.entryId()) + "</td><td>" + r.why() + "</td></tr>\n");
		}
		out.write("</tbody></table>\n");
	}

}
