package dev.delist.store.galaxy;

/** What one Galaxy Store detail answer said, read without judging it: the outcome is decided by {@link GalaxyAnswers}. */
sealed interface GalaxyAnswer {

	/** The listing's detail. */
	record Detail(GalaxyDetail detail) implements GalaxyAnswer {
	}

	/** A JSON body carrying {@code errCode}, e.g. {@code {"errCode":"9900","errMsg":"..."}}. */
	record StoreError(String code, String message) implements GalaxyAnswer {
	}

	/** A body that is not JSON at all (an HTML block or login page); {@code start} is its first characters. */
	record NotJson(String start) implements GalaxyAnswer {
	}

}
