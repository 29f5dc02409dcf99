#!/usr/bin/env bash
# How small general-purpose compressors make the text of a synthetic dataset, to set the assembly size of
# docs/performance.md against: the events' YAML of N events (default 100000), compressed by each tool installed here.
#
#   bash benchmarks/compare-compressors.sh [N]
#
# Needs the dataset written first (bash benchmarks/run-build-benchmarks.sh, or the Synth project). Prints bytes and
# seconds per tool; tools that are not installed are skipped.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-100000}"
DATA="$ROOT/benchmarks/artifacts/synth/$N/data"
[[ -d $DATA ]] || { echo "no dataset of $N events in $DATA: run benchmarks/run-build-benchmarks.sh --sizes $N first" >&2; exit 1; }
TMP="$(mktemp)"
trap 'rm -f "$TMP"' EXIT
cat "$DATA"/events-*.yaml >"$TMP"
printf '| compressor | bytes | seconds |\n|---|---:|---:|\n'
printf '| none (events YAML of %s events) | %s | |\n' "$N" "$(stat -c %s "$TMP")"
measure() {
  local name="$1"; shift
  command -v "$1" >/dev/null || return 0
  local t0 t1 size
  t0=$(date +%s%N); size=$("$@" <"$TMP" | wc -c); t1=$(date +%s%N)
  printf '| %s | %s | %s |\n' "$name" "$size" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"
}
measure "gzip -9 (deflate, as Almanac uses)" gzip -9 -c
measure "zstd -9" zstd -9 -c -T1
measure "zstd -19" zstd -19 -c -T1
measure "xz -6" xz -6 -c -T1
ASSEMBLY="$ROOT/benchmarks/artifacts/synth/$N/bin/Release/net8.0/Synth.Data.dll"
[[ -f $ASSEMBLY ]] && printf '| the compiled dataset assembly (all fields and indexes) | %s | |\n' "$(stat -c %s "$ASSEMBLY")"
