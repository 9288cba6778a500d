package org.esimstore.dancity;

import org.jspecify.annotations.Nullable;

/**
 * Masks customer secrets and identifiers before they reach a log line or an exception
 * message.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * Masks an activation code or other secret, keeping only its last four characters.
	 * @param secret the secret, possibly {@code null}
	 * @return a masked form safe to log
	 */
	public static String secret(@Nullable String secret) {
		if (secret == null || secret.isEmpty()) {
			return "<none>";
		}
		return (secret.length() <= 8) ? "****" : "****" + secret.substring(secret.length() - 4);
	}

	/**
	 * Masks an ICCID, keeping the last five digits support staff ask for.
	 * @param iccid the ICCID, possibly {@code null}
	 * @return a masked form safe to log
	 */
	public static String iccid(@Nullable String iccid) {
		if (iccid == null || iccid.isEmpty()) {
			return "<none>";
		}
		return (iccid.length() <= 5) ? "*****" : "…" + iccid.substring(iccid.length() - 5);
	}

}
