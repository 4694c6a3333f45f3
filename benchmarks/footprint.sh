#!/usr/bin/env bash
# Compares the footprint of our generated client with the stock OpenAPI Generator 7.25.0 native
# client of the same document (spec/scale-tasks.yaml): runtime dependencies, jar size and lines
# of generated main sources. It packages the two throwaway consumer projects of consumers.sh.
#
# Usage: benchmarks/footprint.sh [-r LOCAL_REPO] [-k]
#   -r LOCAL_REPO  private Maven local repository that receives the plugin snapshot
#                  (default /tmp/bench-repo; seeded from ~/.m2/repository when missing)
#   -k             keep the temporary folder with the projects
# Output: a Markdown table on stdout.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=consumers.sh
source "$ROOT/benchmarks/consumers.sh"

LOCAL_REPO=/tmp/bench-repo
KEEP=false
while getopts "r:k" option; do
  case $option in
    r) LOCAL_REPO=$OPTARG ;;
    k) KEEP=true ;;
    *) echo "usage: $0 [-r LOCAL_REPO] [-k]" >&2; exit 2 ;;
  esac
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/footprint.XXXXXX")
if [[ $KEEP == false ]]; then
  trap 'rm -rf "$WORK"' EXIT
else
  echo "Projects kept in $WORK" >&2
fi
MVN=("$ROOT/mvnw" -B -ntp -q "-Dmaven.repo.local=$LOCAL_REPO")

install_clientgen_plugin "$ROOT" "$LOCAL_REPO"
make_clientgen_project "$WORK/A" "$ROOT/spec/scale-tasks.yaml"
make_stock_project "$WORK/B" "$ROOT/spec/scale-tasks.yaml"

# Main sources only: the stock generator also writes tests, docs and build files that a
# consumer does not compile.
SOURCES_A=$WORK/A/target/generated-sources/clientgen
SOURCES_B=$WORK/B/target/generated-sources/openapi/src/main/java

for project in A B; do
  (cd "$WORK/$project" &&
    "${MVN[@]}" package dependency:build-classpath -DincludeScope=runtime \
      -Dmdep.outputFile=runtime-classpath.txt >"$WORK/$project.log" 2>&1) || {
    echo "Packaging $project failed; see $WORK/$project.log" >&2
    exit 1
  }
done

# count_code_lines FOLDER: lines of the Java files in FOLDER that are neither blank nor only comment.
count_code_lines() {
  find "$1" -name '*.java' -print0 | xargs -0 cat | awk '
    /^[[:space:]]*$/ { next }
    inComment { if ($0 ~ /\*\//) inComment = 0; next }
    /^[[:space:]]*\/\// { next }
    /^[[:space:]]*\/\*/ { if ($0 !~ /\*\//) inComment = 1; next }
    { count++ }
    END { print count + 0 }'
}

# print_row LABEL A_VALUE B_VALUE: one table row with the A/B ratio.
print_row() {
  awk -v label="$1" -v a="$2" -v b="$3" \
    'BEGIN { printf "| %s | %s | %s | %s |\n", label, a, b, (b > 0 ? sprintf("%.2f", a / b) : "-") }'
}

declare -A files lines code jar depCount depBytes
for project in A B; do
  sources=SOURCES_$project
  files[$project]=$(find "${!sources}" -name '*.java' | wc -l)
  lines[$project]=$(find "${!sources}" -name '*.java' -print0 | xargs -0 cat | wc -l)
  code[$project]=$(count_code_lines "${!sources}")
  jar[$project]=$(stat -c %s "$WORK/$project"/target/*.jar)
  classpath=$(cat "$WORK/$project/runtime-classpath.txt")
  if [[ -z $classpath ]]; then
    depCount[$project]=0
    depBytes[$project]=0
  else
    depCount[$project]=$(tr ':' '\n' <<<"$classpath" | wc -l)
    depBytes[$project]=$(tr ':' '\n' <<<"$classpath" | xargs stat -c %s | awk '{ sum += $1 } END { print sum }')
  fi
done

echo "| measure | A clientgen | B stock native | A/B |"
echo "| --- | --- | --- | --- |"
print_row "generated main source files" "${files[A]}" "${files[B]}"
print_row "lines in them" "${lines[A]}" "${lines[B]}"
print_row "lines that are not blank or comment" "${code[A]}" "${code[B]}"
print_row "client jar (bytes)" "${jar[A]}" "${jar[B]}"
print_row "runtime dependency jars" "${depCount[A]}" "${depCount[B]}"
print_row "runtime dependency jars (bytes)" "${depBytes[A]}" "${depBytes[B]}"
echo
for project in A B; do
  echo "Runtime dependencies of $project:"
  tr ':' '\n' <"$WORK/$project/runtime-classpath.txt" | xargs -n1 basename | sed 's/^/- /'
done
