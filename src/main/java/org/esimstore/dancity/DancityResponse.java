package org.esimstore.dancity;

import org.springframework.http.HttpHeaders;

/**
 * A raw answer from Dancity before it is decoded.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the body as text, empty when there was none
 */
record DancityResponse(int status, HttpHeaders headers, String body) {

	boolean isSuccessful() {
		return this.status >= 200 && this.status < 300;
	}

}
