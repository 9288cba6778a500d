package org.esimstore.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search terms match names whatever their case, accents and punctuation.
 */
class SearchTextTests {

	@Test
	void findsAccentedNamesFromPlainTerms() {
		assertThat(SearchText.matches(SearchText.normalize("cote"), "Côte d'Ivoire")).isTrue();
		assertThat(SearchText.matches(SearchText.normalize("CURACAO"), "Curaçao")).isTrue();
		assertThat(SearchText.matches(SearchText.normalize("reunion"), "Réunion")).isTrue();
	}

	@Test
	void findsPlainNamesFromAccentedTerms() {
		assertThat(SearchText.matches(SearchText.normalize("Séné"), "Senegal")).isTrue();
	}

	@Test
	void ignoresPunctuationBetweenWords() {
		assertThat(SearchText.matches(SearchText.normalize("cote d’ivoire"), "Côte d'Ivoire")).isTrue();
		assertThat(SearchText.matches(SearchText.normalize("eu 42"), "EU-42")).isTrue();
	}

	@Test
	void foldsLettersWithoutAccentMarks() {
		assertThat(SearchText.matches(SearchText.normalize("faeroe"), "Færøe Islands")).isTrue();
		assertThat(SearchText.matches(SearchText.normalize("lodz"), "Łódź")).isTrue();
	}

	@Test
	void doesNotMatchOtherNames() {
		assertThat(SearchText.matches(SearchText.normalize("ghana"), "Nigeria", "NG")).isFalse();
	}

}
