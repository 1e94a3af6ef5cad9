package dev.delist.store.googleplay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code AF_initDataCallback} payloads of one Google Play page, found by the rpc id that produced them.
 * <p>
 * The {@code ds:N} numbering moves between layouts, so keys are resolved through the page's
 * {@code AF_dataServiceRequests} map; a literal key is used only when that map is absent. Only the raw string is
 * scanned (indexOf and anchored regexes over small regions); only the chosen payload is parsed as JSON. Not
 * thread-safe: one instance per page.
 */
final class PlayPayloads {

	// Reading stops after the payload value, so the trailing ", sideChannel: {}});" needs no trimming.
	private static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final String CALLBACK = "AF_initDataCallback(";

	static final String SCRIPT_END = "</script";

	private static final Pattern CALLBACK_KEY = Pattern.compile("\\(\\s*\\{\\s*key\\s*:\\s*'(ds:\\d+)'");

	private static final Pattern CALLBACK_DATA = Pattern.compile("\\bdata\\s*:\\s*");

	private static final int KEY_WINDOW = 100;

	private final String html;

	/** ds key to rpc id in page order; null when the page has no service map. */
	private final Map<String, String> rpcByKey;

	private Map<String, Block> blocks;

	/** Where the callback scan started; above 0, a miss rescans the whole page once (cold path). */
	private int scannedFrom;

	private record Block(int dataStart, int end) {
	}

	private PlayPayloads(String html, Map<String, String> rpcByKey, Map<String, Block> blocks, int scannedFrom) {
		this.html = html;
		this.rpcByKey = rpcByKey;
		this.blocks = blocks;
		this.scannedFrom = scannedFrom;
	}

	static PlayPayloads scan(String html) {
		int[] mapRegion = PlayServiceMap.find(html);
		if (mapRegion == null) {
			return new PlayPayloads(html, null, findCallbacks(html, 0), 0);
		}
		// The callbacks follow the map in every layout seen: start there to skip most of the page.
		return new PlayPayloads(html, PlayServiceMap.read(html, mapRegion[0], mapRegion[1]),
				findCallbacks(html, mapRegion[1]), mapRegion[1]);
	}

	boolean hasServiceMap() {
		return this.rpcByKey != null;
	}

	/** The ds keys the service map routes to {@code rpcId}, in page order. */
	List<String> keysFor(String rpcId) {
		List<String> keys = new ArrayList<>();
		if (this.rpcByKey != null) {
			this.rpcByKey.forEach((key, rpc) -> {
				if (rpc.equals(rpcId)) {
					keys.add(key);
				}
			});
		}
		return keys;
	}

	/**
	 * The parsed payload produced by {@code rpcId}, or {@code null} when the page has none (or it is not JSON).
	 * Several keys may share one rpc (details pages send a second, partial {@code Ws7gDc} request); the largest
	 * block is the full record. {@code fallbackKey} is used only when the page has no service map.
	 */
	JsonNode payload(String rpcId, String fallbackKey) {
		List<String> keys = hasServiceMap() ? keysFor(rpcId) : (fallbackKey != null) ? List.of(fallbackKey) : List.of();
		Block best = largest(keys);
		if (best == null && !keys.isEmpty() && this.scannedFrom > 0) {
			this.blocks = findCallbacks(this.html, 0);
			this.scannedFrom = 0;
			best = largest(keys);
		}
		return (best != null) ? parse(best) : null;
	}

	private Block largest(List<String> keys) {
		Block best = null;
		for (String key : keys) {
			Block block = this.blocks.get(key);
			if (block != null && (best == null || block.end - block.dataStart > best.end - best.dataStart)) {
				best = block;
			}
		}
		return best;
	}

	private JsonNode parse(Block block) {
		char first = this.html.charAt(block.dataStart);
		if (first != '[' && first != '{') {
			return null; // e.g. the 2019 layout's "data:function(){return [...]}": not this layout
		}
		try (JsonParser parser = JSON.createParser(this.html.substring(block.dataStart, block.end))) {
			return JSON.readTree(parser);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Map<String, Block> findCallbacks(String html, int from) {
		Map<String, Block> blocks = new HashMap<>();
		Matcher key = CALLBACK_KEY.matcher(html);
		Matcher data = CALLBACK_DATA.matcher(html);
		int at;
		while ((at = html.indexOf(CALLBACK, from)) >= 0) {
			int end = html.indexOf(SCRIPT_END, at);
			end = (end >= 0) ? end : html.length();
			int keyFrom = at + CALLBACK.length() - 1;
			if (key.region(keyFrom, Math.min(end, keyFrom + KEY_WINDOW)).lookingAt()) {
				// "data:" follows the key and hash within a few characters; find() stops there.
				if (data.region(key.end(), end).find() && data.end() < end) {
					blocks.putIfAbsent(key.group(1), new Block(data.end(), end));
				}
			}
			from = end;
		}
		return blocks;
	}

	static int skipSpace(String html, int i) {
		while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
			i++;
		}
		return i;
	}

}
