#!/usr/bin/env bash
# Clean-build benchmarks of synthetic Almanac datasets (docs/performance.md, "Build").
#
#   bash benchmarks/run-build-benchmarks.sh [--million] [--sizes "1000 10000 100000"] [--runs 3] [--results DIR] [--append]
#
# For each size N: writes the synthetic dataset (benchmarks/Almanac.Benchmarks.Synth, fixed seed) into
# benchmarks/artifacts/synth/N, then times `dotnet build -c Release --no-dependencies` of its project from clean
# (bin/ and obj/ removed) RUNS times, after building the generator and the runtime once. Reports the median wall time,
# the time of the Csc task (generator + compiler), the peak resident memory of the build's process tree (sampled
# every 0.2 s) and of its largest process (/usr/bin/time -v), the assembly size and the first ALM error when the build
# fails. An empty console app is timed the same way as the reference. --million adds 1,000,000 events (one run).
# --append adds the sizes to an existing build.tsv (no machine description, no empty app).
# Needs only the .NET SDK and standard tools; /usr/bin/time is optional. Every build starts a cold compiler:
# UseSharedCompilation=false, no MSBuild node reuse, no MSBuild server.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
SIZES="1000 10000 100000"
RUNS=3
MILLION=0
APPEND=0
SEED=20200521
while [[ $# -gt 0 ]]; do
  case "$1" in
    --million) MILLION=1 ;;
    --sizes) SIZES="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    --results) RESULTS="$2"; shift ;;
    --append) APPEND=1 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[[ $MILLION == 1 ]] && SIZES="$SIZES 1000000"

mkdir -p "$RESULTS" "$ART/logs"
NPROC=$(nproc)
TIME_BIN=""
if [[ -x /usr/bin/time ]]; then TIME_BIN=/usr/bin/time; fi

# Busy CPU jiffies of the whole machine (user+nice+system+irq+softirq+steal).
busy_jiffies() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat; }

# Waits (at most QUIET_MAX_WAIT seconds, default 90) until the machine is at least 75 % idle over 2 s, so that other
# work on a shared machine disturbs the measurement as little as possible. Prints the seconds waited.
wait_quiet() {
  local max=${QUIET_MAX_WAIT:-90} waited=0 b0 b1
  while (( waited < max )); do
    b0=$(busy_jiffies); sleep 2; b1=$(busy_jiffies)
    # jiffies are 1/100 s: busy share of 2 s on NPROC cores
    if (( (b1 - b0) * 100 <= 25 * 200 * NPROC )); then break; fi
    waited=$((waited + 2))
  done
  echo "$waited"
}

# The process tree rooted at $1: prints the sum of its resident memory (KB), then "pid:jiffies" (user + system CPU so
# far) for each of its processes.
tree_sample() {
  ps -e -o pid=,ppid=,rss= 2>/dev/null | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END {
      out = ""
      for (p in parent) {
        q = p; n = 0; while (q != root && q > 1 && n++ < 64) q = parent[q]
        if (q == root) {
          s += rss[p]
          if ((getline line < ("/proc/" p "/stat")) > 0) { sub(/^.*\) /, "", line); split(line, f, " "); out = out " " p ":" (f[12] + f[13]) }
          close("/proc/" p "/stat")
        }
      }
      print s + 0 out
    }'
}

# Times one build: timed_build LABEL LOG dotnet build ... ; sets WALL_S CSC_S TREE_MB MAXRSS_MB STATUS OTHERS_PCT WAITED_S.
timed_build() {
  local label="$1" logfile="$2"; shift 2
  local timefile="$logfile.time" b0 b1 t0 t1 pid peak=0 cur rc=0 sample entry ours=0
  local -A cpu=()
  WAITED_S=$(wait_quiet)
  b0=$(busy_jiffies); t0=$(date +%s%N)
  if [[ -n $TIME_BIN ]]; then
    "$TIME_BIN" -v -o "$timefile" "$@" -clp:PerformanceSummary >"$logfile" 2>&1 &
  else
    "$@" -clp:PerformanceSummary >"$logfile" 2>&1 &
  fi
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sample=$(tree_sample "$pid")
    cur=${sample%% *}; (( cur > peak )) && peak=$cur
    for entry in ${sample#* }; do
      [[ $entry == *:* ]] && cpu[${entry%%:*}]=${entry##*:}
    done
    sleep 0.2
  done
  for entry in "${cpu[@]}"; do ours=$((ours + entry)); done
  wait "$pid" || rc=$?
  t1=$(date +%s%N); b1=$(busy_jiffies)
  WALL_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
  TREE_MB=$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')
  MAXRSS_MB="n/a"
  if [[ -n $TIME_BIN && -f $timefile ]]; then
    MAXRSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$timefile")
  fi
  # CPU used by other processes during the build, as a share of the machine (a noise indicator): the machine's busy
  # time less the CPU time of the build's own processes (sampled with the memory; a process's last 0.2 s may be missed).
  OTHERS_PCT=$(awk -v b="$((b1 - b0))" -v o="$ours" -v w="$WALL_S" -v n="$NPROC" \
    'BEGIN { x = (b - o) / 100; if (x < 0) x = 0; printf "%.0f", 100 * x / (w * n) }')
  CSC_S=$(awk '$3 == "Csc" && $2 == "ms" { printf "%.2f", $1 / 1000; exit }' "$logfile")
  [[ -z $CSC_S ]] && CSC_S="n/a"
  if [[ $rc == 0 ]]; then
    STATUS="ok"
  else
    STATUS=$(grep -o -m1 'error ALM[0-9]*: [^[]*' "$logfile" || grep -o -m1 'error [A-Z]*[0-9]*: [^[]*' "$logfile" || echo "failed (exit $rc)")
    STATUS=$(echo "$STATUS" | sed 's/[[:space:]]*$//' | tr '\t' ' ')
  fi
  log "$label: ${WALL_S} s (Csc ${CSC_S} s), tree peak ${TREE_MB} MB, largest process ${MAXRSS_MB} MB, others ${OTHERS_PCT} % CPU, waited ${WAITED_S} s: $STATUS"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# The machine, for the report.
[[ $APPEND == 1 ]] || {
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  if commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); then
    git -C "$ROOT" diff --quiet HEAD -- generator 2>/dev/null || commit="$commit with uncommitted changes to generator/"
  else
    commit="unknown (not a git checkout)"
  fi
  echo "commit=$commit"
  echo "cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "nproc=$NPROC"
  echo "memory=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
  echo "os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") $(uname -r)"
  echo "sdk=$(dotnet --version)"
  echo "runtime=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
  echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RESULTS/machine.txt"

log "building the synthetic-data writer"
dotnet build "$BENCH/Almanac.Benchmarks.Synth" -c Release -nologo -v:q >"$ART/logs/synth-tool.log" 2>&1 || { cat "$ART/logs/synth-tool.log"; exit 1; }
SYNTH_TOOL="$BENCH/Almanac.Benchmarks.Synth/bin/Release/net10.0/Almanac.Benchmarks.Synth.dll"

for n in $SIZES; do
  log "writing $n synthetic events"
  dotnet "$SYNTH_TOOL" --events "$n" --seed "$SEED" --out "$ART/synth/$n" >&2
done

# The generator and the runtime, once (and restore of every synthetic project), so that --no-dependencies applies.
first=$(echo "$SIZES" | awk '{ print $1 }')
log "building the generator and the runtime (Release)"
dotnet build "$ART/synth/$first/Synth.Data.csproj" -c Release -nologo -v:q >"$ART/logs/dependencies.log" 2>&1 || { tail -20 "$ART/logs/dependencies.log"; exit 1; }

[[ $APPEND == 1 && -f $RESULTS/build.tsv ]] ||
  printf 'label\tevents\truns\twall_s_median\twall_s_runs\tcsc_s_median\ttree_peak_mb\tlargest_process_mb\tassembly_bytes\tstatus\tothers_cpu_pct\n' >"$RESULTS/build.tsv"

measure() { # measure LABEL EVENTS RUNS PROJECT_DIR PROJECT DLL
  local label="$1" events="$2" runs="$3" dir="$4" project="$5" dll="$6" walls="" cscs="" peak=0 largest=0 others=0 status="ok" size="n/a"
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$dir/bin" "$dir/obj"
    timed_build "$label run $r/$runs" "$ART/logs/build-$label-$r.log" dotnet build "$project" -c Release --no-dependencies -nologo
    walls="$walls $WALL_S"; cscs="$cscs $CSC_S"
    (( TREE_MB > peak )) && peak=$TREE_MB
    [[ $MAXRSS_MB != n/a ]] && (( MAXRSS_MB > largest )) && largest=$MAXRSS_MB
    (( OTHERS_PCT > others )) && others=$OTHERS_PCT
    status="$STATUS"
    [[ $status != ok ]] && break # a failing build is reported once
  done
  [[ -f $dll ]] && size=$(stat -c %s "$dll")
  [[ -z $TIME_BIN ]] && largest="n/a"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$events" "$runs" "$(echo "$walls" | median)" "$(echo "$walls" | sed 's/^ //')" \
    "$(echo "$cscs" | grep -o '[0-9.]*' | tr '\n' ' ' | median)" "$peak" "$largest" "$size" "$status" "$others" >>"$RESULTS/build.tsv"
}

[[ $APPEND == 1 ]] || measure empty 0 "$RUNS" "$BENCH/Almanac.Benchmarks.Empty" "$BENCH/Almanac.Benchmarks.Empty/Almanac.Benchmarks.Empty.csproj" \
  "$BENCH/Almanac.Benchmarks.Empty/bin/Release/net10.0/Almanac.Benchmarks.Empty.dll"
for n in $SIZES; do
  runs=$RUNS
  [[ $n -ge 1000000 ]] && runs=1
  measure "synth-$n" "$n" "$runs" "$ART/synth/$n" "$ART/synth/$n/Synth.Data.csproj" "$ART/synth/$n/bin/Release/net8.0/Synth.Data.dll"
done

echo
echo "| build | events | median wall (s) | runs (s) | Csc (s) | peak memory, process tree (MB) | largest process (MB) | assembly (bytes) | result | others' CPU (max %) |"
echo "|---|---:|---:|---|---:|---:|---:|---:|---|---:|"
tail -n +2 "$RESULTS/build.tsv" | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $4, $5, $6, $7, $8, $9, $10, $11 }'
