package org.esimstore.dancity;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * An in-process Dancity built on WireMock that behaves like the real API, shared by the
 * test suite and the sandbox so that both agree.
 */
public final class DancitySimulator implements AutoCloseable {

	/** The merchant key the simulator accepts; anything else answers 401. */
	public static final String API_KEY = "dcy_sandbox_0000000000000000000000000000000000000000";

	private static DancitySimulator shared;

	private final WireMockServer server;

	private DancitySimulator(int port) {
		this.server = new WireMockServer(WireMockConfiguration.options().port(port));
		this.server.start();
		reset();
	}

	/**
	 * Starts a simulator on the given port.
	 * @param port the port, 0 for any free one
	 * @return the running simulator
	 */
	public static DancitySimulator start(int port) {
		return new DancitySimulator(port);
	}

	/**
	 * The simulator shared by every test in this JVM.
	 * @return the running simulator
	 */
	public static synchronized DancitySimulator shared() {
		if (shared == null) {
			shared = start(0);
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	public WireMockServer server() {
		return this.server;
	}

	/**
	 * Back to the default catalog and behaviour, forgetting purchases and extra stubs.
	 */
	public void reset() {
		this.server.resetAll();
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
