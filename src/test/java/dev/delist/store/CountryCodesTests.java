package dev.delist.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.delist.definition.JobDefinitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one table of storefront codes the Galaxy Store is asked with. */
class CountryCodesTests {

	@Test
	void shouldAgreeWithIso3166ForEveryCode() {
		for (String alpha2 : CountryCodes.alpha2Codes()) {
			assertThat(CountryCodes.alpha3(alpha2)).as(alpha2)
				.isEqualTo(new Locale("", alpha2.toUpperCase(Locale.ROOT)).getISO3Country());
		}
		assertThat(CountryCodes.alpha2Codes()).hasSizeGreaterThanOrEqualTo(40).isSorted();
	}

	@Test
	void shouldCoverTheStorefrontsTheShippedJobScreens() {
		Set<String> shipped = new HashSet<>(Set.of("us", "gb", "de", "fr", "cn", "in", "jp", "kr"));
		JobDefinitions.load(Path.of("jobs"), "nightly")
			.stores()
			.values()
			.forEach((settings) -> shipped.addAll(settings.countries()));

		assertThat(shipped).allSatisfy((country) -> assertThat(CountryCodes.alpha3(country)).as(country).isNotNull());
		assertThat(CountryCodes.alpha3("us")).isEqualTo("USA");
		assertThat(CountryCodes.alpha3("in")).isEqualTo("IND");
	}

	@Test
	void shouldMapNothingItDoesNotKnow() {
		// "uk" is the common slip for gb; a guess would ask the store for a storefront nobody meant
		assertThat(CountryCodes.alpha3("uk")).isNull();
		assertThat(CountryCodes.alpha3("xx")).isNull();
		assertThat(CountryCodes.alpha3(null)).isNull();
		assertThat(CountryCodes.alpha3("US")).isNull();
		assertThat(Store.GALAXY_STORE.storefrontProblem("uk")).startsWith("'uk' has no galaxy-store storefront code")
			.contains("gb, ");
		assertThat(Store.APPLE.storefrontProblem("uk")).isNull();
	}

}
