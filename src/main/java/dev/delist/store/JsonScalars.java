package dev.delist.store;

import tools.jackson.databind.JsonNode;

/** Reading the scalar fields of a store's JSON answer the same way for every store. */
public final class JsonScalars {

	private JsonScalars() {
	}

	/**
	 * A scalar field as text, or null when it is absent, null, an object or an array. Integral numbers are written
	 * out in full (an app id sent as a number would otherwise come back in exponent form past 2^53).
	 */
	public static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainer()) {
			return null;
		}
		if (value.isIntegralNumber()) {
			return value.bigIntegerValue().toString();
		}
		return value.asString();
	}

}
