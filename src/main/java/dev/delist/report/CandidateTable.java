package dev.delist.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The candidates of an HTML report as a table a reviewer can sort and filter, with all the evidence inline. */
final class CandidateTable {

	private CandidateTable() {
	}

	static void write(List<StoreReport.CandidateInfo> candidates, String id, boolean filters, Writer out)
			throws IOException {
		if (candidates.isEmpty()) {
			out.write("<p class=\"none\">None.</p>\n");
			return;
		}
		if (filters) {
			out.write("<form class=\"filters\" data-table=\"" + id + "\" hidden>Filter: "
					+ "<select data-filter=\"tier\"><option value=\"\">every tier</option></select> "
					+ "<select data-filter=\"entry\"><option value=\"\">every list entry</option></select> "
					+ "<select data-filter=\"change\"><option value=\"\">every change</option></select> "
					+ "<select data-filter=\"country\"><option value=\"\">every country</option></select> "
					+ "<span class=\"shown\"></span></form>\n");
		}
		out.write("<table id=\"" + id + "\" class=\"candidates\"><thead><tr>"
				+ "<th data-sort=\"tier\">Tier</th><th data-sort=\"score\">Score</th><th data-sort=\"change\">Change</th>"
				+ "<th data-sort=\"country\">Country</th><th>Listing</th><th>Identifiers</th><th>Developer</th>"
				+ "<th data-sort=\"entry\">List entry</th><th>Evidence</th></tr></thead><tbody>\n");
		for (StoreReport.CandidateInfo c : candidates) {
			writeRow(c, out);
		}
		out.write("</tbody></table>\n");
	}

	private static void writeRow(StoreReport.CandidateInfo c, Writer out) throws IOException {
		String entry = c.entry().listId() + "/" + c.entry().entryId();
		out.write("<tr data-tier=\"" + Html.text(c.tier()) + "\" data-score=\"" + c.score() + "\" data-change=\""
				+ Html.text(c.change()) + "\" data-country=\"" + Html.text(c.country()) + "\" data-entry=\""
				+ Html.text(entry) + "\">");
		out.write("<td class=\"tier " + Html.text(c.tier()) + "\">" + Html.text(c.tier()) + "</td><td>" + c.score()
				+ "</td><td>" + Html.text(c.change()) + "</td><td>" + Html.text(c.country()) + "</td>");
		out.write("<td class=\"title\">" + Html.link(c.url(), c.title()) + "</td>");
		out.write("<td><dl><dt>app id</dt><dd>" + Html.isolated(c.appId()) + "</dd>"
				+ ((c.bundleId() != null) ? "<dt>bundle id</dt><dd>" + Html.isolated(c.bundleId()) + "</dd>" : "")
				+ "</dl></td>");
		out.write("<td><dl><dt>developer</dt><dd>" + Html.isolated(c.developerName()) + "</dd>"
				+ ((c.developerId() != null) ? "<dt>developer id</dt><dd>" + Html.isolated(c.developerId()) + "</dd>" : "")
				+ ((c.legalName() != null) ? "<dt>legal name</dt><dd>" + Html.isolated(c.legalName()) + "</dd>" : "")
				+ "</dl></td>");
		out.write("<td>" + Html.text(c.entry().name()) + "<br><small>" + Html.text(entry) + "</small></td><td><ul>");
		for (StoreReport.ReasonInfo reason : c.reasons()) {
			out.write("<li><b>" + Html.text(reason.code()) + "</b> (" + reason.score() + "): "
					+ Html.isolated(reason.explanation()) + "</li>");
		}
		out.write("</ul></td></tr>\n");
	}

}
