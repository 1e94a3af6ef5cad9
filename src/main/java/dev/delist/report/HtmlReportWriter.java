package dev.delist.report;

import dev.delist.gate.StoreHealth;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code report.html}: the page a store's reviewers open. Everything from the store is escaped and
 * direction-isolated; the page loads nothing from the network, reads fine without JavaScript, and its CSP allows
 * only its own script, so even a missed escape could not run code. Long tables continue on numbered static
 * pages beside it ({@code candidates-2.html}, {@code not-in-force-2.html}, ...).
 */
final class HtmlReportWriter {

	static final int DEFAULT_PAGE_SIZE = 1000;

	private HtmlReportWriter() {
	}

	/** @return the names of the files written in {@code dir}, report.html first */
	static List<String> write(ReportHead head, ReportRows rows, Path dir, int pageSize) throws IOException {
		List<String> files = new ArrayList<>(List.of("report.html"));
		ReportFiles.Partial main = ReportFiles.open(dir.resolve("report.html"));
		try {
			Writer out = main.writer();
			HtmlPage.open(out, "delist " + head.store() + " report, run " + head.run().executionId());
			out.write("<h1>Takedown candidates: " + Html.text(head.store()) + "</h1>\n");
			HtmlPage.meta(head, out);
			HtmlPage.banner(head, out);
			writeLists(head.lists(), out);
			writeHealth(head.health(), out);
			TierChart.write(head.history(), out);
			out.write("<p class=\"note\">Tables longer than " + pageSize + " rows continue on further pages, linked "
					+ "above each table. Sorting and filtering apply to the rows of one page; candidates.csv and "
					+ "report.json hold every row.</p>\n");
			files.addAll(section(head, rows, ReportRows.Scope.IN_FORCE, dir, pageSize, out));
			files.addAll(section(head, rows, ReportRows.Scope.NOT_IN_FORCE, dir, pageSize, out));
			writeResolved(head.counts().resolved(), rows, pageSize, out);
			out.write("<p class=\"meta\">Hidden by reviewer decisions: " + head.suppressedCount() + ".</p>\n");
			HtmlPage.close(out);
		}
		catch (IOException | RuntimeException ex) {
			main.abandon();
			throw ex;
		}
		main.commit();
		return files;
	}

	private static List<String> section(ReportHead head, ReportRows rows, ReportRows.Scope scope, Path dir,
			int pageSize, Writer out) throws IOException {
		boolean inForce = scope == ReportRows.Scope.IN_FORCE;
		String stem = inForce ? "candidates" : "not-in-force";
		String heading = inForce ? "Takedown candidates" : "Matches against lists not in force on the run date";
		long total = inForce ? head.counts().inForce() : head.counts().notInForce();
		int pages = PagedTable.pages(total, pageSize);
		out.write("<h2 id=\"" + stem + "\">" + heading + " (" + total + ")</h2>\n");
		if (!inForce) {
			out.write("<p class=\"note\">These rest on lists or entries that were not in force on "
					+ Html.text(head.run().runDate()) + ": they are shown for reference and are not takedown "
					+ "candidates.</p>\n");
		}
		if (total == 0) {
			out.write("<p class=\"none\">None.</p>\n");
			return List.of();
		}
		HtmlPage.nav(stem, pages, 1, out);
		PagedTable.Frame frame = new PagedTable.Frame() {

			@Override
			public void open(Writer page, int number) throws IOException {
				if (number > 1) {
					HtmlPage.open(page, "delist " + head.store() + " report, run " + head.run().executionId()
							+ ", " + heading.toLowerCase() + ", page " + number);
					page.write("<h1>" + heading + ": " + Html.text(head.store()) + ", page " + number + " of "
							+ pages + "</h1>\n<p class=\"meta\"><a href=\"report.html\">Back to the report</a></p>\n");
					HtmlPage.meta(head, page);
					HtmlPage.banner(head, page);
					HtmlPage.nav(stem, pages, number, page);
				}
				CandidateTable.open(stem + "-table", true, page);
			}

			@Override
			public void close(Writer page, int number) throws IOException {
				CandidateTable.close(page);
				if (number > 1) {
					HtmlPage.nav(stem, pages, number, page);
					HtmlPage.close(page);
				}
			}

		};
		PagedTable<StoreReport.CandidateInfo> table = new PagedTable<>(out, dir, stem, pageSize, frame,
				CandidateTable::row);
		rows.candidates(scope, table);
		return table.finish();
	}

	private static void writeLists(List<StoreReport.ListInfo> lists, Writer out) throws IOException {
		out.write("<h2>Lists and their legal status on the run date</h2>\n<table class=\"lists\"><thead><tr>"
				+ "<th>List</th><th>Version</th><th>Authority</th><th>Citation</th><th>Status</th>"
				+ "<th>In force</th><th>Effective</th><th>SHA-256</th></tr></thead><tbody>\n");
		for (StoreReport.ListInfo list : lists) {
			out.write("<tr><td>" + Html.text(list.id()) + "</td><td>" + Html.text(list.version()) + "</td><td>"
					+ Html.text(list.authority()) + "</td><td>" + Html.text(list.citation()) + "</td><td>"
					+ Html.text(list.status()) + "</td><td>" + (list.inForceOnRunDate() ? "yes" : "<b>no</b>")
					+ "</td><td>" + Html.text(effective(list)) + "</td><td><code title=\"" + Html.text(list.sha256())
					+ "\">" + Html.text(list.sha256().substring(0, Math.min(12, list.sha256().length())))
					+ "</code></td></tr>\n");
		}
		out.write("</tbody></table>\n");
	}

	/** "2021-02-19 to 2021-06-09", "from 2025-01-19", or "never in force". */
	static String effective(StoreReport.ListInfo list) {
		if (list.effectiveFrom() == null) {
			return "never in force";
		}
		return (list.effectiveUntil() != null) ? list.effectiveFrom() + " to " + list.effectiveUntil()
				: "from " + list.effectiveFrom();
	}

	private static void writeHealth(StoreHealth health, Writer out) throws IOException {
		out.write("<h2>Health</h2>\n<p class=\"health\">Gate <b>" + Html.text(health.gate()) + "</b>: "
				+ health.targets() + " targets, " + health.fetched() + " fetched, " + health.notFound()
				+ " not found, " + health.fetchErrors() + " fetch errors, " + health.parseFailures()
				+ " parse failures, " + health.blocked() + " blocked, " + health.requests() + " requests.</p>\n");
	}

	/** Why a row left; a listing the store took down says so, with what the store answered. */
	static String why(StoreReport.Resolved resolved) {
		if (resolved.removal() == null) {
			return resolved.why();
		}
		return resolved.why() + ": " + resolved.removal();
	}

	/** At most one page of resolved rows: they only say what left, and report.json lists them all. */
	private static void writeResolved(long total, ReportRows rows, int pageSize, Writer out) throws IOException {
		out.write("<h2>Resolved since the previous complete run (" + total + ")</h2>\n");
		if (total == 0) {
			return;
		}
		if (total > pageSize) {
			out.write("<p class=\"note\">The first " + pageSize + " are shown; report.json lists all " + total
					+ ".</p>\n");
		}
		out.write("<table class=\"resolved\"><thead><tr><th>Country</th><th>App id</th><th>List entry</th>"
				+ "<th>Why</th><th>Last seen in execution</th></tr></thead><tbody>\n");
		long[] shown = { 0 };
		rows.resolved((r) -> {
			if (shown[0]++ < pageSize) {
				out.write("<tr><td>" + Html.text(r.country()) + "</td><td>" + Html.isolated(r.appId()) + "</td><td>"
						+ Html.text(r.listId() + "/" + r.entryId()) + "</td><td>" + Html.text(why(r)) + "</td><td>"
						+ ((r.lastSeenExecutionId() != null) ? r.lastSeenExecutionId() : "") + "</td></tr>\n");
			}
		});
		out.write("</tbody></table>\n");
	}

}
