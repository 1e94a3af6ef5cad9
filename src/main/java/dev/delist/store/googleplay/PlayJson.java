package dev.delist.store.googleplay;

import tools.jackson.databind.JsonNode;

/**
 * Reads Google Play's positional JSON by paths of hops. An {@link Integer} hop indexes an array (negative counts
 * from the end, so -1 is the last element); a {@link String} hop reads an object key. A missing step, a wrong
 * node type or a JSON null all give {@code null}: the store moves fields often, and a missing optional field must
 * not cost the whole listing.
 */
final class PlayJson {

	private PlayJson() {
	}

	static JsonNode at(JsonNode node, Object... hops) {
		JsonNode current = node;
		for (Object hop : hops) {
			if (current == null) {
				return null;
			}
			current = step(current, hop);
		}
		return (current == null || current.isNull() || current.isMissingNode()) ? null : current;
	}

	/**
	 * Field {@code index} of a positional record, then {@code rest} below it. Google sometimes serialises the tail
	 * of a record sparsely: the array stops early and its last element is an object keyed by field numbers, which
	 * are index + 1 (D[140] becomes D[-1]["141"]; seen on the details payload, the data-safety page and the
	 * partial ds:9 block). This tries the positional form first, then the sparse one.
	 */
	static JsonNode field(JsonNode record, int index, Object... rest) {
		JsonNode positional = at(at(record, index), rest);
		return (positional != null) ? positional : at(at(record, -1, String.valueOf(index + 1)), rest);
	}

	/** The text at a node: strings as they are, numbers in their JSON form (ids sometimes come as numbers). */
	static String text(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		return node.isNumber() ? node.asString() : null;
	}

	static Long number(JsonNode node) {
		return (node != null && node.isIntegralNumber()) ? node.longValue() : null;
	}

	private static JsonNode step(JsonNode node, Object hop) {
		if (hop instanceof Integer index) {
			if (!node.isArray()) {
				return null;
			}
			int position = (index < 0) ? node.size() + index : index;
			return (position >= 0 && position < node.size()) ? node.get(position) : null;
		}
		if (hop instanceof String key) {
			return node.isObject() ? node.get(key) : null;
		}
		throw new IllegalArgumentException("path hops are Integer or String, not " + hop);
	}

}
