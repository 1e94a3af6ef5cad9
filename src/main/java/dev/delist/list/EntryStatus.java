package dev.delist.list;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a per-entry event did to one entry of an in-force list. */
public enum EntryStatus {

	/** Blocked (again): the entry binds while its list is in force. */
	@JsonProperty("in-force")
	IN_FORCE("in-force", true),

	/** The block was lifted for this entry. */
	@JsonProperty("lifted")
	LIFTED("lifted", false),

	/** Let back for a trial period: not a takedown candidate while it lasts. */
	@JsonProperty("trial")
	TRIAL("trial", false),

	/** The order was revoked for this entry. */
	@JsonProperty("revoked")
	REVOKED("revoked", false);

	private final String id;

	private final boolean binds;

	EntryStatus(String id, boolean binds) {
		this.id = id;
		this.binds = binds;
	}

	public String id() {
		return this.id;
	}

	public boolean binds() {
		return this.binds;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
