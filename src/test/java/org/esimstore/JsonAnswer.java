package org.esimstore;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * An HTTP status and the JSON body that came with it, read the same way by every test
 * helper that calls the API.
 *
 * @param status the HTTP status code
 * @param body the parsed body, a null node when empty or not JSON (problem details
 * included)
 */
public record JsonAnswer(int status, JsonNode body) {

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Sends a prepared request and reads its answer.
	 * @param request the request, ready to exchange
	 * @return the status and the parsed body
	 */
	public static JsonAnswer exchange(RestTestClient.RequestHeadersSpec<?> request) {
		EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
		byte[] content = result.getResponseBody();
		MediaType contentType = result.getResponseHeaders().getContentType();
		boolean isJson = contentType != null && (contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
				|| contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		JsonNode node = (content == null || content.length == 0 || !isJson) ? json.nullNode()
				: json.readTree(new String(content, StandardCharsets.UTF_8));
		return new JsonAnswer(result.getStatus().value(), node);
	}

}
