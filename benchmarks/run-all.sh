#!/usr/bin/env bash
# Every performance benchmark of docs/performance.md, then rewrites the results section of that document.
#
#   bash benchmarks/run-all.sh [--million] [--quick]
#
#   1. benchmarks/run-build-benchmarks.sh: synthetic datasets of 1k, 10k and 100k events (and 1M with --million),
#      clean builds timed 3 times each, against an empty console app.
#   2. Start-up: fresh processes that answer one query (Find an actor by alias, then Involving it), for Almanac at 10k
#      and at the benchmark size, for the YamlDotNet baseline, and an empty console app (hyperfine when installed,
#      otherwise a loop timed with date +%s%N); then "load everything" processes for the memory held.
#   3. BenchmarkDotNet (in process) at the benchmark size: queries and loading, against YamlDotNet + LINQ and DuckDB
#      over the Parquet export.
#   4. The report: docs/performance.md between <!-- results:begin --> and <!-- results:end -->.
#
# The benchmark size is 100,000 events; when that dataset does not build (an ALM error), the queries, start-up and
# memory are measured at 50,000 events instead and the report says so. Results and logs: benchmarks/artifacts/.
# --quick: one build per size and short benchmark runs, for trying the pipeline (numbers are rough).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MILLION=""
QUICK=""
for arg in "$@"; do
  case "$arg" in
    --million) MILLION="--million" ;;
    --quick) QUICK="--quick" ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done
started=$(date +%s)

rm -rf "$RESULTS"
mkdir -p "$RESULTS" "$ART/logs"

# 1. Builds.
RUNS=3
[[ -n $QUICK ]] && RUNS=1
bash "$BENCH/run-build-benchmarks.sh" --runs "$RUNS" --results "$RESULTS" $MILLION

# The benchmark size.
SIZE=100000
if [[ ! -f "$ART/synth/$SIZE/bin/Release/net8.0/Synth.Data.dll" ]]; then
  SIZE=50000
  log "100,000 events do not build; measuring queries, start-up and memory at $SIZE events"
  bash "$BENCH/run-build-benchmarks.sh" --sizes "$SIZE" --runs "$RUNS" --results "$RESULTS" --append
  [[ -f "$ART/synth/$SIZE/bin/Release/net8.0/Synth.Data.dll" ]] || { echo "$SIZE events do not build either: see $RESULTS/build.tsv" >&2; exit 1; }
fi
echo "bench_events=$SIZE" >>"$RESULTS/machine.txt"

# 2. Start-up and memory.
log "building the start-up apps"
for n in 10000 "$SIZE"; do
  dotnet build "$BENCH/Almanac.Benchmarks.Startup" -c Release -p:Synth="$n" -nologo -v:q >"$ART/logs/startup-build-$n.log" 2>&1 || { tail -20 "$ART/logs/startup-build-$n.log"; exit 1; }
done
dotnet build "$BENCH/Almanac.Benchmarks.Startup.Yaml" -c Release -nologo -v:q >"$ART/logs/startup-yaml-build.log" 2>&1 || { tail -20 "$ART/logs/startup-yaml-build.log"; exit 1; }
dotnet build "$BENCH/Almanac.Benchmarks.Empty" -c Release -nologo -v:q >"$ART/logs/empty-build.log" 2>&1 || { tail -20 "$ART/logs/empty-build.log"; exit 1; }

EMPTY="$BENCH/Almanac.Benchmarks.Empty/bin/Release/net10.0/Almanac.Benchmarks.Empty"
ALMANAC() { echo "$ART/startup/$1/bin/Release/net10.0/Almanac.Benchmarks.Startup"; }
YAML="$BENCH/Almanac.Benchmarks.Startup.Yaml/bin/Release/net10.0/Almanac.Benchmarks.Startup.Yaml"
alias_of() { awk -F= '$1 == "leaf-actor-alias" { print $2 }' "$ART/synth/$1/probe.txt"; }

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
runs "almanac-query-10000" "$N_FAST" "$(ALMANAC 10000)" query "$(alias_of 10000)"
runs "almanac-query-$SIZE" "$N_FAST" "$(ALMANAC "$SIZE")" query "$(alias_of "$SIZE")" memory
runs "yaml-query-10000" "$N_SLOW" "$YAML" query "$ART/synth/10000/data" "$(alias_of 10000)"
runs "yaml-query-$SIZE" "$N_SLOW" "$YAML" query "$ART/synth/$SIZE/data" "$(alias_of "$SIZE")"
runs "almanac-all-$SIZE" "$N_SLOW" "$(ALMANAC "$SIZE")" all
runs "yaml-all-$SIZE" "$N_SLOW" "$YAML" all "$ART/synth/$SIZE/data"

# Whole-process wall times with hyperfine (more runs, warm-up, no shell), when it is installed.
if command -v hyperfine >/dev/null; then
  log "hyperfine: empty app against Almanac at 10,000 and $SIZE events"
  hyperfine -N --warmup 3 --runs $((N_FAST * 2)) --export-json "$RESULTS/hyperfine.json" \
    -n empty "$EMPTY" \
    -n almanac-query-10000 "$(ALMANAC 10000) query '$(alias_of 10000)'" \
    -n "almanac-query-$SIZE" "$(ALMANAC "$SIZE") query '$(alias_of "$SIZE")'" >"$ART/logs/hyperfine.log" 2>&1 || log "hyperfine failed: see $ART/logs/hyperfine.log"
fi

# 3. BenchmarkDotNet.
log "building the BenchmarkDotNet suite against $SIZE events"
dotnet build "$BENCH/Almanac.Benchmarks" -c Release -p:Synth="$SIZE" -nologo -v:q >"$ART/logs/bench-build.log" 2>&1 || { tail -20 "$ART/logs/bench-build.log"; exit 1; }
log "running BenchmarkDotNet (queries, then loading)"
dotnet "$ART/bench/$SIZE/bin/Release/net10.0/Almanac.Benchmarks.dll" run --synth "$ART/synth/$SIZE" --results "$RESULTS" $QUICK >"$ART/logs/benchmarkdotnet.log" 2>&1 || { tail -40 "$ART/logs/benchmarkdotnet.log"; exit 1; }

# 4. The report.
echo "total_minutes=$(( ($(date +%s) - started + 59) / 60 ))" >>"$RESULTS/machine.txt"
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/machine.txt"
dotnet "$ART/bench/$SIZE/bin/Release/net10.0/Almanac.Benchmarks.dll" report --results "$RESULTS" --doc "$ROOT/docs/performance.md"
log "docs/performance.md rewritten from $RESULTS in $(( ($(date +%s) - started) / 60 )) min"
