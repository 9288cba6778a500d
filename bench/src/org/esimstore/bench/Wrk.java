package org.esimstore.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Runs the {@code wrk} load generator and reads its summary.
 */
final class Wrk {

	private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private Wrk() {
	}

	/**
	 * Loads one URL, or the paths a Lua script picks, for a while.
	 * @param url the URL, or the base URL when a script picks paths
	 * @param seconds how long
	 * @param connections connections kept open
	 * @param script a Lua script, or {@code null}
	 * @return the summary
	 */
	static Result run(String url, int seconds, int connections, @Nullable Path script)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--latency", "--timeout", "10s"));
		if (script != null) {
			command.addAll(List.of("-s", script.toString()));
		}
		command.add(url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed:\n" + output);
		}
		return new Result(number(REQUESTS_PER_SECOND, output), millis(output), (long) number(NON_2XX, output));
	}

	/**
	 * A Lua script that requests the given paths in turn.
	 * @param paths the paths
	 * @return the script's file
	 */
	static Path roundRobin(List<String> paths) throws IOException {
		StringBuilder lua = new StringBuilder("local paths = {\n");
		paths.forEach((path) -> lua.append("  \"").append(path).append("\",\n"));
		lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n")
			.append("  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
		Path script = Files.createTempFile("catalog-bench", ".lua");
		Files.writeString(script, lua);
		script.toFile().deleteOnExit();
		return script;
	}

	private static double number(Pattern pattern, String output) {
		Matcher matcher = pattern.matcher(output);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private static double millis(String output) {
		Matcher matcher = P99.matcher(output);
		if (!matcher.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	/**
	 * What one wrk run measured.
	 *
	 * @param requestsPerSecond throughput
	 * @param p99Millis 99th percentile latency in milliseconds
	 * @param non2xx answers other than 2xx or 3xx
	 */
	record Result(double requestsPerSecond, double p99Millis, long non2xx) {
	}

}
