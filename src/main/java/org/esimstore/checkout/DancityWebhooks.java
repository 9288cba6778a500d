package org.esimstore.checkout;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.esimstore.checkout.DancityWebhookEvents.Outcome;
import org.esimstore.dancity.DancityProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Takes Dancity's webhooks: checks the signature before anything is parsed, stores each
 * delivery once, and treats a transaction event only as a hint to look the order up now.
 * Dancity documents no eSIM events, so the lookup, not the webhook, decides an order.
 */
@Service
class DancityWebhooks {

	private static final Logger logger = LoggerFactory.getLogger(DancityWebhooks.class);

	private static final int MAX_EVENT_LENGTH = 64;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

	private final @Nullable DancityWebhookSignature signature;

	private final JsonMapper json;

	private final DancityWebhookEvents events;

	private final FulfilmentHints hints;

	private final TransactionTemplate transactions;

	private final AtomicBoolean warnedNotConfigured = new AtomicBoolean();

	DancityWebhooks(DancityProperties properties, JsonMapper json, DancityWebhookEvents events, FulfilmentHints hints,
			TransactionTemplate transactions) {
		this.signature = StringUtils.hasText(properties.webhookSecret())
				? new DancityWebhookSignature(properties.webhookSecret()) : null;
		this.json = json;
		this.events = events;
		this.hints = hints;
		this.transactions = transactions;
	}

	/**
	 * Checks, stores and acts on one delivery.
	 * @param body the request body exactly as received
	 * @param signature the {@code X-Dancity-Signature} header, absent when not sent
	 * @return the answer for Dancity, the same for a repeated delivery
	 * @throws DancityWebhookNotConfiguredException when no webhook secret is configured
	 * @throws InvalidDancityWebhookSignatureException when the signature is missing or
	 * wrong
	 * @throws MalformedDancityWebhookException when the signed body is not an event
	 */
	DancityWebhookAnswer receive(byte[] body, @Nullable String signature) {
		verify(body, signature);
		DancityWebhook webhook = parse(body);
		String deliveryKey = deliveryKey(webhook, body);
		this.transactions.executeWithoutResult((status) -> store(webhook, deliveryKey));
		return DancityWebhookAnswer.RECEIVED;
	}

	private void verify(byte[] body, @Nullable String signature) {
		DancityWebhookSignature check = this.signature;
		if (check == null) {
			if (this.warnedNotConfigured.compareAndSet(false, true)) {
				logger.warn("Refusing Dancity webhooks: set DANCITY_WEBHOOK_SECRET to the webhook secret "
						+ "shown with the Dancity API key to accept them");
			}
			throw new DancityWebhookNotConfiguredException();
		}
		try {
			check.verify(body, signature);
		}
		catch (InvalidDancityWebhookSignatureException ex) {
			logger.warn("Refused a Dancity webhook: {}", ex.reason());
			throw ex;
		}
	}

	private void store(DancityWebhook webhook, String deliveryKey) {
		Optional<Long> stored = this.events.record(webhook, deliveryKey);
		if (stored.isEmpty()) {
			logger.debug("Dancity webhook {} for '{}' received again; it changes nothing", webhook.event(),
					deliveryKey);
			return;
		}
		if (webhook.isTransactionEvent()) {
			List<UUID> hinted = hint(webhook);
			this.events.settle(stored.get(), hinted.isEmpty() ? Outcome.UNMATCHED : Outcome.ORDER_HINTED,
					hinted.isEmpty() ? null : hinted.get(0));
		}
		else if (webhook.isWalletEvent()) {
			logger.info("Dancity reports {}: {} {} (transaction '{}')", webhook.event(), webhook.amount(),
					webhook.currency(), webhook.transactionId());
			this.events.settle(stored.get(), Outcome.LOGGED, null);
		}
		else {
			logger.debug("Dancity webhook {} needs nothing done", webhook.event());
			this.events.settle(stored.get(), Outcome.IGNORED, null);
		}
	}

	private List<UUID> hint(DancityWebhook webhook) {
		String detail = "Dancity reports " + webhook.event() + " for transaction '" + webhook.transactionId()
				+ "' (status " + webhook.status() + "); checking now";
		for (String reference : webhook.orderReferences()) {
			List<UUID> hinted = this.hints.checkSoon(reference, detail);
			if (!hinted.isEmpty()) {
				return hinted;
			}
		}
		logger.debug("Dancity webhook {} for transaction '{}' concerns no order being fulfilled", webhook.event(),
				webhook.transactionId());
		return List.of();
	}

	private DancityWebhook parse(byte[] body) {
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new MalformedDancityWebhookException("The Dancity webhook body is not JSON", ex);
		}
		String event = text(root, "event", MAX_EVENT_LENGTH + 1);
		if (event == null || event.isBlank() || event.length() > MAX_EVENT_LENGTH) {
			throw new MalformedDancityWebhookException("The Dancity webhook has no usable 'event'");
		}
		JsonNode data = root.path("data");
		return new DancityWebhook(event, instant(text(root, "timestamp", 64)), text(data, "transactionId", 255),
				text(data, "tranxId", 255), text(data, "reference", 255), text(data, "customerRef", 255),
				text(data, "type", 64), text(data, "status", 32), amount(data.path("amount")),
				text(data, "currency", 8));
	}

	private static @Nullable String text(JsonNode node, String field, int maxLength) {
		JsonNode value = node.path(field);
		if (!value.isString() && !value.isNumber()) {
			return null;
		}
		String text = value.asString().strip();
		if (text.isEmpty()) {
			return null;
		}
		return (text.length() > maxLength) ? text.substring(0, maxLength) : text;
	}

	private static @Nullable Instant instant(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal amount(JsonNode node) {
		BigDecimal amount;
		try {
			amount = node.isNumber() ? node.decimalValue() : node.isString() ? new BigDecimal(node.asString()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return (amount != null && amount.abs().compareTo(MAX_AMOUNT) < 0) ? amount : null;
	}

	private static String deliveryKey(DancityWebhook webhook, byte[] body) {
		for (@Nullable
		String key : new @Nullable String[] { webhook.transactionId(), webhook.tranxId(), webhook.reference(),
				webhook.customerRef() }) {
			if (key != null) {
				return key;
			}
		}
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot compute SHA-256", ex);
		}
	}

}
