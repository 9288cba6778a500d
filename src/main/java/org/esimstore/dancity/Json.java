package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Lenient readers for Dancity's JSON: absent, null and oddly typed values become
 * {@code null} instead of errors.
 */
final class Json {

	private Json() {
	}

	static @Nullable String text(JsonNode node, String... names) {
		for (String name : names) {
			JsonNode value = node.path(name);
			if (value.isString() && !value.stringValue().isBlank()) {
				return value.stringValue().strip();
			}
			if (value.isNumber()) {
				return value.asString();
			}
		}
		return null;
	}

	static @Nullable BigDecimal decimal(JsonNode node, String... names) {
		for (String name : names) {
			JsonNode value = node.path(name);
			if (value.isNumber()) {
				return value.decimalValue();
			}
			if (value.isString()) {
				try {
					return new BigDecimal(value.stringValue().strip().replace(",", ""));
				}
				catch (NumberFormatException ex) {
					// not a number: try the next name
				}
			}
		}
		return null;
	}

	static @Nullable Long whole(JsonNode node, String... names) {
		BigDecimal value = decimal(node, names);
		return (value != null) ? value.longValue() : null;
	}

	static @Nullable Integer integer(JsonNode node, String... names) {
		BigDecimal value = decimal(node, names);
		return (value != null) ? value.intValue() : null;
	}

	static boolean flag(JsonNode node, String name, boolean fallback) {
		JsonNode value = node.path(name);
		return value.isBoolean() ? value.asBoolean() : fallback;
	}

	static @Nullable Instant instant(JsonNode node, String... names) {
		String value = text(node, names);
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The items of a list that Dancity sends either bare or wrapped in an object under
	 * one of the given names.
	 * @param data the {@code data} node
	 * @param wrappers names the list may be wrapped under
	 * @return the items, empty when there is no list
	 */
	static List<JsonNode> items(JsonNode data, String... wrappers) {
		JsonNode list = data;
		if (!data.isArray()) {
			list = null;
			for (String wrapper : wrappers) {
				if (data.path(wrapper).isArray()) {
					list = data.path(wrapper);
					break;
				}
			}
		}
		List<JsonNode> items = new ArrayList<>();
		if (list != null) {
			list.values().forEach((item) -> {
				if (item.isObject()) {
					items.add(item);
				}
			});
		}
		return items;
	}

}
