package dev.delist.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The store clients this process has, by store. */
@Component
public class StoreClients {

	private final Map<Store, StoreClient> clients = new EnumMap<>(Store.class);

	public StoreClients(List<StoreClient> clients) {
		clients.forEach((client) -> this.clients.put(client.store(), client));
	}

	public StoreClient get(Store store) {
		StoreClient client = this.clients.get(store);
		if (client == null) {
			throw new IllegalStateException("no client for store " + store);
		}
		return client;
	}

	public boolean supports(Store store) {
		return this.clients.containsKey(store);
	}

}
