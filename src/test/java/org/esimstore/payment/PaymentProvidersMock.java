package org.esimstore.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * One WireMock server standing in for both Paystack's and Stripe's APIs (their paths do
 * not overlap), shared by the integration tests, and webhook signatures computed the way
 * each provider computes them.
 */
public final class PaymentProvidersMock {

	private static PaymentProvidersMock shared;

	private final WireMockServer server;

	private PaymentProvidersMock() {
		this.server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.containerThreads(32)
			.extensionScanningEnabled(false)
			.templatingEnabled(true)
			.globalTemplating(false));
		this.server.start();
	}

	/**
	 * The mock shared by every test in this JVM.
	 * @return the running mock
	 */
	public static synchronized PaymentProvidersMock shared() {
		if (shared == null) {
			shared = new PaymentProvidersMock();
			Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stop));
		}
		return shared;
	}

	/**
	 * Where the mock listens; the base URL of both providers in tests.
	 * @return the base URL such as {@code http://localhost:4712}
	 */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	public WireMockServer server() {
		return this.server;
	}

	/**
	 * The {@code x-paystack-signature} Paystack sends: the hex HMAC-SHA512 of the raw
	 * body keyed with the secret API key.
	 * @param body the raw body
	 * @param secretKey the key
	 * @return the signature
	 */
	public static String paystackSignature(byte[] body, String secretKey) {
		return HexFormat.of().formatHex(hmac("HmacSHA512", secretKey, body));
	}

	/**
	 * The {@code Stripe-Signature} Stripe sends: the timestamp and the hex HMAC-SHA256 of
	 * {@code "<timestamp>.<raw body>"} keyed with the endpoint's signing secret.
	 * @param body the raw body
	 * @param timestamp the signing time, in Unix seconds
	 * @param secret the endpoint's signing secret
	 * @return the header's value
	 */
	public static String stripeSignature(byte[] body, long timestamp, String secret) {
		byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
		byte[] signed = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, signed, 0, prefix.length);
		System.arraycopy(body, 0, signed, prefix.length, body.length);
		return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac("HmacSHA256", secret, signed));
	}

	private static byte[] hmac(String algorithm, String key, byte[] data) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
