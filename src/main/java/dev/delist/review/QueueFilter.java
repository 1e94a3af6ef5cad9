package dev.delist.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.delist.match.Tier;
import dev.delist.store.Store;

/**
 * Which candidates of the current runs the queue shows; a null field does not filter. The same filter selects the
 * candidates of a bulk decision.
 *
 * @param store a store id ({@code apple}, {@code google-play}, {@code galaxy-store})
 * @param country a storefront, two lower-case letters
 * @param takedown whether the candidate is a takedown candidate (entry in force, storefront in the jurisdiction)
 * @param state null for every state
 * @param app text a reviewer was asked about: selects candidates whose app id, bundle id, title or developer name
 * contains it, ignoring case (the text as typed: {@code %} and {@code _} are no wildcards)
 */
public record QueueFilter(String store, String listId, Tier tier, CandidateChange change, String country,
		Boolean takedown, CandidateState state, String app) {

	/** The request parameters {@link #fromParameters} reads. */
	public static final String STORE = "store", LIST = "list", TIER = "tier", CHANGE = "change", COUNTRY = "country",
			TAKEDOWN = "takedown", STATE = "state", APP = "app";

	/** The {@code state} parameter's value for every state. */
	public static final String ANY_STATE = "all";

	private static final Pattern COUNTRY_CODE = Pattern.compile("^[a-z]{2}$");

	private static final int MAX_LIST_ID = 200;

	/** Longest app search, in characters: longer than any title or id a store accepts. */
	public static final int MAX_APP = 200;

	public QueueFilter {
		if (store != null && Arrays.stream(Store.values()).noneMatch((known) -> known.id().equals(store))) {
			throw new InvalidFilter(STORE, "'" + store + "' is not a store (" + Store.knownIds() + ")");
		}
		if (country != null && !COUNTRY_CODE.matcher(country).matches()) {
			throw new InvalidFilter(COUNTRY, "'" + country + "' is not a two-letter country code");
		}
		if (listId != null && (listId.isEmpty() || listId.length() > MAX_LIST_ID
				|| listId.chars().anyMatch(Character::isISOControl))) {
			throw new InvalidFilter(LIST, "not a list id");
		}
		if (app != null) {
			int length = app.codePointCount(0, app.length());
			if (app.isBlank()) {
				throw new InvalidFilter(APP, "blank (leave it out to show every app)");
			}
			if (length > MAX_APP) {
				throw new InvalidFilter(APP, length + " characters, at most " + MAX_APP);
			}
			if (app.chars().anyMatch(Character::isISOControl)) {
				throw new InvalidFilter(APP, "contains a control character");
			}
		}
	}

	/** The reviewers' default: every OPEN candidate. */
	public static QueueFilter open() {
		return new QueueFilter(null, null, null, null, null, null, CandidateState.OPEN, null);
	}

	/** Every candidate of the current runs, whatever its state. */
	public static QueueFilter everything() {
		return new QueueFilter(null, null, null, null, null, null, null, null);
	}

	public QueueFilter withState(CandidateState state) {
		return new QueueFilter(this.store, this.listId, this.tier, this.change, this.country, this.takedown, state,
				this.app);
	}

	/**
	 * Reads a filter from request parameters ({@value #STORE}, {@value #LIST}, {@value #TIER}, {@value #CHANGE},
	 * {@value #COUNTRY}, {@value #TAKEDOWN} {@code true|false}, {@value #STATE}, {@value #APP}); values are case-insensitive and
	 * blank ones ignored. Without a {@code state} the filter shows OPEN candidates; {@code state=all} shows every
	 * state.
	 *
	 * @throws InvalidFilter naming the parameter whose value is not one it can take
	 */
	public static QueueFilter fromParameters(Map<String, String> parameters) {
		String store = value(parameters, STORE);
		if (store != null) {
			store = store.toLowerCase(Locale.ROOT);
		}
		String listId = value(parameters, LIST);
		String country = value(parameters, COUNTRY);
		if (country != null) {
			country = country.toLowerCase(Locale.ROOT);
			if (!COUNTRY_CODE.matcher(country).matches()) {
				throw new InvalidFilter(COUNTRY, "'" + country + "' is not a two-letter country code");
			}
		}
		String takedown = value(parameters, TAKEDOWN);
		Boolean isTakedown = null;
		if (takedown != null) {
			isTakedown = switch (takedown.toLowerCase(Locale.ROOT)) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new InvalidFilter(TAKEDOWN, "'" + takedown + "' is not true or false");
			};
		}
		String state = value(parameters, STATE);
		CandidateState parsedState = CandidateState.OPEN;
		if (state != null) {
			parsedState = state.equalsIgnoreCase(ANY_STATE) ? null : parse(CandidateState.class, STATE, state);
		}
		return new QueueFilter(store, listId, parse(Tier.class, TIER, value(parameters, TIER)),
				parse(CandidateChange.class, CHANGE, value(parameters, CHANGE)), country, isTakedown, parsedState,
				value(parameters, APP));
	}

	private static String value(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			StringBuilder known = new StringBuilder();
			for (E constant : type.getEnumConstants()) {
				known.append((known.length() > 0) ? ", " : "").append(constant.name());
			}
			throw new InvalidFilter(parameter, "'" + value + "' is not one of " + known
					+ (parameter.equals(STATE) ? ", " + ANY_STATE : ""));
		}
	}

}
