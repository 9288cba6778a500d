package org.esimstore.esim;

import java.util.regex.Pattern;

import org.esimstore.dancity.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an LPA activation code ({@code LPA:1$<SM-DP+ address>$<matching ID>},
 * possibly followed by more {@code $}-separated fields).
 *
 * @param smdpAddress the SM-DP+ server's host name
 * @param matchingId the matching ID, or {@code null} when the code leaves it empty
 */
record LpaActivationCode(String smdpAddress, @Nullable String matchingId) {

	private static final String PREFIX = "LPA:";

	private static final Pattern HOST_NAME = Pattern.compile(
			"(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private static final Pattern MATCHING_ID = Pattern.compile("[\\x21-\\x7E]*");

	/**
	 * Reads an activation code, with or without its {@code LPA:} prefix.
	 * @param activationCode the code as Dancity sent it
	 * @return its SM-DP+ address and matching ID
	 * @throws InvalidActivationCodeException when it is not an LPA activation code
	 */
	static LpaActivationCode parse(@Nullable String activationCode) {
		if (activationCode == null || activationCode.isBlank()) {
			throw new InvalidActivationCodeException("Activation code is empty");
		}
		String code = activationCode.strip();
		if (code.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			code = code.substring(PREFIX.length());
		}
		String[] fields = code.split("\\$", -1);
		if (fields.length < 3) {
			throw new InvalidActivationCodeException("Activation code '" + Masking.secret(activationCode)
					+ "' is not of the form 'LPA:1$<SM-DP+ address>$<matching ID>'");
		}
		if (!"1".equals(fields[0])) {
			throw new InvalidActivationCodeException(
					"Activation code has format '" + fields[0] + "'; only format '1' is known");
		}
		if (!HOST_NAME.matcher(fields[1]).matches()) {
			throw new InvalidActivationCodeException(
					"Activation code names '" + fields[1] + "' as SM-DP+ address, which is not a host name");
		}
		if (!MATCHING_ID.matcher(fields[2]).matches()) {
			throw new InvalidActivationCodeException("Activation code '" + Masking.secret(activationCode)
					+ "' has a matching ID with spaces or control characters");
		}
		return new LpaActivationCode(fields[1], fields[2].isEmpty() ? null : fields[2]);
	}

	@Override
	public String toString() {
		return "LpaActivationCode[smdpAddress=" + this.smdpAddress + ", matchingId=" + Masking.secret(this.matchingId)
				+ "]";
	}

}
