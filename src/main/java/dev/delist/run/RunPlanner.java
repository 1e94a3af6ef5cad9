package dev.delist.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.delist.config.DelistProperties;
import dev.delist.config.InputException;
import dev.delist.definition.JobDefinition;
import dev.delist.definition.JobDefinitions;
import dev.delist.discover.Discovery;
import dev.delist.list.ListFiles;
import dev.delist.list.LoadedList;
import dev.delist.store.Store;
import dev.delist.store.StoreClients;

import org.springframework.stereotype.Component;

/**
 * Reads the job definition and the lists and applies the command line to them. Everything an operator can
 * get wrong is checked here, before a job starts, so bad input never leaves a half-made run behind.
 */
@Component
public class RunPlanner {

	private final DelistProperties properties;

	private final StoreClients clients;

	public RunPlanner(DelistProperties properties, StoreClients clients) {
		this.properties = properties;
		this.clients = clients;
	}

	public RunPlan plan(RunParameters parameters) {
		JobDefinition definition = JobDefinitions.load(this.properties.jobs().dir(), parameters.job());
		Map<Store, List<String>> countries = new LinkedHashMap<>();
		Map<Store, Integer> batchSizes = new LinkedHashMap<>();
		Map<Store, Set<Discovery>> discovery = new LinkedHashMap<>();
		for (String storeId : parameters.stores().isEmpty() ? sorted(definition.stores().keySet())
				: parameters.stores()) {
			JobDefinition.StoreSettings settings = definition.stores().get(storeId);
			if (settings == null) {
				throw new InputException("--stores: '" + storeId + "' is not a store of job '" + parameters.job()
						+ "' (it has: " + String.join(", ", sorted(definition.stores().keySet())) + ")");
			}
			Store store = Store.fromId(storeId);
			if (!this.clients.supports(store)) {
				throw new InputException("--stores: this build of delist has no client for " + store + " yet");
			}
			countries.put(store, parameters.countries().isEmpty() ? settings.countries()
					: narrow(settings.countries(), parameters.countries(), storeId));
			batchSizes.put(store, this.clients.get(store).batchesLookups() ? settings.lookupBatchSizeOrDefault() : 1);
			discovery.put(store, settings.discovery()
				.stream()
				.map(Discovery::fromId)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Discovery.class))));
		}
		return new RunPlan(definition, countries, batchSizes, discovery, selectLists(definition, parameters));
	}

	private List<LoadedList> selectLists(JobDefinition definition, RunParameters parameters) {
		List<LoadedList> all = ListFiles.loadDirectory(this.properties.jobs().dir().resolve("lists"));
		List<String> wanted = !parameters.lists().isEmpty() ? parameters.lists() : definition.lists();
		if (wanted.isEmpty()) {
			return all;
		}
		boolean fromCommandLine = !parameters.lists().isEmpty();
		List<LoadedList> selected = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			String id = wanted.get(i);
			LoadedList found = all.stream().filter((list) -> list.id().equals(id)).findFirst().orElse(null);
			if (found == null) {
				String problem = "list '" + id + "' is not in " + this.properties.jobs().dir().resolve("lists")
						+ " (known: " + String.join(", ", all.stream().map(LoadedList::id).toList()) + ")";
				// name where the id came from: the option, or the job file's line, so the operator knows what to edit
				throw fromCommandLine ? new InputException("--lists: " + problem)
						: JobDefinitions.error(this.properties.jobs().dir(), parameters.job(), "lists[" + i + "]",
								problem);
			}
			selected.add(found);
		}
		return selected;
	}

	private static List<String> narrow(List<String> configured, List<String> requested, String store) {
		for (String country : requested) {
			if (!country.matches("[a-z]{2}")) {
				throw new InputException("--countries: '" + country + "' is not a two-letter lower-case country code");
			}
		}
		// countries outside the job's own are allowed: an operator may check one more storefront by hand
		return List.copyOf(requested);
	}

	private static List<String> sorted(Set<String> values) {
		return new ArrayList<>(new TreeSet<>(values));
	}

}
