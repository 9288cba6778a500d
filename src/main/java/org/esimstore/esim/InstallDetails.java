package org.esimstore.esim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.esimstore.dancity.Masking;
import org.jspecify.annotations.Nullable;

/**
 * What a phone needs to install an eSIM: the LPA activation code and, split out of it for
 * manual entry, the SM-DP+ address and matching ID.
 *
 * @param activationCode the LPA activation code, such as
 * {@code LPA:1$rsp.example.com$ABC123}; a customer secret
 * @param smdpAddress the SM-DP+ address, when the code could be read
 * @param matchingId the matching ID, when the code has one
 */
public record InstallDetails(String activationCode, @Nullable String smdpAddress, @Nullable String matchingId) {

	private static final String IOS_INSTALL_URL = "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=";

	/**
	 * Splits an activation code into its parts; a code that cannot be read is still kept
	 * whole, since a phone may well scan what this service cannot parse.
	 * @param activationCode the activation code
	 * @param smdpAddress the SM-DP+ address Dancity gave separately, used when the code
	 * cannot be read
	 * @return the install details
	 */
	static InstallDetails of(String activationCode, @Nullable String smdpAddress) {
		try {
			LpaActivationCode parsed = LpaActivationCode.parse(activationCode);
			return new InstallDetails(activationCode, parsed.smdpAddress(), parsed.matchingId());
		}
		catch (InvalidActivationCodeException ex) {
			return new InstallDetails(activationCode, smdpAddress, null);
		}
	}

	/**
	 * Apple's one-tap install link, which opens the eSIM setup on an iPhone (iOS 17.4 and
	 * later).
	 * @return the link carrying the URL-encoded activation code
	 */
	public String iosInstallUrl() {
		// URLEncoder writes form encoding, where a space is '+'; a query parameter needs
		// %20.
		return IOS_INSTALL_URL + URLEncoder.encode(this.activationCode, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public String toString() {
		return "InstallDetails[activationCode=" + Masking.secret(this.activationCode) + ", smdpAddress="
				+ this.smdpAddress + "]";
	}

}
