package org.esimstore.esim;

import org.esimstore.dancity.Masking;
import org.jspecify.annotations.Nullable;

/**
 * Everything a storefront needs to get an eSIM onto a phone: the code to scan or type,
 * its parts for manual entry, our QR image and Apple's one-tap link.
 *
 * @param activationCode the LPA activation code
 * @param smdpAddress the SM-DP+ address, when the code could be read
 * @param matchingId the matching ID, when the code has one
 * @param qrCodeUrl this service's QR image of the activation code (bearer token needed)
 * @param iosInstallUrl Apple's install link for iPhones (iOS 17.4 and later)
 */
record InstallBundle(String activationCode, @Nullable String smdpAddress, @Nullable String matchingId, String qrCodeUrl,
		String iosInstallUrl) {

	static InstallBundle of(InstallDetails install, String qrCodeUrl) {
		return new InstallBundle(install.activationCode(), install.smdpAddress(), install.matchingId(), qrCodeUrl,
				install.iosInstallUrl());
	}

	@Override
	public String toString() {
		return "InstallBundle[activationCode=" + Masking.secret(this.activationCode) + ", smdpAddress="
				+ this.smdpAddress + ", qrCodeUrl=" + this.qrCodeUrl + "]";
	}

}
