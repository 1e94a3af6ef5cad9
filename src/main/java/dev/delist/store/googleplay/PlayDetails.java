package dev.delist.store.googleplay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import dev.delist.store.Listing;
import dev.delist.store.Store;

/**
 * Everything delist reads from one Google Play app-details page. Only title, packageName and developerName are
 * guaranteed; any other field the page did not give is null.
 *
 * @param developerId the developer link id and its form (numeric or name)
 * @param updatedEpochSeconds last update, seconds since the epoch
 * @param priceMicros price in millionths of {@code currency}
 * @param released release date as the store printed it (e.g. "Aug 15, 2011"), language of the page
 */
public record PlayDetails(String title, String packageName, String developerName, PlayDeveloperId developerId,
		String developerEmail, String developerWebsite, String legalName, String legalEmail, String legalAddress,
		String installs, Long updatedEpochSeconds, String version, String genre, String genreId,
		String privacyPolicy, Long priceMicros, String currency, String released) {

	private static final String DETAILS_URL = "https://play.google.com/store/apps/details?id=";

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

	public Listing toListing(String country) {
		return new Listing(Store.GOOGLE_PLAY, country, this.packageName, this.packageName, this.title,
				this.developerName, (this.developerId != null) ? this.developerId.id() : null, this.legalName,
				DETAILS_URL + this.packageName, this.developerWebsite, this.version, isoDate(this.released),
				(this.updatedEpochSeconds != null) ? Instant.ofEpochSecond(this.updatedEpochSeconds).toString() : null,
				(this.priceMicros != null) ? BigDecimal.valueOf(this.priceMicros, 6).stripTrailingZeros() : null,
				this.currency, (this.genre != null) ? List.of(this.genre) : List.of());
	}

	/** ISO date when the page was English (hl=en); otherwise the store's own text rather than nothing. */
	private static String isoDate(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text, ENGLISH_DATE).toString();
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

}
