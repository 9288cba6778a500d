#!/usr/bin/env bash
# Benchmarks the storefront catalog against the simulated Dancity (300 ms per answer) and prints:
# the Dancity calls made by a burst of 500 concurrent cold requests for one region, the Dancity calls
# during one minute of storefront load on a cold catalog, and requests/s and p99 of the cached packages
# endpoint against a no-op endpoint of the same application. Needs PostgreSQL as the tests do
# (TEST_DATABASE_URL, else 127.0.0.1:5432, else embedded) and wrk, installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
	echo "Installing wrk..."
	apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

# The build and the benchmark need Java 21 or newer: JAVA_HOME when set, else the newest JDK found.
if [ -z "${JAVA_HOME:-}" ]; then
	for candidate in /usr/lib/jvm/*/; do
		if "${candidate}bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
			export JAVA_HOME="${candidate%/}"
		fi
	done
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
	-Dmdep.outputFile=target/bench-classpath.txt
# The benchmark's own classes live under bench/src, outside the test sources, so that the sandbox
# (spring-boot:test-run) keeps a single main class to start.
CLASSPATH="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d target/bench-classes -cp "$CLASSPATH" -parameters \
	$(find bench/src -name '*.java')
"$JAVA" -cp "target/bench-classes:$CLASSPATH" org.esimstore.bench.CatalogBenchmarkApplication
