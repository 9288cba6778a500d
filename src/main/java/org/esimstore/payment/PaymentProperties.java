package org.esimstore.payment;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Which payment provider takes payments, and how to reach and verify each of them. The
 * secrets held here never appear in {@link #toString()}.
 *
 * @param provider the provider taking payments ({@code PAYMENT_PROVIDER}); {@code null}
 * when none is configured
 * @param connectTimeout how long to wait for a connection to a provider, 5 seconds by
 * default
 * @param readTimeout how long to wait for a provider's answer, 30 seconds by default
 * @param paystack how to reach Paystack
 * @param stripe how to reach Stripe
 */
@ConfigurationProperties("storefront.payment")
public record PaymentProperties(@Nullable PaymentProviderType provider, Duration connectTimeout, Duration readTimeout,
		Paystack paystack, Stripe stripe) {

	private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	public PaymentProperties(@Nullable PaymentProviderType provider, @Nullable Duration connectTimeout,
			@Nullable Duration readTimeout, @Nullable Paystack paystack, @Nullable Stripe stripe) {
		this.provider = provider;
		this.connectTimeout = (connectTimeout != null) ? connectTimeout : DEFAULT_CONNECT_TIMEOUT;
		this.readTimeout = (readTimeout != null) ? readTimeout : DEFAULT_READ_TIMEOUT;
		this.paystack = (paystack != null) ? paystack : new Paystack(null, null, null);
		this.stripe = (stripe != null) ? stripe : new Stripe(null, null, null, null, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	private static String describeSecret(@Nullable String secret) {
		return (secret != null) ? "<set>" : "<not set>";
	}

	/**
	 * How to reach Paystack.
	 *
	 * @param secretKey the secret API key, also the key of webhook signatures
	 * ({@code PAYSTACK_SECRET_KEY})
	 * @param baseUrl the API's base URL ({@code PAYSTACK_BASE_URL}), by default
	 * {@code https://api.paystack.co}
	 * @param callbackUrl where Paystack sends the customer after paying
	 * ({@code PAYSTACK_CALLBACK_URL}); the dashboard's setting when {@code null}
	 */
	public record Paystack(@Nullable String secretKey, String baseUrl, @Nullable String callbackUrl) {

		static final String DEFAULT_BASE_URL = "https://api.paystack.co";

		public Paystack(@Nullable String secretKey, @Nullable String baseUrl, @Nullable String callbackUrl) {
			this.secretKey = blankToNull(secretKey);
			String url = blankToNull(baseUrl);
			this.baseUrl = (url != null) ? url : DEFAULT_BASE_URL;
			this.callbackUrl = blankToNull(callbackUrl);
		}

		@Override
		public String toString() {
			return "Paystack[secretKey=" + describeSecret(this.secretKey) + ", baseUrl=" + this.baseUrl
					+ ", callbackUrl=" + this.callbackUrl + "]";
		}

	}

	/**
	 * How to reach Stripe and verify its webhooks.
	 *
	 * @param secretKey the secret API key ({@code STRIPE_SECRET_KEY})
	 * @param webhookSecret the signing secret of the webhook endpoint
	 * ({@code STRIPE_WEBHOOK_SECRET})
	 * @param baseUrl the API's base URL ({@code STRIPE_BASE_URL}), by default
	 * {@code https://api.stripe.com}
	 * @param successUrl where Checkout sends the customer after paying
	 * ({@code STRIPE_SUCCESS_URL}); may contain {@code {CHECKOUT_SESSION_ID}}
	 * @param cancelUrl where Checkout sends a customer who goes back
	 * ({@code STRIPE_CANCEL_URL}); no back link when {@code null}
	 * @param apiVersion the API version sent as {@code Stripe-Version}
	 * ({@code STRIPE_API_VERSION}); the account's default when {@code null}
	 * @param webhookTolerance how far a webhook's signed timestamp may be from now, 5
	 * minutes by default
	 */
	public record Stripe(@Nullable String secretKey, @Nullable String webhookSecret, String baseUrl,
			@Nullable String successUrl, @Nullable String cancelUrl, @Nullable String apiVersion,
			Duration webhookTolerance) {

		static final String DEFAULT_BASE_URL = "https://api.stripe.com";

		private static final Duration DEFAULT_WEBHOOK_TOLERANCE = Duration.ofMinutes(5);

		public Stripe(@Nullable String secretKey, @Nullable String webhookSecret, @Nullable String baseUrl,
				@Nullable String successUrl, @Nullable String cancelUrl, @Nullable String apiVersion,
				@Nullable Duration webhookTolerance) {
			this.secretKey = blankToNull(secretKey);
			this.webhookSecret = blankToNull(webhookSecret);
			String url = blankToNull(baseUrl);
			this.baseUrl = (url != null) ? url : DEFAULT_BASE_URL;
			this.successUrl = blankToNull(successUrl);
			this.cancelUrl = blankToNull(cancelUrl);
			this.apiVersion = blankToNull(apiVersion);
			this.webhookTolerance = (webhookTolerance != null) ? webhookTolerance : DEFAULT_WEBHOOK_TOLERANCE;
		}

		@Override
		public String toString() {
			return "Stripe[secretKey=" + describeSecret(this.secretKey) + ", webhookSecret="
					+ describeSecret(this.webhookSecret) + ", baseUrl=" + this.baseUrl + ", successUrl="
					+ this.successUrl + ", cancelUrl=" + this.cancelUrl + ", apiVersion=" + this.apiVersion
					+ ", webhookTolerance=" + this.webhookTolerance + "]";
		}

	}

}
