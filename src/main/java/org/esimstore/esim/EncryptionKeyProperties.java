package org.esimstore.esim;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that protects activation codes at rest.
 *
 * @param encryptionKey base64 of a 32-byte AES-256 key ({@code ESIM_ENCRYPTION_KEY})
 */
@ConfigurationProperties("storefront")
record EncryptionKeyProperties(@Nullable String encryptionKey) {

	@Override
	public String toString() {
		return "EncryptionKeyProperties[encryptionKey=" + ((this.encryptionKey != null) ? "<set>" : "<unset>") + "]";
	}

}
