#!/usr/bin/env bash
# Every performance benchmark of docs/performance.md, then rewrites the results section of that document.
#
#   bash benchmarks/run-all.sh [--million] [--quick] [--sizes "1000 10000 100000"]
#
#   1. benchmarks/run-build-benchmarks.sh: synthetic datasets of 1k, 10k and 100k events (and 1M with --million),
#      clean builds timed 3 times each, against an empty console app.
#   2. Start-up: fresh processes that answer one query (Find an actor by alias, then Involving it), for Almanac at 10k
#      and at the benchmark size, for the YamlDotNet baseline, and an empty console app (hyperfine when installed,
#      otherwise a loop timed with date +%s%N); the same for the well-connected actor with every event of the answer
#      read (date, kind, place, participants); then "load everything" processes for the memory held.
#   3. The edit loop at 10k and at the benchmark size: the generator run again through a warm GeneratorDriver after
#      one event's name changes in one YAML file (median of 7 edits).
#   4. BenchmarkDotNet (in process) at the benchmark size: queries and loading, against YamlDotNet + LINQ and DuckDB
#      over the Parquet export.
#   5. The report: docs/performance.md between <!-- results:begin --> and <!-- results:end -->.
#
# The benchmark size is the largest of the sizes (100,000 events); when 100,000 events do not build (an ALM error),
# the queries, start-up and memory are measured at 50,000 events instead and the report says so. The small size
# (for the start-up against an empty app and the edit loop) is 10,000 events, or the smallest size when 10,000 is
# not among them. Results and logs: benchmarks/artifacts/.
# --quick: one build per size and short benchmark runs, for trying the pipeline (numbers are rough).
# --sizes: the dataset sizes to build and measure (--sizes 1000 tries the whole pipeline in a few minutes).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MILLION=""
QUICK=""
SIZES="1000 10000 100000"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --million) MILLION="--million" ;;
    --quick) QUICK="--quick" ;;
    --sizes) [[ $# -ge 2 ]] || { echo "--sizes needs a list of sizes" >&2; exit 2; }; SIZES="$2"; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
for n in $SIZES; do [[ $n =~ ^[0-9]+$ && $n -ge 20 ]] || { echo "--sizes: $n is not a number of events (20 or more)" >&2; exit 2; }; done
started=$(date +%s)

rm -rf "$RESULTS"
mkdir -p "$RESULTS" "$ART/logs"

# 1. Builds.
RUNS=3
[[ -n $QUICK ]] && RUNS=1
bash "$BENCH/run-build-benchmarks.sh" --sizes "$SIZES" --runs "$RUNS" --results "$RESULTS" $MILLION

# The benchmark size (the largest) and the small size (10,000 or the smallest).
SIZE=$(tr ' ' '\n' <<<"$SIZES" | grep -v '^$' | sort -n | tail -1)
SMALL=$(tr ' ' '\n' <<<"$SIZES" | grep -v '^$' | sort -n | head -1)
[[ " $SIZES " == *" 10000 "* ]] && SMALL=10000
built() { [[ -f "$ART/synth/$1/bin/Release/net8.0/Synth.Data.dll" ]]; }
if ! built "$SIZE" && [[ $SIZE == 100000 ]]; then
  SIZE=50000
  log "100,000 events do not build; measuring queries, start-up and memory at $SIZE events"
  bash "$BENCH/run-build-benchmarks.sh" --sizes "$SIZE" --runs "$RUNS" --results "$RESULTS" --append
fi
built "$SIZE" || { echo "$SIZE events do not build: see $RESULTS/build.tsv" >&2; exit 1; }
built "$SMALL" || { echo "$SMALL events do not build: see $RESULTS/build.tsv" >&2; exit 1; }
MEASURED=$(printf '%s\n' "$SMALL" "$SIZE" | sort -nu | tr '\n' ' ')
echo "bench_events=$SIZE" >>"$RESULTS/machine.txt"
echo "small_events=$SMALL" >>"$RESULTS/machine.txt"
cp "$ART/synth/$SIZE/probe.txt" "$RESULTS/probe.txt"

# 2. Start-up and memory. The start-up apps take the runtime from its package, as an app that references a dataset package
# does (with the ReadyToRun code it carries): generator/Almanac packed into artifacts/feed under a version of its own
# (the toolchain's version with a fourth part from the clock, above the version the dataset's project reference has).
log "packing the runtime and building the start-up apps"
rm -rf "$ART/feed"
PACKAGE_VERSION="$(dotnet msbuild "$ROOT/generator/Almanac/Almanac.csproj" -getProperty:VersionPrefix).$(( $(date +%s) % 1000000 ))"
dotnet pack "$ROOT/generator/Almanac/Almanac.csproj" -c Release -o "$ART/feed" -p:PackageVersion="$PACKAGE_VERSION" -nologo -v:q >"$ART/logs/pack.log" 2>&1 || { tail -20 "$ART/logs/pack.log"; exit 1; }
echo "runtime_package=Almanac $PACKAGE_VERSION" >>"$RESULTS/machine.txt"
for n in $MEASURED; do
  dotnet build "$BENCH/Almanac.Benchmarks.Startup" -c Release -p:Synth="$n" -p:AlmanacPackageVersion="$PACKAGE_VERSION" -nologo -v:q >"$ART/logs/startup-build-$n.log" 2>&1 || { tail -20 "$ART/logs/startup-build-$n.log"; exit 1; }
done
dotnet build "$BENCH/Almanac.Benchmarks.Startup.Yaml" -c Release -nologo -v:q >"$ART/logs/startup-yaml-build.log" 2>&1 || { tail -20 "$ART/logs/startup-yaml-build.log"; exit 1; }
dotnet build "$BENCH/Almanac.Benchmarks.Empty" -c Release -nologo -v:q >"$ART/logs/empty-build.log" 2>&1 || { tail -20 "$ART/logs/empty-build.log"; exit 1; }

EMPTY="$BENCH/Almanac.Benchmarks.Empty/bin/Release/net10.0/Almanac.Benchmarks.Empty"
ALMANAC() { echo "$ART/startup/$1/bin/Release/net10.0/Almanac.Benchmarks.Startup"; }
YAML="$BENCH/Almanac.Benchmarks.Startup.Yaml/bin/Release/net10.0/Almanac.Benchmarks.Startup.Yaml"
# probe N KEY: a value of the probe of the dataset of N events (leaf-actor-alias: the count-only query;
# well-connected-actor-alias: the query whose answer is read).
probe() { awk -v key="$2" 'index($0, key "=") == 1 { print substr($0, length(key) + 2) }' "$ART/synth/$1/probe.txt"; }

# runs NAME COUNT command...: runs a process COUNT times (after one unrecorded warm-up run), recording its wall time
# (date +%s%N around it) and what it prints on its "result:" line.
printf 'name\trun\twall_ms\tresult\n' >"$RESULTS/startup.tsv"
runs() {
  local name="$1" count="$2"; shift 2
  local t0 t1 out
  "$@" >/dev/null
  for ((r = 1; r <= count; r++)); do
    t0=$(date +%s%N); out=$("$@"); t1=$(date +%s%N)
    printf '%s\t%s\t%s\t%s\n' "$name" "$r" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e6 }')" \
      "$(echo "$out" | sed -n 's/^result: //p')" >>"$RESULTS/startup.tsv"
  done
  log "$name: $count runs"
}
N_FAST=20; N_SLOW=3
[[ -n $QUICK ]] && { N_FAST=5; N_SLOW=1; }
runs empty "$N_FAST" "$EMPTY"
# query: Find the leaf actor and Involving it, the first event only; read: Find the well-connected actor and read
# every event of Involving it. At the benchmark size the Almanac processes also print the memory held afterwards.
for n in $MEASURED; do
  memory=""; [[ $n == "$SIZE" ]] && memory=memory
  runs "almanac-query-$n" "$N_FAST" "$(ALMANAC "$n")" query "$(probe "$n" leaf-actor-alias)" $memory
  runs "almanac-read-$n" "$N_FAST" "$(ALMANAC "$n")" read "$(probe "$n" well-connected-actor-alias)" $memory
  runs "yaml-query-$n" "$N_SLOW" "$YAML" query "$ART/synth/$n/data" "$(probe "$n" leaf-actor-alias)"
  runs "yaml-read-$n" "$N_SLOW" "$YAML" read "$ART/synth/$n/data" "$(probe "$n" well-connected-actor-alias)"
done
runs "almanac-all-$SIZE" "$N_SLOW" "$(ALMANAC "$SIZE")" all
runs "yaml-all-$SIZE" "$N_SLOW" "$YAML" all "$ART/synth/$SIZE/data"

# Whole-process wall times with hyperfine (more runs, warm-up, no shell), when it is installed.
if command -v hyperfine >/dev/null; then
  log "hyperfine: empty app against Almanac at $MEASURED events"
  commands=(-n empty "$EMPTY")
  for n in $MEASURED; do
    commands+=(-n "almanac-query-$n" "$(ALMANAC "$n") query '$(probe "$n" leaf-actor-alias)'")
    commands+=(-n "almanac-read-$n" "$(ALMANAC "$n") read '$(probe "$n" well-connected-actor-alias)'")
  done
  hyperfine -N --warmup 3 --runs $((N_FAST * 2)) --export-json "$RESULTS/hyperfine.json" "${commands[@]}" >"$ART/logs/hyperfine.log" 2>&1 ||
    log "hyperfine failed: see $ART/logs/hyperfine.log"
fi

# 3. The edit loop: one process per size, a warm driver, the median of several edits.
log "building the edit loop"
dotnet build "$BENCH/Almanac.Benchmarks.EditLoop" -c Release -nologo -v:q >"$ART/logs/editloop-build.log" 2>&1 || { tail -20 "$ART/logs/editloop-build.log"; exit 1; }
EDITS=7
[[ -n $QUICK ]] && EDITS=3
printf 'name\tresult\n' >"$RESULTS/edit.tsv"
for n in $MEASURED; do
  dotnet "$BENCH/Almanac.Benchmarks.EditLoop/bin/Release/net10.0/Almanac.Benchmarks.EditLoop.dll" --synth "$ART/synth/$n" --edits "$EDITS" >"$ART/logs/editloop-$n.log" 2>&1 ||
    { tail -20 "$ART/logs/editloop-$n.log"; exit 1; }
  printf 'edit-%s\t%s\n' "$n" "$(sed -n 's/^result: //p' "$ART/logs/editloop-$n.log")" >>"$RESULTS/edit.tsv"
  log "edit loop at $n events: $(sed -n 's/^result: //p' "$ART/logs/editloop-$n.log" | grep -o 'edit_ms=[^ ]*')"
done

# 4. BenchmarkDotNet.
log "building the BenchmarkDotNet suite against $SIZE events"
dotnet build "$BENCH/Almanac.Benchmarks" -c Release -p:Synth="$SIZE" -nologo -v:q >"$ART/logs/bench-build.log" 2>&1 || { tail -20 "$ART/logs/bench-build.log"; exit 1; }
log "running BenchmarkDotNet (queries, then loading)"
dotnet "$ART/bench/$SIZE/bin/Release/net10.0/Almanac.Benchmarks.dll" run --synth "$ART/synth/$SIZE" --results "$RESULTS" $QUICK >"$ART/logs/benchmarkdotnet.log" 2>&1 || { tail -40 "$ART/logs/benchmarkdotnet.log"; exit 1; }

# 5. The report.
echo "total_minutes=$(( ($(date +%s) - started + 59) / 60 ))" >>"$RESULTS/machine.txt"
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/machine.txt"
dotnet "$ART/bench/$SIZE/bin/Release/net10.0/Almanac.Benchmarks.dll" report --results "$RESULTS" --doc "$ROOT/docs/performance.md"
log "docs/performance.md rewritten from $RESULTS in $(( ($(date +%s) - started) / 60 )) min"
