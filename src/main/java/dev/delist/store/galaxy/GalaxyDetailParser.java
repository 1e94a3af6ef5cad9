package dev.delist.store.galaxy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.delist.store.Listing;

import static dev.delist.store.JsonScalars.text;

/**
 * Reads the Galaxy Store's {@code /api/detail} answer (paths as in ../shared/reference/store-formats.md, section
 * 8). No I/O. The fields a takedown file needs are required: when one is missing the store changed its answer,
 * and that is an error naming the URL and the field, never a listing with a silent null.
 */
final class GalaxyDetailParser {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter STORE_DATE = DateTimeFormatter.ofPattern("uuuu.MM.dd.");

	/** How much of a body that is not JSON is kept to say what it was. */
	private static final int START_CHARS = 80;

	GalaxyAnswer parse(String body, String url) throws GalaxyShapeException {
		String text = (body != null) ? body.strip() : "";
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1).strip();
		}
		if (!text.startsWith("{") && !text.startsWith("[")) {
			// HTML, a login or block page, or nothing: the store did not answer with data
			return new GalaxyAnswer.NotJson(text.substring(0, Math.min(text.length(), START_CHARS)));
		}
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new GalaxyShapeException(url, "not well-formed JSON (" + ex.getOriginalMessage() + ")");
		}
		if (!root.isObject()) {
			throw new GalaxyShapeException(url, "expected a JSON object, got " + root.getNodeType());
		}
		String errCode = text(root, "errCode");
		if (errCode != null && !errCode.isBlank()) {
			return new GalaxyAnswer.StoreError(errCode.strip(), text(root, "errMsg"));
		}
		JsonNode main = object(root, "DetailMain", url);
		JsonNode seller = object(root, "SellerInfo", url);
		if (!seller.has("sellerTradeName")) {
			throw new GalaxyShapeException(url, "SellerInfo.sellerTradeName missing");
		}
		Listing.Trader trader = new Listing.Trader(tradeName(seller), blankToNull(text(seller, "representation")),
				address(seller), blankToNull(text(seller, "sellerNumber")),
				blankToNull(text(seller, "registrationNumber")), site(seller, main));
		return new GalaxyAnswer.Detail(new GalaxyDetail(blankToNull(text(main, "contentId")),
				required(main, "DetailMain", "appId", url), required(main, "DetailMain", "contentName", url),
				required(main, "DetailMain", "sellerName", url), required(main, "DetailMain", "sellerId", url),
				required(main, "DetailMain", "countryCode", url), blankToNull(text(main, "contentBinaryVersion")),
				date(text(main, "modifyDate")), flag(text(main, "freeFlag")),
				blankToNull(text(main, "generalCategoryName")), trader));
	}

	/** The trade name; an individual trader may be named only by first and last name. */
	private static String tradeName(JsonNode seller) {
		String tradeName = blankToNull(text(seller, "sellerTradeName"));
		if (tradeName != null) {
			return tradeName;
		}
		return join(" ", text(seller, "firstName"), text(seller, "lastName"));
	}

	private static String address(JsonNode seller) {
		return join(", ", text(seller, "firstSellerAddress"), text(seller, "secondSellerAddress"));
	}

	private static String site(JsonNode seller, JsonNode main) {
		String site = blankToNull(text(seller, "sellerSite"));
		return (site != null) ? site : blankToNull(text(main, "sellerSite"));
	}

	private static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (blankToNull(part) != null) {
				present.add(part.strip());
			}
		}
		return present.isEmpty() ? null : String.join(separator, present);
	}

	private static JsonNode object(JsonNode root, String field, String url) throws GalaxyShapeException {
		JsonNode node = root.get(field);
		if (node == null || !node.isObject()) {
			throw new GalaxyShapeException(url, field + ((node == null || node.isNull()) ? " missing" : " is not an object"));
		}
		return node;
	}

	private static String required(JsonNode node, String parent, String field, String url)
			throws GalaxyShapeException {
		String value = blankToNull(text(node, field));
		if (value == null) {
			throw new GalaxyShapeException(url, parent + "." + field + " missing");
		}
		return value;
	}

	/** {@code "2026.09.25."} as {@code 2026-09-25}; other text is kept as the store wrote it. */
	private static String date(String text) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, STORE_DATE).toString();
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	private static Boolean flag(String text) {
		if ("Y".equals(text)) {
			return true;
		}
		return "N".equals(text) ? false : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
