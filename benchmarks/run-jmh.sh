#!/usr/bin/env bash
# Builds benchmarks/ with the reactor modules it depends on (no install) and runs JMH with the
# given arguments, for example:
#   benchmarks/run-jmh.sh ScaleSpecGenerationBenchmark UpToDateCheckBenchmark
#   benchmarks/run-jmh.sh SyntheticSpecGenerationBenchmark -prof gc
#   benchmarks/run-jmh.sh ClientBenchmark -rf json -rff /tmp/client.json
# Set SKIP_BUILD=1 to reuse the last build. `-h` lists JMH's options.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests)
fi
CLASSPATH_FILE=$ROOT/benchmarks/target/classpath.txt
if [[ ! -f $CLASSPATH_FILE ]]; then
  echo "$CLASSPATH_FILE is missing; run without SKIP_BUILD=1 to build benchmarks/" >&2
  exit 1
fi
exec java -cp "$ROOT/benchmarks/target/classes:$(cat "$CLASSPATH_FILE")" org.openjdk.jmh.Main "$@"
