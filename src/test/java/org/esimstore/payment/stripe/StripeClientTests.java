package org.esimstore.payment.stripe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.money.Money;
import org.esimstore.payment.PaymentProperties;
import org.esimstore.payment.PaymentProviderRejectedException;
import org.esimstore.payment.PaymentProviderType;
import org.esimstore.payment.PaymentProviderUnavailableException;
import org.esimstore.payment.ProviderRefund;
import org.esimstore.payment.ProviderTestSupport;
import org.esimstore.payment.RefundStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the Stripe client sends, idempotency keys included, how it reads Stripe's answers,
 * and how each failure is reported, against a local WireMock Stripe.
 */
class StripeClientTests {

	private static final String AUTHORIZATION = "Bearer " + ProviderTestSupport.STRIPE_SECRET;

	private static final String OPEN_SESSION = """
			{
			  "id": "cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY",
			  "object": "checkout.session",
			  "after_expiration": null,
			  "allow_promotion_codes": null,
			  "amount_subtotal": 499,
			  "amount_total": 499,
			  "automatic_tax": { "enabled": false, "liability": null, "status": null },
			  "billing_address_collection": null,
			  "cancel_url": "https://shop.example/cart",
			  "client_reference_id": "ref-7f3a9c-1",
			  "created": 1779617000,
			  "currency": "usd",
			  "customer": null,
			  "customer_creation": "if_required",
			  "customer_details": null,
			  "customer_email": "ada@example.com",
			  "expires_at": 1779618800,
			  "livemode": false,
			  "locale": null,
			  "metadata": { "order_id": "7f3a9c" },
			  "mode": "payment",
			  "payment_intent": null,
			  "payment_method_types": ["card"],
			  "payment_status": "unpaid",
			  "status": "open",
			  "success_url": "https://shop.example/paid?session_id={CHECKOUT_SESSION_ID}",
			  "total_details": { "amount_discount": 0, "amount_shipping": 0, "amount_tax": 0 },
			  "ui_mode": "hosted",
			  "url": "https://checkout.stripe.com/c/pay/cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY"
			}
			""";

	private static final String SESSION_ID = "cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY";

	private static WireMockServer stripe;

	private StripeClient client;

	@BeforeAll
	static void startStripe() {
		stripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		stripe.start();
	}

	@AfterAll
	static void stopStripe() {
		stripe.stop();
	}

	@BeforeEach
	void setUp() {
		stripe.resetAll();
		this.client = clientFor(stripe.baseUrl(), Duration.ofSeconds(5));
	}

	private static StripeClient clientFor(String baseUrl, Duration readTimeout) {
		return new StripeClient(ProviderTestSupport.stripe(baseUrl, readTimeout, null), JsonMapper.builder().build());
	}

	private static StripeCheckoutRequest request(String reference) {
		return new StripeCheckoutRequest("7f3a9c", reference, Money.of("4.99", "USD"), "Nigeria 1 GB, 7 days",
				"ada@example.com", Instant.ofEpochSecond(1779618800));
	}

	@Test
	void createCheckoutSessionSendsOneLineItemOurReferencesAndAnIdempotencyKey() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(okJson(OPEN_SESSION)));

		StripeCheckoutSession session = this.client.createCheckoutSession(request("ref-7f3a9c-1"));

		assertThat(session.sessionId()).isEqualTo(SESSION_ID);
		assertThat(session.url()).isEqualTo("https://checkout.stripe.com/c/pay/" + SESSION_ID);
		assertThat(session.status()).isEqualTo(StripeSessionStatus.OPEN);
		assertThat(session.paymentStatus()).isEqualTo(StripePaymentStatus.UNPAID);
		assertThat(session.paymentIntentId()).isNull();
		stripe.verify(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
			.withHeader("Authorization", equalTo(AUTHORIZATION))
			.withHeader("Idempotency-Key", equalTo("esimstore:checkout-session:7f3a9c:ref-7f3a9c-1:1779618800"))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withHeader("Stripe-Version", absent())
			.withFormParam("mode", equalTo("payment"))
			.withFormParam("line_items[0][quantity]", equalTo("1"))
			.withFormParam("line_items[0][price_data][currency]", equalTo("usd"))
			.withFormParam("line_items[0][price_data][unit_amount]", equalTo("499"))
			.withFormParam("line_items[0][price_data][product_data][name]", equalTo("Nigeria 1 GB, 7 days"))
			.withFormParam("client_reference_id", equalTo("ref-7f3a9c-1"))
			.withFormParam("metadata[order_id]", equalTo("7f3a9c"))
			.withFormParam("payment_intent_data[metadata][order_id]", equalTo("7f3a9c"))
			.withFormParam("success_url", equalTo("https://shop.example/paid?session_id={CHECKOUT_SESSION_ID}"))
			.withFormParam("cancel_url", equalTo("https://shop.example/cart"))
			.withFormParam("customer_email", equalTo("ada@example.com"))
			.withFormParam("expires_at", equalTo("1779618800")));
	}

	@Test
	void createCheckoutSessionLeavesOutTheEmailWhenUnknown() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(okJson(OPEN_SESSION)));

		this.client.createCheckoutSession(new StripeCheckoutRequest("7f3a9c", "ref-7f3a9c-1",
				Money.of("4500.00", "NGN"), "Nigeria 1 GB, 7 days", null, null));

		LoggedRequest sent = stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))).get(0);
		assertThat(sent.getBodyAsString()).doesNotContain("customer_email")
			.doesNotContain("expires_at")
			.contains("line_items%5B0%5D%5Bprice_data%5D%5Bunit_amount%5D=450000")
			.contains("line_items%5B0%5D%5Bprice_data%5D%5Bcurrency%5D=ngn");
	}

	@Test
	void aRetryOfTheSamePaymentAttemptReusesItsIdempotencyKey() {
		stripe.stubFor(post("/v1/checkout/sessions").inScenario("retry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("""
					{"error": {"type": "api_error", "message": "An unknown error occurred"}}
					"""))
			.willSetStateTo("recovered"));
		stripe.stubFor(post("/v1/checkout/sessions").inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(OPEN_SESSION)));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(() -> this.client.createCheckoutSession(request("ref-7f3a9c-1")));
		this.client.createCheckoutSession(request("ref-7f3a9c-1"));
		this.client.createCheckoutSession(request("ref-7f3a9c-2"));

		List<String> keys = stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")))
			.stream()
			.map((sent) -> sent.getHeader("Idempotency-Key"))
			.toList();
		assertThat(keys).containsExactly("esimstore:checkout-session:7f3a9c:ref-7f3a9c-1:1779618800",
				"esimstore:checkout-session:7f3a9c:ref-7f3a9c-1:1779618800",
				"esimstore:checkout-session:7f3a9c:ref-7f3a9c-2:1779618800");
	}

	@Test
	void retrieveCheckoutSessionReadsAPaidSession() {
		stripe.stubFor(get("/v1/checkout/sessions/" + SESSION_ID).willReturn(okJson(
				OPEN_SESSION.replace("\"payment_intent\": null", "\"payment_intent\": \"pi_3MtwBwLkdIwHu7ix28a3tqPa\"")
					.replace("\"payment_status\": \"unpaid\"", "\"payment_status\": \"paid\"")
					.replace("\"status\": \"open\"", "\"status\": \"complete\"")
					.replace("\"url\": \"https://checkout.stripe.com/c/pay/" + SESSION_ID + "\"", "\"url\": null"))));

		StripeCheckoutSession session = this.client.retrieveCheckoutSession(SESSION_ID);

		assertThat(session).isEqualTo(
				new StripeCheckoutSession(SESSION_ID, null, StripeSessionStatus.COMPLETE, StripePaymentStatus.PAID,
						Money.of("4.99", "USD"), "ref-7f3a9c-1", "pi_3MtwBwLkdIwHu7ix28a3tqPa", "7f3a9c"));
		assertThat(session.isPaid()).isTrue();
		stripe.verify(getRequestedFor(urlPathEqualTo("/v1/checkout/sessions/" + SESSION_ID))
			.withHeader("Authorization", equalTo(AUTHORIZATION))
			.withHeader("Idempotency-Key", absent()));
	}

	@Test
	void retrieveCheckoutSessionReadsAnExpandedPaymentIntent() {
		stripe.stubFor(get("/v1/checkout/sessions/" + SESSION_ID)
			.willReturn(okJson(OPEN_SESSION.replace("\"payment_intent\": null",
					"\"payment_intent\": {\"id\": \"pi_3MtwBwLkdIwHu7ix28a3tqPa\", \"object\": \"payment_intent\"}"))));

		assertThat(this.client.retrieveCheckoutSession(SESSION_ID).paymentIntentId())
			.isEqualTo("pi_3MtwBwLkdIwHu7ix28a3tqPa");
	}

	@Test
	void aSessionStripeDoesNotKnowIsRejectedWithItsCode() {
		stripe.stubFor(get("/v1/checkout/sessions/cs_test_missing")
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("""
					{
					  "error": {
					    "code": "resource_missing",
					    "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
					    "message": "No such checkout.session: 'cs_test_missing'",
					    "param": "session",
					    "request_log_url": "https://dashboard.stripe.com/test/logs/req_8hYd7Jd6wEY0Tr",
					    "type": "invalid_request_error"
					  }
					}
					""")));

		assertThatExceptionOfType(PaymentProviderRejectedException.class)
			.isThrownBy(() -> this.client.retrieveCheckoutSession("cs_test_missing"))
			.satisfies((ex) -> {
				assertThat(ex.provider()).isEqualTo(PaymentProviderType.STRIPE);
				assertThat(ex.providerStatus()).isEqualTo(404);
				assertThat(ex.providerCode()).isEqualTo("resource_missing");
				assertThat(ex.providerMessage()).isEqualTo("No such checkout.session: 'cs_test_missing'");
				assertThat(ex.certainlyNotApplied()).isTrue();
			});
	}

	@Test
	void anInvalidParameterIsRejectedWithTheErrorTypeWhenThereIsNoCode() {
		stripe.stubFor(post("/v1/checkout/sessions")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"message": "Keys for idempotent requests can only be used with the same parameters \
					they were first used with.",
					  "type": "idempotency_error"}}
					""")));

		assertThatExceptionOfType(PaymentProviderRejectedException.class)
			.isThrownBy(() -> this.client.createCheckoutSession(request("ref-7f3a9c-1")))
			.satisfies((ex) -> {
				assertThat(ex.providerStatus()).isEqualTo(400);
				assertThat(ex.providerCode()).isEqualTo("idempotency_error");
				assertThat(ex.getMessage()).contains("order '7f3a9c'", "HTTP 400", "idempotent requests");
			});
	}

	@Test
	void aWrongSecretKeyIsRejectedAsAnAuthenticationFailureWithoutRepeatingTheKey() {
		stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"Invalid API Key provided: " + ProviderTestSupport.STRIPE_SECRET
					+ "\", \"type\": \"invalid_request_error\"}}")));

		assertThatExceptionOfType(PaymentProviderRejectedException.class)
			.isThrownBy(() -> this.client.refund("7f3a9c", "pi_3MtwBwLkdIwHu7ix28a3tqPa", null))
			.satisfies((ex) -> {
				assertThat(ex.isAuthenticationFailure()).isTrue();
				assertThat(ex.getMessage()).contains("Invalid API Key provided")
					.doesNotContain(ProviderTestSupport.STRIPE_SECRET);
			});
	}

	@Test
	void refundSendsThePaymentIntentWithAnIdempotencyKeyDerivedFromTheOrder() {
		stripe.stubFor(post("/v1/refunds").willReturn(
				okJson("""
						{
						  "id": "re_1Nispe2eZvKYlo2Cd31jOCgZ",
						  "object": "refund",
						  "amount": 499,
						  "balance_transaction": "txn_1Nispe2eZvKYlo2CYezqFhEx",
						  "charge": "ch_1NirD82eZvKYlo2CIvbtLWuY",
						  "created": 1692942318,
						  "currency": "usd",
						  "destination_details": { "card": { "reference_status": "pending", "type": "refund" }, "type": "card" },
						  "metadata": { "order_id": "7f3a9c" },
						  "payment_intent": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
						  "reason": null,
						  "receipt_number": null,
						  "source_transfer_reversal": null,
						  "status": "succeeded",
						  "transfer_reversal": null
						}
						""")));

		ProviderRefund refund = this.client.refund("7f3a9c", "pi_3MtwBwLkdIwHu7ix28a3tqPa", null);

		assertThat(refund).isEqualTo(new ProviderRefund(PaymentProviderType.STRIPE, "re_1Nispe2eZvKYlo2Cd31jOCgZ",
				RefundStatus.SUCCEEDED, "succeeded", Money.of("4.99", "USD")));
		stripe
			.verify(postRequestedFor(urlPathEqualTo("/v1/refunds")).withHeader("Authorization", equalTo(AUTHORIZATION))
				.withHeader("Idempotency-Key", equalTo("esimstore:refund:7f3a9c:pi_3MtwBwLkdIwHu7ix28a3tqPa:full"))
				.withFormParam("payment_intent", equalTo("pi_3MtwBwLkdIwHu7ix28a3tqPa"))
				.withFormParam("metadata[order_id]", equalTo("7f3a9c")));
		assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/refunds"))).get(0).getBodyAsString())
			.doesNotContain("amount");
	}

	@Test
	void aPartialRefundSendsItsAmountAndGetsItsOwnKey() {
		stripe.stubFor(post("/v1/refunds").willReturn(okJson("""
				{"id": "re_2", "object": "refund", "amount": 200, "currency": "usd", "status": "pending"}
				""")));

		ProviderRefund refund = this.client.refund("7f3a9c", "pi_3MtwBwLkdIwHu7ix28a3tqPa", Money.of("2.00", "USD"));

		assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
		stripe.verify(postRequestedFor(urlPathEqualTo("/v1/refunds"))
			.withHeader("Idempotency-Key", equalTo("esimstore:refund:7f3a9c:pi_3MtwBwLkdIwHu7ix28a3tqPa:200USD"))
			.withFormParam("amount", equalTo("200")));
	}

	@Test
	void sendsTheConfiguredApiVersion() {
		stripe.stubFor(get("/v1/checkout/sessions/" + SESSION_ID).willReturn(okJson(OPEN_SESSION)));
		StripeClient pinned = new StripeClient(
				ProviderTestSupport.stripe(stripe.baseUrl(), Duration.ofSeconds(5), "2025-03-31.basil"),
				JsonMapper.builder().build());

		pinned.retrieveCheckoutSession(SESSION_ID);

		stripe.verify(getRequestedFor(urlPathEqualTo("/v1/checkout/sessions/" + SESSION_ID))
			.withHeader("Stripe-Version", equalTo("2025-03-31.basil"))
			.withHeader("Authorization", equalTo(AUTHORIZATION)));
	}

	@Test
	void aServerErrorMakesStripeUnavailableWithAnUnclearOutcome() {
		stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(() -> this.client.refund("7f3a9c", "pi_3MtwBwLkdIwHu7ix28a3tqPa", null))
			.satisfies((ex) -> {
				assertThat(ex.certainlyNotApplied()).isFalse();
				assertThat(ex.getMessage()).contains("HTTP 503");
			});
	}

	@Test
	void rateLimitingMakesStripeUnavailableWithNothingDone() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(429)
			.withBody("{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"rate_limit\"}}")));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(() -> this.client.createCheckoutSession(request("ref-7f3a9c-1")))
			.satisfies((ex) -> assertThat(ex.certainlyNotApplied()).isTrue());
	}

	@Test
	void aConcurrentAttemptWithTheSameKeyIsReportedAsUnavailable() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(409)
			.withBody("{\"error\": {\"type\": \"idempotency_error\", \"message\": \"There is currently another"
					+ " in-progress request using this Idempotent Key.\"}}")));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(() -> this.client.createCheckoutSession(request("ref-7f3a9c-1")))
			.satisfies((ex) -> assertThat(ex.certainlyNotApplied()).isFalse());
	}

	@Test
	void aSlowAnswerTimesOutWithAnUnclearOutcome() {
		WireMockServer slowStripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		slowStripe.start();
		try {
			slowStripe.stubFor(post("/v1/checkout/sessions").willReturn(okJson(OPEN_SESSION).withFixedDelay(1000)));
			StripeClient impatient = clientFor(slowStripe.baseUrl(), Duration.ofMillis(200));

			assertThatExceptionOfType(PaymentProviderUnavailableException.class)
				.isThrownBy(() -> impatient.createCheckoutSession(request("ref-7f3a9c-1")))
				.satisfies((ex) -> {
					assertThat(ex.certainlyNotApplied()).isFalse();
					assertThat(ex.getMessage()).contains("Stripe did not answer");
				});
		}
		finally {
			slowStripe.stop();
		}
	}

	@Test
	void aRefusedConnectionMakesStripeUnavailableWithNothingDone() {
		StripeClient unreachable = clientFor(ProviderTestSupport.refusingBaseUrl(), Duration.ofSeconds(2));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(() -> unreachable.retrieveCheckoutSession(SESSION_ID))
			.satisfies((ex) -> assertThat(ex.certainlyNotApplied()).isTrue());
	}

	@Test
	void anUnreadableSuccessfulAnswerMakesStripeUnavailable() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(okJson("{\"object\": \"checkout.session\"}")));

		assertThatExceptionOfType(PaymentProviderUnavailableException.class)
			.isThrownBy(() -> this.client.createCheckoutSession(request("ref-7f3a9c-1")))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("'session.id' is missing"));
	}

	@Test
	void refusesToStartWithoutASecretKeyOrSuccessUrl() {
		JsonMapper jsonMapper = JsonMapper.builder().build();

		assertThatIllegalStateException()
			.isThrownBy(() -> new StripeClient(
					new PaymentProperties(PaymentProviderType.STRIPE, null, null, null, null), jsonMapper))
			.withMessageContaining("STRIPE_SECRET_KEY");
		assertThatIllegalStateException()
			.isThrownBy(() -> new StripeClient(new PaymentProperties(PaymentProviderType.STRIPE, null, null, null,
					new PaymentProperties.Stripe(ProviderTestSupport.STRIPE_SECRET, null, null, null, null, null,
							null)),
					jsonMapper))
			.withMessageContaining("STRIPE_SUCCESS_URL")
			.withMessageNotContaining(ProviderTestSupport.STRIPE_SECRET);
	}

}
