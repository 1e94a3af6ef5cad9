package dev.delist.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Takedown candidates per tier over the job's recent runs, as inline SVG: drawn on the server, so it needs
 * neither the network nor JavaScript, and every label is escaped text.
 */
final class TierChart {

	static final String[] TIERS = { "CONFIRMED", "LIKELY", "POSSIBLE" };

	private static final String[] COLOURS = { "#b00020", "#c77700", "#3b5bdb" };

	private static final int WIDTH = 640;

	private static final int HEIGHT = 200;

	private static final int LEFT = 48;

	private static final int RIGHT = 120;

	private static final int TOP = 12;

	private static final int BOTTOM = 28;

	private TierChart() {
	}

	static void write(List<ReportHead.TierPoint> runs, Writer out) throws IOException {
		out.write("<h2>Takedown candidates per tier, last " + runs.size() + " runs of the job</h2>\n");
		if (runs.isEmpty()) {
			out.write("<p class=\"none\">No runs yet.</p>\n");
			return;
		}
		long max = Math.max(1, runs.stream()
			.flatMap((run) -> run.byTier().values().stream())
			.mapToLong(Long::longValue)
			.max()
			.orElse(1));
		ReportHead.TierPoint last = runs.get(runs.size() - 1);
		out.write("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
				+ HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\""
				+ Html.text(summary(last)) + "\">\n");
		int plotRight = WIDTH - RIGHT;
		int plotBottom = HEIGHT - BOTTOM;
		out.write(line(LEFT, TOP, LEFT, plotBottom) + line(LEFT, plotBottom, plotRight, plotBottom));
		out.write(text(LEFT - 6, TOP + 10, "end", String.valueOf(max)) + text(LEFT - 6, plotBottom, "end", "0"));
		out.write(text(LEFT, HEIGHT - 8, "start", runs.get(0).runDate())
				+ ((runs.size() > 1) ? text(plotRight, HEIGHT - 8, "end", last.runDate()) : ""));
		for (int t = 0; t < TIERS.length; t++) {
			StringBuilder points = new StringBuilder();
			StringBuilder dots = new StringBuilder();
			for (int i = 0; i < runs.size(); i++) {
				ReportHead.TierPoint run = runs.get(i);
				long n = run.byTier().getOrDefault(TIERS[t], 0L);
				double x = (runs.size() == 1) ? (LEFT + plotRight) / 2.0
						: LEFT + (plotRight - LEFT) * (double) i / (runs.size() - 1);
				double y = plotBottom - (plotBottom - TOP) * (double) n / max;
				points.append(format(x)).append(',').append(format(y)).append(' ');
				dots.append("<circle cx=\"" + format(x) + "\" cy=\"" + format(y) + "\" r=\"2.5\" fill=\"" + COLOURS[t]
						+ "\"><title>" + Html.text(TIERS[t] + ": " + n + " in execution " + run.executionId() + " ("
								+ run.runDate() + ", " + run.status() + ")")
						+ "</title></circle>");
			}
			out.write("<polyline fill=\"none\" stroke=\"" + COLOURS[t] + "\" stroke-width=\"2\" points=\""
					+ points.toString().trim() + "\"/>" + dots + "\n");
			int legendY = TOP + 14 + 18 * t;
			out.write("<rect x=\"" + (plotRight + 12) + "\" y=\"" + (legendY - 9) + "\" width=\"10\" height=\"10\" fill=\""
					+ COLOURS[t] + "\"/>" + text(plotRight + 26, legendY, "start",
							TIERS[t] + " " + last.byTier().getOrDefault(TIERS[t], 0L))
					+ "\n");
		}
		out.write("</svg>\n");
	}

	private static String summary(ReportHead.TierPoint last) {
		StringBuilder text = new StringBuilder("Takedown candidates per tier; in this run:");
		for (String tier : TIERS) {
			text.append(' ').append(tier).append(' ').append(last.byTier().getOrDefault(tier, 0L));
		}
		return text.toString();
	}

	private static String line(int x1, int y1, int x2, int y2) {
		return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#888\"/>";
	}

	private static String text(double x, double y, String anchor, String value) {
		return "<text x=\"" + format(x) + "\" y=\"" + format(y) + "\" text-anchor=\"" + anchor
				+ "\" font-size=\"11\">" + Html.text(value) + "</text>";
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
