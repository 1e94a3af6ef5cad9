package dev.delist.list;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How sure the list's authors are of an identifier or a name, with its source beside it. */
public enum Confidence {

	@JsonProperty("high")
	HIGH,

	@JsonProperty("medium")
	MEDIUM,

	@JsonProperty("unverified")
	UNVERIFIED

}
