package org.esimstore.dancity;

/**
 * Holds the Dancity API key and keeps it out of every message that could reach a log or a
 * client.
 */
final class Secrets {

	private static final String REDACTED = "******";

	private final String apiKey;

	Secrets(String apiKey) {
		this.apiKey = apiKey;
	}

	String apiKey() {
		return this.apiKey;
	}

	/**
	 * Removes the API key from a text that came from elsewhere, such as an upstream error
	 * message.
	 * @param text the text
	 * @return the text without the key
	 */
	String redact(String text) {
		return (this.apiKey.isEmpty()) ? text : text.replace(this.apiKey, REDACTED);
	}

	@Override
	public String toString() {
		return REDACTED;
	}

}
