package org.esimstore.bench;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint that does nothing, behind the same filters as the catalog, to measure what
 * the application can serve at best.
 */
@RestController
class BenchmarkEndpoints {

	static final String NO_OP_PATH = "/api/v1/catalog/benchmark-no-op";

	private static final byte[] BODY = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);

	@GetMapping(NO_OP_PATH)
	ResponseEntity<byte[]> noOp() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(BODY);
	}

}
