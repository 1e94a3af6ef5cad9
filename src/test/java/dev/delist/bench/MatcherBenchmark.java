package dev.delist.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import dev.delist.list.LoadedList;
import dev.delist.match.Match;
import dev.delist.match.Matcher;
import dev.delist.match.MatchingRules;
import dev.delist.store.Listing;

/**
 * Listings matched per second on one thread (one operation = one listing), for the three speed goals of
 * docs/benchmarks.md: identifier rules alone against the shipped lists (1,000,000/s), every rule against the
 * shipped lists (100,000/s), every rule against a synthetic 10,000-entity list (20,000/s). The matcher and
 * the 65,536 listings are built in setup, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class MatcherBenchmark {

	private static final int LISTINGS = 1 << 16;

	private Matcher identifiersOnly;

	private Matcher shipped;

	private Matcher csl;

	private Listing[] shippedListings;

	private Listing[] cslListings;

	private int next;

	@Setup(Level.Trial)
	public void build() {
		List<LoadedList> lists = MatcherCorpus.shippedLists();
		List<LoadedList> synthetic = MatcherCorpus.syntheticCsl(10_000);
		this.identifiersOnly = new Matcher(lists, MatcherCorpus.RUN_DATE, MatchingRules.defaults().identifiersOnly());
		this.shipped = new Matcher(lists, MatcherCorpus.RUN_DATE);
		this.csl = new Matcher(synthetic, MatcherCorpus.RUN_DATE);
		this.shippedListings = MatcherCorpus.listings(LISTINGS, lists, 1);
		this.cslListings = MatcherCorpus.listings(LISTINGS, synthetic, 2);
		int hits = 0;
		for (Listing listing : this.cslListings) {
			hits += this.csl.match(listing).isEmpty() ? 0 : 1;
		}
		if (hits == 0 || this.shipped.match(this.shippedListings[0]) == null) {
			throw new IllegalStateException("the synthetic listings should hit the synthetic list sometimes");
		}
	}

	@Benchmark
	public List<Match> identifierRulesShippedLists() {
		return this.identifiersOnly.match(this.shippedListings[this.next++ & (LISTINGS - 1)]);
	}

	@Benchmark
	public List<Match> allRulesShippedLists() {
		return this.shipped.match(this.shippedListings[this.next++ & (LISTINGS - 1)]);
	}

	@Benchmark
	public List<Match> allRulesSyntheticCsl10k() {
		return this.csl.match(this.cslListings[this.next++ & (LISTINGS - 1)]);
	}

}
