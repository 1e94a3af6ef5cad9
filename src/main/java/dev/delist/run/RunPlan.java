package dev.delist.run;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.delist.definition.JobDefinition;
import dev.delist.discover.Discovery;
import dev.delist.list.LoadedList;
import dev.delist.store.Store;

/** What a run will do: the job definition with the command line's narrowing applied, and the lists it uses. */
public record RunPlan(JobDefinition definition, Map<Store, List<String>> countries, Map<Store, Integer> batchSizes,
		Map<Store, Set<Discovery>> discovery, List<LoadedList> lists) {

}
