package dev.delist.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one table of two-letter storefront codes (as job files and reports write them) to ISO 3166-1 alpha-3 codes
 * (as the Galaxy Store's {@code cntyCd} takes them). It holds the storefronts delist may be asked to check, not
 * every country: a code missing here is refused when a run is planned, never sent as a guess.
 */
public final class CountryCodes {

	private static final Map<String, String> ALPHA3 = new TreeMap<>(Map.ofEntries(
			// North America
			Map.entry("us", "USA"), Map.entry("ca", "CAN"), Map.entry("mx", "MEX"),
			// Europe
			Map.entry("gb", "GBR"), Map.entry("ie", "IRL"), Map.entry("de", "DEU"), Map.entry("fr", "FRA"),
			Map.entry("it", "ITA"), Map.entry("es", "ESP"), Map.entry("pt", "PRT"), Map.entry("nl", "NLD"),
			Map.entry("be", "BEL"), Map.entry("lu", "LUX"), Map.entry("at", "AUT"), Map.entry("ch", "CHE"),
			Map.entry("se", "SWE"), Map.entry("no", "NOR"), Map.entry("dk", "DNK"), Map.entry("fi", "FIN"),
			Map.entry("is", "ISL"), Map.entry("pl", "POL"), Map.entry("cz", "CZE"), Map.entry("sk", "SVK"),
			Map.entry("hu", "HUN"), Map.entry("ro", "ROU"), Map.entry("bg", "BGR"), Map.entry("gr", "GRC"),
			Map.entry("hr", "HRV"), Map.entry("si", "SVN"), Map.entry("ee", "EST"), Map.entry("lv", "LVA"),
			Map.entry("lt", "LTU"), Map.entry("ua", "UKR"), Map.entry("ru", "RUS"), Map.entry("tr", "TUR"),
			// Middle East and Africa
			Map.entry("il", "ISR"), Map.entry("ae", "ARE"), Map.entry("sa", "SAU"), Map.entry("qa", "QAT"),
			Map.entry("kw", "KWT"), Map.entry("eg", "EGY"), Map.entry("ma", "MAR"), Map.entry("za", "ZAF"),
			Map.entry("ng", "NGA"), Map.entry("ke", "KEN"),
			// Asia and Oceania
			Map.entry("cn", "CHN"), Map.entry("hk", "HKG"), Map.entry("tw", "TWN"), Map.entry("jp", "JPN"),
			Map.entry("kr", "KOR"), Map.entry("in", "IND"), Map.entry("pk", "PAK"), Map.entry("bd", "BGD"),
			Map.entry("lk", "LKA"), Map.entry("np", "NPL"), Map.entry("sg", "SGP"), Map.entry("my", "MYS"),
			Map.entry("id", "IDN"), Map.entry("th", "THA"), Map.entry("vn", "VNM"), Map.entry("ph", "PHL"),
			Map.entry("kz", "KAZ"), Map.entry("au", "AUS"), Map.entry("nz", "NZL"),
			// South America
			Map.entry("br", "BRA"), Map.entry("ar", "ARG"), Map.entry("cl", "CHL"), Map.entry("co", "COL"),
			Map.entry("pe", "PER")));

	private CountryCodes() {
	}

	/** @return the alpha-3 code of a two-letter lower-case storefront code, or null when the table lacks it */
	public static String alpha3(String alpha2) {
		return (alpha2 != null) ? ALPHA3.get(alpha2) : null;
	}

	/** Every two-letter code of the table, in alphabetical order. */
	public static List<String> alpha2Codes() {
		return List.copyOf(ALPHA3.keySet());
	}

}
