#!/usr/bin/env bash
# The explorer site at scale: for each size N (default 10000 and 100000 events), the synthetic dataset of N events
# (written and built as run-build-benchmarks.sh does, unless already there), then `almanac site` timed with its peak
# memory, the number of files, the largest file, and the first page's load and the search's answers in headless
# Chromium (Debian's chromium and chromium-driver). Prints a markdown table; raw lines go to
# benchmarks/artifacts/results/site.tsv. The site is written to a RAM disk (/dev/shm) when there is one, so that the
# timing measures the writer rather than the disk.
#
#   bash benchmarks/site-scale.sh [--sizes "10000 100000"]
set -euo pipefail
source "$(dirname "$0")/common.sh"

SIZES="10000 100000"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
command -v chromium >/dev/null && command -v chromedriver >/dev/null || {
  echo "error: install the browser first: sudo apt-get install -y chromium chromium-driver" >&2; exit 1; }

mkdir -p "$RESULTS"
OUT_ROOT="$ART/site"
[[ -d /dev/shm && -w /dev/shm ]] && OUT_ROOT="/dev/shm/almanac-site-scale"
log "building almanac and the probe"
dotnet build "$ROOT/generator/Almanac.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$BENCH/Almanac.Benchmarks.Site" -c Release -v q -nologo >/dev/null
CLI=$(ls "$ROOT"/generator/Almanac.Cli/bin/Release/net*/Almanac.Cli.dll | head -1)
PROBE=$(ls "$BENCH"/Almanac.Benchmarks.Site/bin/Release/net*/Almanac.Benchmarks.Site.dll | head -1)

tsv="$RESULTS/site.tsv"
: > "$tsv"
echo "| events | generation (wall) | CPU (user + sys) | peak memory | files | largest file | index.html load | search, cold / warm |"
echo "|---:|---:|---:|---:|---:|---:|---:|---|"
for n in $SIZES; do
  synth="$ART/synth/$n"
  dll="$synth/bin/Release/net8.0/Synth.Data.dll"
  if [[ ! -f "$dll" ]]; then
    log "writing and building the synthetic dataset of $n events"
    dotnet run --project "$BENCH/Almanac.Benchmarks.Synth" -c Release -- --events "$n" --out "$synth" >/dev/null
    dotnet build "$synth/Synth.Data.csproj" -c Release -v q -nologo >/dev/null
  fi
  out="$OUT_ROOT/$n"
  rm -rf "$out"
  log "writing the site of $n events"
  /usr/bin/time -f "%e %U %S %M" -o "$ART/site-time.txt" dotnet "$CLI" site --dataset "$dll" --documents "$synth/seeds" --out "$out" >/dev/null
  read -r wall user sys mem < "$ART/site-time.txt"
  files=$(find "$out" -type f | wc -l)
  largest=$(find "$out" -type f -printf "%s %P\n" | sort -n | tail -1)
  probe=$(dotnet "$PROBE" "$out" "$(sed -n 's/^leaf-actor-alias=//p' "$synth/probe.txt")" "$(sed -n 's/^top-actor=//p' "$synth/probe.txt")" 2018-03 2>/dev/null || true)
  load=$(awk -F'\t' '$1 == "load" && $2 == "index.html" { print $3 }' <<<"$probe")
  search=$(awk -F'\t' '$1 == "search-cold" { printf "%s`%s` %s", (n++ ? ", " : ""), $2, $3 } $1 == "search-warm" { printf " / %s ms", $3 }' <<<"$probe")
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$n" "$wall" "$user" "$sys" "$mem" "$files" "$largest" "$probe" | tr '\n' ' ' >> "$tsv"
  echo >> "$tsv"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  echo "| $n | ${wall} s | ${cpu} s | $((mem / 1024)) MB | $files | $(awk '{ printf "%.1f MB (%s)", $1 / 1048576, $2 }' <<<"$largest") | ${load} ms | $search |"
done
