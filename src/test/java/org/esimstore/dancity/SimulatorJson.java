package org.esimstore.dancity;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * JSON and URL helpers shared by the simulated Dancity's parts.
 */
final class SimulatorJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private SimulatorJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * Parses a request body.
	 * @param body the body text
	 * @return the JSON, or {@code null} when it is not JSON
	 */
	static @Nullable JsonNode read(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static JsonNode readOrMissing(@Nullable String body) {
		JsonNode node = read(body);
		return (node != null) ? node : MissingNode.getInstance();
	}

	/**
	 * A string field of a JSON object.
	 * @param node the object
	 * @param field the field name
	 * @return the value, or {@code null} when absent or not a string
	 */
	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	/**
	 * A JSON object with its keys in the order given; values may be {@code null}.
	 * @param keysAndValues alternating keys and values
	 * @return the object
	 */
	static Map<String, @Nullable Object> object(@Nullable Object... keysAndValues) {
		Map<String, @Nullable Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return object;
	}

	static @Nullable String timestamp(@Nullable Instant instant) {
		return (instant != null) ? TIMESTAMP.format(instant) : null;
	}

	/**
	 * The decoded path of a request URL, without query and trailing slash.
	 * @param url the URL as received, path and query
	 * @return the path
	 */
	static String path(String url) {
		int query = url.indexOf('?');
		String raw = (query >= 0) ? url.substring(0, query) : url;
		String path;
		try {
			path = URI.create(raw).getPath();
		}
		catch (IllegalArgumentException ex) {
			path = raw;
		}
		return (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
	}

}
