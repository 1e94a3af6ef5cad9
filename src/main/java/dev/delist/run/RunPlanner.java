package dev.delist.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.definition.JobDefinition;
import dev.delist.definition.JobDefinitions;
import dev.delist.list.ListFiles;
import dev.delist.list.LoadedList;
import dev.delist.match.Matcher;
import dev.delist.store.Store;
import dev.delist.store.StoreClients;

import org.springframework.stereotype.Component;

/**
 * Computes a run's plan from the job definition, the lists and the command line. Everything an operator can get
 * wrong is checked here, before a job starts, so bad input never leaves a half-made run behind. This is the only
 * place that reads {@code jobs/}; a started run reads its stored plan.
 */
@Component
public class RunPlanner {

	private final DelistProperties properties;

	private final StoreClients clients;

	public RunPlanner(DelistProperties properties, StoreClients clients) {
		this.properties = properties;
		this.clients = clients;
	}

	/** A plan with the list files it pins, whose text the launcher stores beside it. */
	public record Planned(RunPlan plan, List<LoadedList> lists) {
	}

	public Planned plan(RunParameters parameters) {
		JobDefinition definition = JobDefinitions.load(this.properties.jobs().dir(), parameters.job());
		List<RunPlan.StorePlan> stores = new ArrayList<>();
		if (!parameters.isCatalog()) {
			for (String storeId : distinct("--stores", parameters.stores().isEmpty()
					? sorted(definition.stores().keySet()) : parameters.stores())) {
				stores.add(storePlan(definition, storeId, parameters));
			}
		}
		List<LoadedList> lists = selectLists(definition, parameters);
		RunPlan plan = new RunPlan(parameters.job(), parameters.runDate(), stores, pinned(lists), definition.gate(),
				Matcher.VERSION, parameters.sharding(), parameters.rematchOf(),
				parameters.isCatalog() ? parameters.catalog().toString() : null);
		return new Planned(plan, lists);
	}

	/**
	 * A rematch of a stored run: its stores, countries and gate as that run planned them, with the lists it used
	 * as the files say today (re-reporting after a list change is what a rematch is for).
	 */
	public Planned rematch(RunPlan source, long sourceInstanceId, LocalDate runDate) {
		List<LoadedList> all = ListFiles.loadDirectory(listsDir());
		List<LoadedList> lists = new ArrayList<>();
		for (RunPlan.PinnedList pinned : source.lists()) {
			lists.add(all.stream()
				.filter((list) -> list.id().equals(pinned.id()))
				.findFirst()
				.orElseThrow(() -> new InputException("rematch: list '" + pinned.id() + "' of the source run is no "
						+ "longer in " + listsDir() + " (known: " + ids(all) + ")")));
		}
		// a catalog shard's rematch keeps its shard, and with it the shard's history and diff
		Sharding sharding = (source.catalog() != null) ? source.sharding() : null;
		return new Planned(source.with(runDate, pinned(lists), sharding, sourceInstanceId), lists);
	}

	private RunPlan.StorePlan storePlan(JobDefinition definition, String storeId, RunParameters parameters) {
		JobDefinition.StoreSettings settings = definition.stores().get(storeId);
		if (settings == null) {
			throw new InputException("--stores: '" + storeId + "' is not a store of job '" + parameters.job()
					+ "' (it has: " + String.join(", ", sorted(definition.stores().keySet())) + ")");
		}
		Store store = Store.fromId(storeId);
		if (!this.clients.supports(store)) {
			throw new InputException("--stores: this build of delist has no client for " + store + " yet");
		}
		List<String> countries = parameters.countries().isEmpty() ? settings.countries()
				: checkedCountries(parameters.countries());
		int batchSize = this.clients.get(store).batchesLookups() ? settings.lookupBatchSizeOrDefault() : 1;
		return new RunPlan.StorePlan(storeId, countries, batchSize, settings.discovery(), settings.canary());
	}

	private List<LoadedList> selectLists(JobDefinition definition, RunParameters parameters) {
		List<LoadedList> all = ListFiles.loadDirectory(listsDir());
		boolean fromCommandLine = !parameters.lists().isEmpty();
		List<String> wanted = fromCommandLine ? distinct("--lists", parameters.lists()) : definition.lists();
		if (wanted.isEmpty()) {
			return all;
		}
		List<LoadedList> selected = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			String id = wanted.get(i);
			LoadedList found = all.stream().filter((list) -> list.id().equals(id)).findFirst().orElse(null);
			if (found == null) {
				String problem = "list '" + id + "' is not in " + listsDir() + " (known: " + ids(all) + ")";
				// name where the id came from: the option, or the job file's line, so the operator knows what to edit
				throw fromCommandLine ? new InputException("--lists: " + problem)
						: JobDefinitions.error(this.properties.jobs().dir(), parameters.job(), "lists[" + i + "]",
								problem);
			}
			if (selected.contains(found)) {
				throw JobDefinitions.error(this.properties.jobs().dir(), parameters.job(), "lists[" + i + "]",
						"list '" + id + "' is named twice");
			}
			selected.add(found);
		}
		return selected;
	}

	private java.nio.file.Path listsDir() {
		return this.properties.jobs().dir().resolve("lists");
	}

	private static List<RunPlan.PinnedList> pinned(List<LoadedList> lists) {
		return lists.stream()
			.map((list) -> new RunPlan.PinnedList(list.id(), list.list().version(), list.sha256()))
			.toList();
	}

	private static List<String> checkedCountries(List<String> requested) {
		for (String country : requested) {
			if (!country.matches("[a-z]{2}")) {
				throw new InputException("--countries: '" + country + "' is not a two-letter lower-case country code");
			}
		}
		// countries outside the job's own are allowed: an operator may check one more storefront by hand
		return distinct("--countries", requested);
	}

	/** An option naming the same value twice is a typo worth a word, not a run that does it twice. */
	private static List<String> distinct(String option, List<String> values) {
		Set<String> seen = new LinkedHashSet<>();
		for (String value : values) {
			if (!seen.add(value)) {
				throw new InputException(option + ": '" + value + "' is named twice");
			}
		}
		return List.copyOf(seen);
	}

	private static String ids(List<LoadedList> lists) {
		return String.join(", ", lists.stream().map(LoadedList::id).toList());
	}

	private static List<String> sorted(Set<String> values) {
		return new ArrayList<>(new TreeSet<>(values));
	}

}
