package dev.delist.list;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The legal status of a list, as its dated status history records it. */
public enum ListStatus {

	@JsonProperty("in-force")
	IN_FORCE("in-force"),

	@JsonProperty("pending")
	PENDING("pending"),

	@JsonProperty("enjoined")
	ENJOINED("enjoined"),

	@JsonProperty("revoked")
	REVOKED("revoked"),

	@JsonProperty("informational")
	INFORMATIONAL("informational");

	private final String id;

	ListStatus(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
