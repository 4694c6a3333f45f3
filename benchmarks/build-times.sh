#!/usr/bin/env bash
# Measures Maven build times of two throwaway consumer projects that generate a client from
# spec/scale-tasks.yaml: A applies our clientgen-maven-plugin, B the stock
# openapi-generator-maven-plugin 7.25.0 (generator java, library native).
#
# Per run and per project it times, in this order:
#   bare      mvn validate                   (Maven start-up, no generator runs)
#   generate  mvn clean generate-sources     (full generation)
#   no-op     mvn generate-sources           (inputs unchanged)
#   skip      mvn generate-sources with the plugin's skip property set
#   compile   mvn compile twice; the second, after no change, is timed and its javac
#             "Compiling N source files" count recorded (0 for "Nothing to compile")
# A and B alternate within every step, and the order flips on every run, so load from other
# processes on the machine hits both. One online warm-up builds both projects (downloads), one
# offline warm-up pass follows, and every timed build runs offline (-o).
#
# Usage: benchmarks/build-times.sh [-n RUNS] [-r LOCAL_REPO] [-k] [-s TIMES_FILE]
#   -n RUNS        timed runs per step and project (default 7)
#   -r LOCAL_REPO  private Maven local repository that receives the plugin snapshot
#                  (default /tmp/bench-repo; seeded from ~/.m2/repository when missing)
#   -k             keep the temporary folder with the projects, logs and raw timings
#   -s TIMES_FILE  print the table of a kept times.tsv and build nothing
# Output: a Markdown table on stdout; raw timings in the temporary folder's times.tsv.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=consumers.sh
source "$ROOT/benchmarks/consumers.sh"

RUNS=7
LOCAL_REPO=/tmp/bench-repo
KEEP=false
SUMMARY_OF=
while getopts "n:r:ks:" option; do
  case $option in
    n) RUNS=$OPTARG ;;
    r) LOCAL_REPO=$OPTARG ;;
    k) KEEP=true ;;
    s) SUMMARY_OF=$OPTARG ;;
    *) echo "usage: $0 [-n RUNS] [-r LOCAL_REPO] [-k] [-s TIMES_FILE]" >&2; exit 2 ;;
  esac
done

# summarise TIMES_FILE: medians, minima and maxima per project and step, as a Markdown table.
summarise() {
  local runs
  runs=$(awk -F'\t' '$1 == "A" && $2 == "bare"' "$1" | wc -l)
  awk -F'\t' -v runs="$runs" '
  function median(values, count,    sorted, i, j, swap) {
    for (i = 1; i <= count; i++) sorted[i] = values[i]
    for (i = 2; i <= count; i++)
      for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) {
        swap = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = swap
      }
    if (count % 2) return sorted[(count + 1) / 2]
    return (sorted[count / 2] + sorted[count / 2 + 1]) / 2
  }
  {
    key = $1 SUBSEP $2
    n = ++count[key]
    wall[key, n] = $4; cpu[key, n] = $5
    if (!(key in wallMin) || $4 < wallMin[key]) wallMin[key] = $4
    if (!(key in wallMax) || $4 > wallMax[key]) wallMax[key] = $4
    # Several different counts over the runs are listed with commas.
    if (!(key in compiled)) compiled[key] = $6
    else if (index("," compiled[key] ",", "," $6 ",") == 0) compiled[key] = compiled[key] "," $6
  }
  END {
    split("bare generate no-op skip compile", steps, " ")
    print "Runs per step and project: " runs ". Seconds: wall median (min-max); CPU = user + sys, median."
    print "\"Added\" is the step'"'"'s median minus the same project'"'"'s bare validate median, as wall / CPU."
    print ""
    print "| step | A clientgen wall | B stock wall | A/B wall | A CPU | B CPU | A/B CPU | A added | B added | A/B added wall / CPU | javac files A / B |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    for (s = 1; s <= 5; s++) {
      step = steps[s]
      for (p = 1; p <= 2; p++) {
        project = p == 1 ? "A" : "B"
        key = project SUBSEP step
        for (i = 1; i <= count[key]; i++) { w[i] = wall[key, i]; c[i] = cpu[key, i] }
        medWall[project, step] = median(w, count[key])
        medCpu[project, step] = median(c, count[key])
      }
      wallA = medWall["A", step] - medWall["A", "bare"]; cpuA = medCpu["A", step] - medCpu["A", "bare"]
      wallB = medWall["B", step] - medWall["B", "bare"]; cpuB = medCpu["B", step] - medCpu["B", "bare"]
      printf "| %s | %.2f (%.2f-%.2f) | %.2f (%.2f-%.2f) | %.2f | %.2f | %.2f | %.2f | %s | %s | %s | %s / %s |\n",
        step,
        medWall["A", step], wallMin["A" SUBSEP step], wallMax["A" SUBSEP step],
        medWall["B", step], wallMin["B" SUBSEP step], wallMax["B" SUBSEP step],
        medWall["A", step] / medWall["B", step],
        medCpu["A", step], medCpu["B", step], medCpu["A", step] / medCpu["B", step],
        step == "bare" ? "-" : sprintf("%.2f / %.2f", wallA, cpuA),
        step == "bare" ? "-" : sprintf("%.2f / %.2f", wallB, cpuB),
        step == "bare" ? "-" : sprintf("%s / %s", wallB > 0 ? sprintf("%.2f", wallA / wallB) : "-", cpuB > 0 ? sprintf("%.2f", cpuA / cpuB) : "-"),
        compiled["A" SUBSEP step], compiled["B" SUBSEP step]
    }
  }' "$1"
}

if [[ -n $SUMMARY_OF ]]; then
  summarise "$SUMMARY_OF"
  exit 0
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/build-times.XXXXXX")
if [[ $KEEP == false ]]; then
  trap 'rm -rf "$WORK"' EXIT
fi
TIMES=$WORK/times.tsv
MVN=("$ROOT/mvnw" -B -ntp "-Dmaven.repo.local=$LOCAL_REPO")

install_clientgen_plugin "$ROOT" "$LOCAL_REPO"

make_clientgen_project "$WORK/A" "$ROOT/spec/scale-tasks.yaml"
make_stock_project "$WORK/B" "$ROOT/spec/scale-tasks.yaml"
SKIP_PROPERTY_A=clientgen.skip
SKIP_PROPERTY_B=codegen.skip

# timed PROJECT STEP RUN MAVEN_ARGS...: runs Maven in PROJECT and appends
# "project step run wall cpu compiled" to $TIMES, with wall and cpu (user + sys) in seconds.
timed() {
  local project=$1 step=$2 run=$3
  shift 3
  local log=$WORK/$project-$step-$run.log
  local wall user sys
  if [[ -x /usr/bin/time ]]; then
    (cd "$WORK/$project" && /usr/bin/time -f '%e %U %S' -o "$WORK/time.out" "${MVN[@]}" "$@" >"$log" 2>&1)
    read -r wall user sys <"$WORK/time.out"
  else
    local TIMEFORMAT='%R %U %S'
    { time (cd "$WORK/$project" && "${MVN[@]}" "$@" >"$log" 2>&1); } 2>"$WORK/time.out"
    read -r wall user sys <"$WORK/time.out"
  fi
  if grep -q 'BUILD FAILURE' "$log"; then
    echo "Build failed in $project ($step, run $run); see $log" >&2
    KEEP=true
    exit 1
  fi
  local compiled=-
  if grep -q 'Nothing to compile' "$log"; then
    compiled=0
  elif grep -qE 'Compiling [0-9]+ source file' "$log"; then
    compiled=$(grep -oE 'Compiling [0-9]+ source file' "$log" | head -1 | grep -oE '[0-9]+')
  fi
  echo -e "$project\t$step\t$run\t$wall\t$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')\t$compiled" >>"$TIMES"
}

# one_pass RUN ORDER: every step once for both projects, A and B alternating in ORDER.
one_pass() {
  local run=$1 order=$2 project skip
  for project in $order; do timed "$project" bare "$run" -o validate; done
  for project in $order; do timed "$project" generate "$run" -o clean generate-sources; done
  for project in $order; do timed "$project" no-op "$run" -o generate-sources; done
  for project in $order; do
    skip=SKIP_PROPERTY_$project
    timed "$project" skip "$run" -o generate-sources "-D${!skip}=true"
  done
  for project in $order; do timed "$project" first-compile "$run" -o compile; done
  for project in $order; do timed "$project" compile "$run" -o compile; done
}

echo "Warming up in $WORK (online, then offline)" >&2
for project in A B; do
  (cd "$WORK/$project" && "${MVN[@]}" -q compile >"$WORK/$project-warmup.log" 2>&1) || {
    echo "Warm-up build of $project failed; see $WORK/$project-warmup.log" >&2
    KEEP=true
    exit 1
  }
done
one_pass warmup "A B"
: >"$TIMES"

for ((run = 1; run <= RUNS; run++)); do
  if ((run % 2 == 1)); then order="A B"; else order="B A"; fi
  echo "Run $run of $RUNS ($order)" >&2
  one_pass "$run" "$order"
done

summarise "$TIMES"

if [[ $KEEP == true ]]; then
  echo "Projects, logs and raw timings kept in $WORK" >&2
fi
