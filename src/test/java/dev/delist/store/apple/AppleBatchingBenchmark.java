package dev.delist.store.apple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.delist.discover.Discovery;
import dev.delist.discover.FetchTarget;
import dev.delist.discover.TargetPlanner;
import dev.delist.list.Confidence;
import dev.delist.list.Identifier;
import dev.delist.list.IdentifierType;
import dev.delist.list.ListEntry;
import dev.delist.list.ListStatus;
import dev.delist.list.LoadedList;
import dev.delist.list.ProhibitedList;
import dev.delist.list.StatusChange;
import dev.delist.store.LookupRequest;
import dev.delist.store.Outcome;
import dev.delist.store.Store;
import dev.delist.support.AppleResponses;
import dev.delist.support.FakeTime;
import dev.delist.support.StoreClients;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Requests per checked identifier: 1,000 known App Store ids in one country, planned and looked up as a run
 * does, against a WireMock Apple. Goal: at most 1 request per 50 identifiers. Not a test: run it with the
 * command in docs/benchmarks.md; it prints its figures.
 */
public final class AppleBatchingBenchmark {

	private AppleBatchingBenchmark() {
	}

	public static void main(String[] args) {
		int ids = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		int batchSize = (args.length > 1) ? Integer.parseInt(args[1]) : 100;
		WireMockServer apple = new WireMockServer(options().dynamicPort());
		apple.start();
		try {
			apple.stubFor(get(urlPathEqualTo("/lookup")).willReturn(okJson(AppleResponses.results(
					AppleResponses.app(100_000_001L, "com.example.one", "One", "Dev", "Seller")))));
			List<FetchTarget> targets = TargetPlanner.plan(List.of(list(ids)), Map.of(Store.APPLE, List.of("us")),
					Map.of(Store.APPLE, batchSize), Map.of(Store.APPLE, Set.of(Discovery.IDENTIFIERS)), Map.of());
			AppleStoreClient client = new AppleStoreClient(StoreClients.factory(new FakeTime(), Clock.systemUTC(),
					Map.of("stores.apple.base-url", apple.baseUrl())));
			Map<Integer, List<String>> batches = new LinkedHashMap<>();
			targets.forEach((t) -> batches.computeIfAbsent(t.batchNo(), (k) -> new ArrayList<>()).add(t.value()));
			long answered = 0;
			for (List<String> values : batches.values()) {
				answered += client.lookup(new LookupRequest(Store.APPLE, "us", targets.get(0).key(), values))
					.results()
					.stream()
					.filter((result) -> result.outcome() == Outcome.FETCHED || result.outcome() == Outcome.NOT_FOUND)
					.count();
			}
			int requests = apple.findAll(anyRequestedFor(urlPathEqualTo("/lookup"))).size();
			System.out.printf("identifiers: %d, answered: %d, lookup batch size: %d, requests: %d, "
					+ "requests per identifier: %.3f (one request per %.0f identifiers)%n", ids, answered, batchSize,
					requests, (double) requests / ids, (double) ids / requests);
		}
		finally {
			apple.stop();
		}
	}

	private static LoadedList list(int ids) {
		List<Identifier> identifiers = new ArrayList<>();
		for (int i = 0; i < ids; i++) {
			identifiers.add(new Identifier(IdentifierType.APP_STORE_ID, String.valueOf(100_000_001L + i), Confidence.HIGH,
					"synthetic", null));
		}
		ListEntry entry = new ListEntry("synthetic", "Synthetic", List.of(), null, List.of(), identifiers, List.of(), null);
		ProhibitedList list = new ProhibitedList("bench", "1", "Benchmark list", "none", null, List.of(),
				List.of(new StatusChange(ListStatus.IN_FORCE, java.time.LocalDate.of(2020, 1, 1), "bench", null)),
				List.of(), List.of(entry));
		return new LoadedList(list, Path.of("bench.yaml"), "0".repeat(64), "");
	}

}
