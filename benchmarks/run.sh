#!/usr/bin/env bash
# The benchmark suite in one command: builds what is missing, starts the Kafka broker, the document store and the
# four services as processes of their own on free ports of 127.0.0.1 (data in a temporary folder), measures, stops
# everything, prints the summary table and writes the figures as JSON to benchmark-results/.
#
#   benchmarks/run.sh            # the full run (about 35 minutes on 2 cores)
#   benchmarks/run.sh --smoke    # a few seconds per scenario: checks that the suite works, figures mean nothing
#   benchmarks/run.sh --out=FILE # the JSON elsewhere
#   benchmarks/run.sh --only=7 --search-ideas=10000  # the search alone, over 10,000 ideas instead of 100,000
#
# The JDK is the one on PATH, or JAVA_HOME's; the services run on the same one.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${JAVA_HOME:-}" ]]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA="$(command -v java)" || { echo "java not found on PATH (Java 17 or newer is needed)" >&2; exit 1; }
fi

needed=(benchmarks/target/benchmarks.jar deploy/local-stack/target/local-stack.jar
        ideas-service/target/ideas-service.jar measures-service/target/measures-service.jar
        participation-service/target/participation-service.jar notification-service/target/notification-service.jar)
missing=()
for file in "${needed[@]}"; do
    [[ -f "$file" ]] || missing+=("$file")
done
if ((${#missing[@]})); then
    echo "[benchmarks] building (missing: ${missing[*]}): ./mvnw -q -B -DskipTests package -pl benchmarks -am"
    ./mvnw -q -B -DskipTests package -pl benchmarks -am
fi

exec "$JAVA" -Xmx1g -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
    berlin.gemeinsam.benchmarks.BenchmarkSuite --repo=. "$@"
