package org.esimstore.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A catalog answer ready to send: its JSON body, the strong entity tag of that body, and
 * whether the data behind it is stale.
 *
 * @param body the JSON body
 * @param etag the quoted entity tag, a digest of the body
 * @param staleAge the age of the oldest data in it when that is past its freshness,
 * {@code null} when all of it is fresh
 */
record CatalogAnswer(byte[] body, String etag, @Nullable Duration staleAge) {

	/**
	 * The same body and tag with the given staleness.
	 * @param staleAge the age of the stale data, or {@code null}
	 * @return the answer
	 */
	CatalogAnswer withStaleAge(@Nullable Duration staleAge) {
		return new CatalogAnswer(this.body, this.etag, staleAge);
	}

	/**
	 * An answer for a body, with a strong entity tag derived from it.
	 * @param body the JSON body
	 * @return the fresh answer
	 */
	static CatalogAnswer of(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
			return new CatalogAnswer(body, "\"" + tag + "\"", null);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
