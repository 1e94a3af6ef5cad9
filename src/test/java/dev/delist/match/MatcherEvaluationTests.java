package dev.delist.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.delist.list.ListEntry;
import dev.delist.list.LoadedList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall per tier on the generated evaluation set (see {@link EvaluationSet}); writes the table to
 * target/evaluation/matcher.md (docs/matching.md carries a copy, updated by hand: tests never rewrite tracked
 * files) and fails below the bars: identifier positives all CONFIRMED, 98% of all positives at POSSIBLE or better,
 * 95% precision at LIKELY or better.
 */
class MatcherEvaluationTests {

	static final Path OUT = Path.of("target/evaluation");

	@Test
	void shouldMeetTheQualityBarsOnTheEvaluationSet() throws IOException {
		// the US lists: India's orders have their own labelled set and bars (IndiaEvaluationTests), since their
		// entries re-use titles and variant ids across orders by design
		List<LoadedList> lists = Listings.shippedLists().stream().filter((l) -> l.list().bindsIn("us")).toList();
		Matcher matcher = new Matcher(lists, Listings.RUN_DATE);
		Map<String, ListEntry> entries = new TreeMap<>();
		lists.forEach((l) -> l.list().entries().forEach((e) -> entries.put(l.id() + "/" + e.id(), e)));
		List<EvaluationSet.Case> positives = EvaluationSet.positives(lists);
		List<EvaluationSet.Case> negatives = EvaluationSet.negatives();
		Evaluation evaluation = new Evaluation(entries);
		positives.forEach((c) -> evaluation.add(c, matcher.match(c.listing())));
		negatives.forEach((c) -> evaluation.add(c, matcher.match(c.listing())));

		String table = evaluation.markdown(lists);
		System.out.println(table);
		Files.createDirectories(OUT);
		Files.writeString(OUT.resolve("matcher.md"), table, StandardCharsets.UTF_8);

		assertThat(positives).hasSizeGreaterThanOrEqualTo(200);
		assertThat(negatives).hasSizeGreaterThanOrEqualTo(2000);
		assertThat(evaluation.identifierRecall(Tier.CONFIRMED)).as("identifier recall at CONFIRMED").isEqualTo(1.0);
		assertThat(evaluation.recall(Tier.POSSIBLE)).as("recall at POSSIBLE or better").isGreaterThanOrEqualTo(0.98);
		assertThat(evaluation.precision(Tier.LIKELY)).as("precision at LIKELY or better").isGreaterThanOrEqualTo(0.95);
	}

	/** Counts per tier (cumulative: the tier or a stronger one) and per group. */
	static final class Evaluation {

		private final Map<String, ListEntry> entries;

		private final int[] matches = new int[Tier.values().length];

		private final int[] correct = new int[Tier.values().length];

		private final int[] found = new int[Tier.values().length];

		private final int[] identifierFound = new int[Tier.values().length];

		private int positives;

		private int identifierPositives;

		private int negatives;

		private int developerLevel;

		private int developerLevelRight;

		private final Map<String, int[]> groups = new TreeMap<>();

		private final List<String> misses = new ArrayList<>();

		private final List<String> falsePositives = new ArrayList<>();

		Evaluation(Map<String, ListEntry> entries) {
			this.entries = entries;
		}

		void add(EvaluationSet.Case c, List<Match> result) {
			int[] group = this.groups.computeIfAbsent(c.group(), (k) -> new int[Tier.values().length + 2]);
			group[0]++;
			Tier best = null;
			for (Match match : result) {
				if (match.level() == Level.DEVELOPER) {
					this.developerLevel++;
					this.developerLevelRight += sameDeveloper(c, match) ? 1 : 0;
					continue;
				}
				boolean right = c.positive() && related(c.listId() + "/" + c.entryId(), match.listId() + "/" + match.entryId());
				for (Tier tier : Tier.values()) {
					if (match.tier().compareTo(tier) <= 0) {
						this.matches[tier.ordinal()]++;
						this.correct[tier.ordinal()] += right ? 1 : 0;
					}
				}
				if (right && (best == null || match.tier().compareTo(best) < 0)) {
					best = match.tier();
				}
				if (!right && match.tier() != Tier.POSSIBLE && this.falsePositives.size() < 15) {
					this.falsePositives.add(describe(c) + " -> " + match.entryId() + " " + match.tier() + " "
							+ match.reasons().stream().map(Reason::code).toList());
				}
			}
			if (!c.positive()) {
				this.negatives++;
				group[Tier.values().length + 1] += result.stream().anyMatch((m) -> m.level() == Level.APP) ? 1 : 0;
				return;
			}
			this.positives++;
			this.identifierPositives += c.identifier() ? 1 : 0;
			if (best == null) {
				group[Tier.values().length + 1]++;
				if (this.misses.size() < 15) {
					this.misses.add(describe(c) + " (expected " + c.entryId() + ")");
				}
				return;
			}
			group[best.ordinal() + 1]++;
			for (Tier tier : Tier.values()) {
				if (best.compareTo(tier) <= 0) {
					this.found[tier.ordinal()]++;
					this.identifierFound[tier.ordinal()] += c.identifier() ? 1 : 0;
				}
			}
		}

		/** The same entry, the same entry id in another list, or an entry and the app it is a feature of. */
		private boolean related(String expected, String actual) {
			if (expected.equals(actual) || id(expected).equals(id(actual))) {
				return true;
			}
			ListEntry a = this.entries.get(expected);
			ListEntry b = this.entries.get(actual);
			return a != null && b != null && (id(actual).equals(a.featureOf()) || id(expected).equals(b.featureOf()));
		}

		private boolean sameDeveloper(EvaluationSet.Case c, Match match) {
			ListEntry matched = this.entries.get(match.listId() + "/" + match.entryId());
			String publisher = c.positive() ? c.entryId() : c.sameDeveloperAs();
			if (publisher == null || matched == null) {
				return false;
			}
			return this.entries.values()
				.stream()
				.filter((e) -> e.id().equals(publisher))
				.flatMap((e) -> e.developers().stream())
				.anyMatch((d) -> matched.developers().stream().anyMatch((m) -> m.name().equalsIgnoreCase(d.name())));
		}

		double precision(Tier tier) {
			int n = this.matches[tier.ordinal()];
			return (n == 0) ? 1.0 : (double) this.correct[tier.ordinal()] / n;
		}

		double recall(Tier tier) {
			return (double) this.found[tier.ordinal()] / this.positives;
		}

		double identifierRecall(Tier tier) {
			return (double) this.identifierFound[tier.ordinal()] / this.identifierPositives;
		}

		String markdown(List<LoadedList> lists) {
			StringBuilder md = new StringBuilder();
			md.append(String.format(Locale.ROOT, "Matcher %s on %d positive and %d negative listings; lists: %s.%n%n",
					Matcher.VERSION, this.positives, this.negatives,
					String.join(", ", lists.stream().map((l) -> l.id() + " " + l.list().version()).toList())));
			md.append("| Tier or better | App-level matches | Correct | Precision | Recall (all positives) "
					+ "| Recall (identifier positives) |\n|---|---:|---:|---:|---:|---:|\n");
			for (Tier tier : Tier.values()) {
				md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f (%d/%d) | %.3f (%d/%d) |%n", tier,
						this.matches[tier.ordinal()], this.correct[tier.ordinal()], precision(tier), recall(tier),
						this.found[tier.ordinal()], this.positives, identifierRecall(tier),
						this.identifierFound[tier.ordinal()], this.identifierPositives));
			}
			md.append(String.format(Locale.ROOT, "%nDeveloper-level matches (\"same developer, other app\"): %d, of "
					+ "which %d on listings the listed developer really publishes.%n%n", this.developerLevel,
					this.developerLevelRight));
			md.append("| Group | Listings | Best: CONFIRMED | LIKELY | POSSIBLE | Missed (positives) / "
					+ "any app-level match (negatives) |\n|---|---:|---:|---:|---:|---:|\n");
			this.groups.forEach((name, g) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n",
					name, g[0], g[1], g[2], g[3], g[4])));
			md.append("\nMissed positives (first 15): ").append(this.misses.isEmpty() ? "none" : "").append('\n');
			this.misses.forEach((m) -> md.append("- ").append(m).append('\n'));
			md.append("\nWrong app-level matches at LIKELY or better (first 15): ")
				.append(this.falsePositives.isEmpty() ? "none" : "")
				.append('\n');
			this.falsePositives.forEach((m) -> md.append("- ").append(m).append('\n'));
			return md.toString();
		}

		private static String describe(EvaluationSet.Case c) {
			return String.format(Locale.ROOT, "`%s %s \"%s\" by \"%s\"`", c.listing().store(), c.listing().appId(),
					c.listing().title(), c.listing().developerName());
		}

		private static String id(String key) {
			return key.substring(key.indexOf('/') + 1);
		}

	}

}
