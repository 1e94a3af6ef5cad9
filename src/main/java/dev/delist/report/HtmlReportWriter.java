package dev.delist.report;

import dev.delist.gate.StoreHealth;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
			writeStorefronts(head.counts(), out);
			for (Section section : Section.values()) {
				files.addAll(section(head, rows, section, dir, pageSize, out));
			}
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

	/** The HTML sections, in page order: each match is in exactly one. */
	enum Section {

		TAKEDOWN(ReportRows.Scope.TAKEDOWN, "candidates", "Takedown candidates", null),
		REVIEW(ReportRows.Scope.REVIEW, "review", "Matches for review",
				"In force and in the list's jurisdiction, but the evidence is only POSSIBLE (a generic name, a title "
						+ "without the listed ids or developer, an unverified id) or points at another app of a listed "
						+ "developer: check them before acting; they are not takedown candidates."),
		OUTSIDE_JURISDICTION(ReportRows.Scope.OUTSIDE_JURISDICTION, "outside-jurisdiction",
				"Matched outside the list's jurisdiction",
				"These storefronts are not where the list binds: shown for reference, not takedown candidates."),
		NOT_IN_FORCE(ReportRows.Scope.NOT_IN_FORCE, "not-in-force", "Matches against lists not in force on the run date",
				"These rest on lists or entries that were not in force on the run date: shown for reference, not "
						+ "takedown candidates.");

		final ReportRows.Scope scope;

		final String stem;

		final String heading;

		final String note;

		Section(ReportRows.Scope scope, String stem, String heading, String note) {
			this.scope = scope;
			this.stem = stem;
			this.heading = heading;
			this.note = note;
		}

	}

	private static List<String> section(ReportHead head, ReportRows rows, Section section, Path dir, int pageSize,
			Writer out) throws IOException {
		String stem = section.stem;
		String heading = section.heading;
		long total = head.counts().groups(section.scope);
		long storefronts = head.counts().rows(section.scope);
		int pages = PagedTable.pages(total, pageSize);
		out.write("<h2 id=\"" + stem + "\">" + heading + " (" + total + ((storefronts != total)
				? " apps and entries, " + storefronts + " storefront matches" : "") + ")</h2>\n");
		if (section.note != null) {
			out.write("<p class=\"note\">" + Html.text(section.note.replace("the run date", head.run().runDate()))
					+ "</p>\n");
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
		PagedTable<AppGroups> table = new PagedTable<>(out, dir, stem, pageSize, frame, CandidateTable::row);
		AppGroups.Collector groups = new AppGroups.Collector(table);
		rows.candidates(section.scope, groups);
		groups.flush();
		return table.finish();
	}

	private static void writeLists(List<StoreReport.ListInfo> lists, Writer out) throws IOException {
		out.write("<h2>Lists and their legal status on the run date</h2>\n<table class=\"lists\"><thead><tr>"
				+ "<th>List</th><th>Version</th><th>Authority</th><th>Citation</th><th>Status</th>"
				+ "<th>In force</th><th>Effective</th><th>Binds in</th><th>Entries</th><th>SHA-256</th></tr></thead>"
				+ "<tbody>\n");
		for (StoreReport.ListInfo list : lists) {
			out.write("<tr><td>" + Html.text(list.id()) + "</td><td>" + Html.text(list.version()) + "</td><td>"
					+ Html.text(list.authority()) + "</td><td>" + Html.text(list.citation()) + "</td><td>"
					+ Html.text(list.status()) + "</td><td>" + (list.inForceOnRunDate() ? "yes" : "<b>no</b>")
					+ "</td><td>" + Html.text(effective(list)) + "</td><td>"
					+ Html.text(String.join(", ", list.jurisdiction())) + "</td><td>"
					+ (list.entriesComplete() ? "complete"
							: "<b>incomplete</b>: only the entries that are public; the order has more")
					+ "</td><td><code title=\"" + Html.text(list.sha256())
					+ "\">" + Html.text(list.sha256().substring(0, Math.min(12, list.sha256().length())))
					+ "</code></td></tr>\n");
		}
		out.write("</tbody></table>\n");
	}

	/** Per storefront: how many of its matches fall in each section. */
	private static void writeStorefronts(ReportHead.Counts counts, Writer out) throws IOException {
		out.write("<h2 id=\"storefronts\">Summary by storefront</h2>\n");
		if (counts.byCountry().isEmpty()) {
			out.write("<p class=\"none\">No matches.</p>\n");
			return;
		}
		out.write("<table class=\"storefronts\"><thead><tr><th>Storefront</th>");
		for (Section section : Section.values()) {
			out.write("<th>" + Html.text(section.heading) + "</th>");
		}
		out.write("</tr></thead><tbody>\n");
		for (Map.Entry<String, Map<ReportRows.Scope, Long>> country : counts.byCountry().entrySet()) {
			out.write("<tr><td>" + Html.text(country.getKey()) + "</td>");
			for (Section section : Section.values()) {
				out.write("<td>" + country.getValue().getOrDefault(section.scope, 0L) + "</td>");
			}
			out.write("</tr>\n");
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
