package dev.delist.report;

import java.io.IOException;
import java.io.Writer;

/** The candidates of an HTML report as a table a reviewer can sort and filter, with all the evidence inline. */
final class CandidateTable {

	private CandidateTable() {
	}

	static void open(String id, boolean filters, Writer out) throws IOException {
		if (filters) {
			// hidden until the script fills it in: without JavaScript there is nothing to filter with
			out.write("<form class=\"filters\" data-table=\"" + id + "\" hidden>Filter this page: "
					+ "<select data-filter=\"tier\" aria-label=\"tier\"><option value=\"\">every tier</option></select> "
					+ "<select data-filter=\"entry\" aria-label=\"list entry\"><option value=\"\">every list entry</option></select> "
					+ "<select data-filter=\"change\" aria-label=\"change\"><option value=\"\">every change</option></select> "
					+ "<select data-filter=\"country\" aria-label=\"country\"><option value=\"\">every country</option></select> "
					+ "<span class=\"shown\"></span></form>\n");
		}
		out.write("<table id=\"" + id + "\" class=\"candidates\"><thead><tr>"
				+ "<th data-sort=\"tier\">Tier</th><th data-sort=\"score\">Score</th><th data-sort=\"change\">Change</th>"
				+ "<th data-sort=\"country\">Storefronts</th><th>Listing</th><th>Identifiers</th><th>Developer</th>"
				+ "<th data-sort=\"entry\">List entry</th><th>Evidence</th></tr></thead><tbody>\n");
	}

	static void close(Writer out) throws IOException {
		out.write("</tbody></table>\n");
	}

	/** One app and list entry: its storefronts listed together, the strongest row's evidence shown. */
	static void row(AppGroups group, Writer out) throws IOException {
		StoreReport.CandidateInfo c = group.first();
		String entry = c.entry().listId() + "/" + c.entry().entryId();
		String countries = String.join(" ", group.countries());
		out.write("<tr data-tier=\"" + Html.text(c.tier()) + "\" data-score=\"" + c.score() + "\" data-change=\""
				+ Html.text(c.change()) + "\" data-country=\"" + Html.text(countries) + "\" data-entry=\""
				+ Html.text(entry) + "\">");
		out.write("<td class=\"tier " + Html.text(c.tier()) + "\">" + Html.text(c.tier()) + "</td><td>" + c.score()
				+ "</td><td>" + Html.text(c.change()) + "</td><td class=\"storefronts\">" + storefronts(group)
				+ "</td>");
		out.write("<td class=\"title\">" + Html.link(c.url(), c.title()) + "<br><small>" + Html.isolated(c.url())
				+ "</small></td>");
		out.write("<td><dl><dt>app id</dt><dd>" + Html.isolated(c.appId()) + "</dd>"
				+ ((c.bundleId() != null) ? "<dt>bundle id</dt><dd>" + Html.isolated(c.bundleId()) + "</dd>" : "")
				+ "<dt>candidate</dt><dd><code>" + Html.text(c.id()) + "</code></dd></dl></td>");
		out.write("<td><dl><dt>developer</dt><dd>" + Html.isolated(c.developerName()) + "</dd>"
				+ ((c.developerId() != null) ? "<dt>developer id</dt><dd>" + Html.isolated(c.developerId()) + "</dd>" : "")
				+ ((c.legalName() != null) ? "<dt>legal name</dt><dd>" + Html.isolated(c.legalName()) + "</dd>" : "")
				+ "</dl></td>");
		out.write("<td>" + Html.isolated(c.entry().name()) + "<br><small>" + Html.text(entry)
				+ ((c.entry().jurisdiction() != null)
						? "; binds in " + Html.text(String.join(", ", c.entry().jurisdiction())) : "")
				+ "</small></td><td><ul>");
		for (StoreReport.ReasonInfo reason : c.reasons()) {
			out.write("<li><b>" + Html.text(reason.code()) + "</b> (" + reason.score() + "): "
					+ Html.isolated(reason.explanation()) + "<br><small>" + Html.text(reason.field()) + ": "
					+ Html.isolated(reason.listingValue()) + " ~ " + Html.isolated(reason.listValue())
					+ "</small></li>");
		}
		out.write("</ul></td></tr>\n");
	}

	/** "in, us"; a storefront whose tier or change differs from the first row's says so. */
	private static String storefronts(AppGroups group) {
		StoreReport.CandidateInfo first = group.first();
		StringBuilder html = new StringBuilder();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (StoreReport.CandidateInfo row : group.rows()) {
			if (!seen.add(row.country())) {
				continue;
			}
			html.append(html.isEmpty() ? "" : ", ").append(Html.text(row.country()));
			if (!row.tier().equals(first.tier()) || !row.change().equals(first.change())) {
				html.append(" <small>(").append(Html.text(row.tier())).append(", ").append(Html.text(row.change()))
					.append(")</small>");
			}
		}
		return html.toString();
	}

}
