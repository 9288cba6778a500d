package org.esimstore.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.money.Money;

/**
 * Reads the fields of providers' JSON leniently: unknown fields are ignored, and a field
 * this service relies on that is missing or of the wrong kind is reported as a
 * {@link MalformedProviderPayloadException} naming it.
 */
public final class ProviderJson {

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

	private ProviderJson() {
	}

	/**
	 * Parses a JSON document.
	 * @param jsonMapper the mapper
	 * @param body the raw bytes
	 * @param what what the document is, for the message, such as {@code Paystack webhook}
	 * @return the document's root node
	 * @throws MalformedProviderPayloadException when the bytes are not a JSON object
	 */
	public static JsonNode parse(JsonMapper jsonMapper, byte[] body, String what) {
		JsonNode root;
		try {
			root = jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw new MalformedProviderPayloadException("The " + what + " is not valid JSON", ex);
		}
		if (root == null || !root.isObject()) {
			throw new MalformedProviderPayloadException("The " + what + " is not a JSON object");
		}
		return root;
	}

	/**
	 * A string or number field as text.
	 * @param node the object holding the field
	 * @param field the field's name
	 * @return the text, {@code null} when the field is missing, null, blank or not a
	 * scalar
	 */
	public static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString() && !value.isNumber()) {
			return null;
		}
		String text = value.asString();
		return text.isBlank() ? null : text;
	}

	/**
	 * A string or number field as text that must be there.
	 * @param node the object holding the field
	 * @param field the field's name
	 * @param where where the object sits, for the message, such as {@code data}
	 * @return the text
	 * @throws MalformedProviderPayloadException when the field is missing or blank
	 */
	public static String requiredText(JsonNode node, String field, String where) {
		String text = text(node, field);
		if (text == null) {
			throw new MalformedProviderPayloadException("'" + where + "." + field + "' is missing");
		}
		return text;
	}

	/**
	 * An integral number field, also accepted as a string of digits.
	 * @param node the object holding the field
	 * @param field the field's name
	 * @param where where the object sits, for the message
	 * @return the number, {@code null} when the field is missing or null
	 * @throws MalformedProviderPayloadException when the field is not an integer
	 */
	public static @Nullable Long optionalLong(JsonNode node, String field, String where) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		if (value.isString() && INTEGER.matcher(value.stringValue().strip()).matches()) {
			return Long.parseLong(value.stringValue().strip());
		}
		throw new MalformedProviderPayloadException(
				"'" + where + "." + field + "' is not an integer: '" + value.asString("") + "'");
	}

	/**
	 * An integral number field that must be there.
	 * @param node the object holding the field
	 * @param field the field's name
	 * @param where where the object sits, for the message
	 * @return the number
	 * @throws MalformedProviderPayloadException when the field is missing or not an
	 * integer
	 */
	public static long requiredLong(JsonNode node, String field, String where) {
		Long value = optionalLong(node, field, where);
		if (value == null) {
			throw new MalformedProviderPayloadException("'" + where + "." + field + "' is missing");
		}
		return value;
	}

	/**
	 * An ISO 8601 timestamp field; a value that cannot be read counts as absent, since no
	 * decision rests on it.
	 * @param node the object holding the field
	 * @param field the field's name
	 * @return the instant, {@code null} when missing or unreadable
	 */
	public static @Nullable Instant instant(JsonNode node, String field) {
		String text = text(node, field);
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

	/**
	 * A currency code field, in either case.
	 * @param node the object holding the field
	 * @param field the field's name
	 * @param where where the object sits, for the message
	 * @return the currency
	 * @throws MalformedProviderPayloadException when missing or not an ISO 4217 code
	 */
	public static Currency currency(JsonNode node, String field, String where) {
		String code = requiredText(node, field, where);
		try {
			return Currency.getInstance(code.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedProviderPayloadException(
					"'" + where + "." + field + "' is not a currency: '" + code + "'", ex);
		}
	}

	/**
	 * Turns an amount in minor units, as providers send it, into money, using the
	 * currency's ISO 4217 minor unit (kobo for NGN, cents for USD).
	 * @param minorUnits the amount in minor units
	 * @param currency the currency
	 * @return the money
	 */
	public static Money money(long minorUnits, Currency currency) {
		return Money.of(BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0)), currency);
	}

}
