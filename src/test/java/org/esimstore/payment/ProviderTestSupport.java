package org.esimstore.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Builds payment configuration for provider tests and finds a port nothing listens on.
 */
public final class ProviderTestSupport {

	/** A Paystack test secret key. */
	public static final String PAYSTACK_SECRET = "sk_test_4f1c2e9b7a3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f";

	/** A Stripe test secret key. */
	public static final String STRIPE_SECRET = "sk_test_51NzQhTLkdIwHu7ixAbCdEfGhIjKlMnOpQrStUvWxYz";

	/** A Stripe webhook signing secret. */
	public static final String STRIPE_WEBHOOK_SECRET = "whsec_0c9a8b7d6e5f4a3b2c1d0e9f8a7b6c5d";

	private ProviderTestSupport() {
	}

	public static PaymentProperties paystack(String baseUrl, Duration readTimeout, @Nullable String callbackUrl) {
		return new PaymentProperties(PaymentProviderType.PAYSTACK, Duration.ofSeconds(2), readTimeout,
				new PaymentProperties.Paystack(PAYSTACK_SECRET, baseUrl, callbackUrl), null);
	}

	public static PaymentProperties stripe(String baseUrl, Duration readTimeout, @Nullable String apiVersion) {
		return new PaymentProperties(PaymentProviderType.STRIPE, Duration.ofSeconds(2), readTimeout, null,
				new PaymentProperties.Stripe(STRIPE_SECRET, STRIPE_WEBHOOK_SECRET, baseUrl,
						"https://shop.example/paid?session_id={CHECKOUT_SESSION_ID}", "https://shop.example/cart",
						apiVersion, Duration.ofMinutes(5)));
	}

	/**
	 * A base URL on the loopback interface where no server listens, so connecting is
	 * refused.
	 * @return the URL
	 */
	public static String refusingBaseUrl() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
