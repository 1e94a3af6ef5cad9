package dev.delist.store;

/** What a fetch target's value is: the store's app id (Play package, Apple trackId) or an Apple bundle id. */
public enum LookupKey {

	APP_ID, BUNDLE_ID

}
