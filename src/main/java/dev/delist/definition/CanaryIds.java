package dev.delist.definition;

import java.util.regex.Pattern;

import dev.delist.store.Store;

/** What a canary (a listing a store must answer) looks like in each store: one app id, as its lookups take it. */
final class CanaryIds {

	private static final Pattern APP_STORE_ID = Pattern.compile("^[0-9]{1,12}$");

	private static final Pattern ANDROID_PACKAGE = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+$");

	private CanaryIds() {
	}

	static boolean valid(Store store, String id) {
		return ((store == Store.APPLE) ? APP_STORE_ID : ANDROID_PACKAGE).matcher(id).matches();
	}

	static String expected(Store store) {
		return (store == Store.APPLE) ? "a numeric App Store id" : "an Android package name";
	}

}
