package dev.delist.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.HexFormat;

import dev.delist.config.Sha256;

/**
 * What every page of an HTML report shares: a Content-Security-Policy that allows nothing from the network and
 * only the one inline script (pinned by its hash), the status banner, and the links between pages.
 */
final class HtmlPage {

	static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-"
			+ Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Sha256.hex(HtmlAssets.SCRIPT)))
			+ "'; base-uri 'none'; form-action 'none'";

	private HtmlPage() {
	}

	static void open(Writer out, String title) throws IOException {
		out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n");
		out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
		out.write("<title>" + Html.text(title) + "</title>\n");
		out.write("<style>" + HtmlAssets.STYLE + "</style>\n</head>\n<body>\n");
	}

	static void close(Writer out) throws IOException {
		out.write("<script>" + HtmlAssets.SCRIPT + "</script>\n</body>\n</html>\n");
	}

	static void meta(ReportHead head, Writer out) throws IOException {
		StoreReport.RunInfo run = head.run();
		out.write("<p class=\"meta\">Job <b>" + Html.text(run.job()) + "</b>, run date <b>" + Html.text(run.runDate())
				+ "</b>, execution " + run.executionId() + ", started " + Html.text(run.startedAt()) + ", finished "
				+ Html.text(run.finishedAt()) + ". Countries: " + Html.text(String.join(", ", run.countries()))
				+ ". Matcher " + Html.text(run.matcherVersion()) + ". Compared with "
				+ ((run.previousExecutionId() != null) ? "execution " + run.previousExecutionId()
						: "no earlier complete run")
				+ ".</p>\n");
	}

	/** On every page, so that no page of an incomplete run can be read as "nothing found". */
	static void banner(ReportHead head, Writer out) throws IOException {
		if (head.complete()) {
			out.write("<p class=\"complete\">COMPLETE: every target was checked within the job's tolerance.</p>\n");
			return;
		}
		out.write("<div class=\"incomplete\" role=\"alert\"><h2>INCOMPLETE: do not read this report as "
				+ "\"nothing found\"</h2>\n<p>The run could not see everything it was meant to check:</p>\n<ul>\n");
		for (String reason : head.health().reasons()) {
			out.write("<li>" + Html.isolated(reason) + "</li>\n");
		}
		out.write("</ul></div>\n");
	}

	/** Links to every page of a paged table; plain links, so paging works without JavaScript. */
	static void nav(String stem, int pages, int current, Writer out) throws IOException {
		if (pages <= 1) {
			return;
		}
		out.write("<nav class=\"pages\" aria-label=\"pages\">Pages:");
		for (int page = 1; page <= pages; page++) {
			String name = PagedTable.fileName(stem, page);
			String target = (page == 1) ? name + "#" + stem : name;
			out.write((page == current) ? " <b aria-current=\"page\">" + page + "</b>"
					: " <a href=\"" + Html.text(target) + "\">" + page + "</a>");
		}
		out.write("</nav>\n");
	}

}
