package org.esimstore.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces names and search terms to plain lower-case letters and digits, so that
 * {@code cote} finds {@code Côte d'Ivoire} and {@code curacao} finds {@code Curaçao}.
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchText() {
	}

	static String normalize(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		// Letters that Unicode does not decompose into a base letter and a mark.
		plain = plain.replace("æ", "ae")
			.replace("ø", "o")
			.replace("œ", "oe")
			.replace("ß", "ss")
			.replace("đ", "d")
			.replace("ł", "l")
			.replace("ı", "i")
			.replace("þ", "th");
		return SEPARATORS.matcher(plain).replaceAll(" ").strip();
	}

	/**
	 * Whether any of the texts contains the search term, both normalized.
	 * @param normalizedTerm the term, already normalized
	 * @param texts the texts to look in
	 * @return true when one of them matches
	 */
	static boolean matches(String normalizedTerm, String... texts) {
		for (String text : texts) {
			if (normalize(text).contains(normalizedTerm)) {
				return true;
			}
		}
		return false;
	}

}
