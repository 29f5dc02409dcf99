#!/usr/bin/env bash
# Cost of the analyzers of string lookups (Almanac.Analyzers, ALMA001-ALMA004) in a consumer's build, measured with the
# compiler's own analyzer timing report (docs/performance.md, "Analyzers of string lookups").
#
#   bash benchmarks/run-analyzer-timing.sh [--events 10000] [--lookups 1000] [--misspelled 10] [--runs 3]
#
# Writes the synthetic dataset of EVENTS events (benchmarks/Almanac.Benchmarks.Synth, fixed seed) into
# benchmarks/artifacts/synth/EVENTS unless it is there, builds it, then builds two console apps that reference it and run
# the analyzers (as the Almanac package runs them, from Release builds of Almanac.Analyzers): `lookups`, with LOOKUPS
# string lookups with constants (of every 10: 7 Get of event ids (ALMA003), 1 Find of an actor's name (ALMA003), 1 TryGet
# of a place id, 1 Get of an actor's name (ALMA002)), of which MISSPELLED in every 1,000 are instead a Find of a
# misspelled event id (ALMA001, the closest searched over every key), and `none`, without any lookup.
# Each is compiled RUNS times (--no-incremental, cold compiler) with
# -p:ReportAnalyzer=true; the script prints the time the compiler reports for Almanac.Analyzers in each run.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
EVENTS=10000
LOOKUPS=1000
MISSPELLED=10
RUNS=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --events) EVENTS="$2"; shift ;;
    --lookups) LOOKUPS="$2"; shift ;;
    --misspelled) MISSPELLED="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

SYNTH="$ART/synth/$EVENTS"
WORK="$ART/analyzer-timing"
mkdir -p "$WORK" "$ART/logs"
if [[ ! -f "$SYNTH/Synth.Data.csproj" ]]; then
  log "writing the synthetic dataset of $EVENTS events"
  dotnet run --project "$BENCH/Almanac.Benchmarks.Synth" -c Release -- --events "$EVENTS" --out "$SYNTH" >&2
fi
log "building the dataset and the analyzers"
dotnet build "$SYNTH/Synth.Data.csproj" -c Release -nologo -v:q >&2
dotnet build "$ROOT/generator/Almanac.Analyzers/Almanac.Analyzers.csproj" -c Release -nologo -v:q >&2

# Ids, names and aliases to look up, from the dataset's YAML (block style: "  - id: x", "    name: y", aliases in a list).
# (awk stops at LOOKUPS itself: with pipefail, a head that closes the pipe early would fail the script.)
EVENT_IDS=$(awk -v n="$LOOKUPS" '/^events:/{e=1;next} /^[a-z-]+:/{e=0} e && /^  - id: / && c++ < n {print $3}' "$SYNTH"/data/*.yaml)
ACTOR_NAMES=$(awk -v n="$LOOKUPS" '/^actors:/{a=1;next} /^[a-z-]+:/{a=0} a && /^    name: / && c++ < n {sub(/^    name: /,""); gsub(/"/,""); print}' "$SYNTH"/data/*.yaml)
PLACE_IDS=$(awk -v n="$LOOKUPS" '/^places:/{p=1;next} /^[a-z-]+:/{p=0} p && /^  - id: / && c++ < n {print $3}' "$SYNTH"/data/*.yaml)

consumer() { # name, Program.cs body on stdin
  local dir="$WORK/$1"
  mkdir -p "$dir"
  cat > "$dir/$1.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <NoWarn>\$(NoWarn);ALMA001;ALMA002</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$SYNTH/Synth.Data.csproj" />
    <Analyzer Include="$ROOT/generator/Almanac.Analyzers/bin/Release/netstandard2.0/Almanac.Analyzers.dll" />
  </ItemGroup>
</Project>
PROJECT
  cat > "$dir/Program.cs"
}

{
  echo "using System; using Synth.Data;"
  echo "internal static class Lookups"
  echo "{"
  echo "    public static void Main()"
  echo "    {"
  mapfile -t ids < <(echo "$EVENT_IDS")
  mapfile -t names < <(echo "$ACTOR_NAMES")
  mapfile -t places < <(echo "$PLACE_IDS")
  for ((i = 0; i < LOOKUPS; i++)); do
    id=${ids[$((i % ${#ids[@]}))]}
    if (( MISSPELLED > 0 && i % (1000 / MISSPELLED) == 1000 / MISSPELLED - 1 )); then
      echo "        Console.WriteLine(Events.Find(\"${id}x\"));"
      continue
    fi
    case $((i % 10)) in
      6) echo "        Console.WriteLine(Actors.Find(\"${names[$((i % ${#names[@]}))]}\"));" ;;
      7) echo "        Console.WriteLine(Places.TryGet(\"${places[$((i % ${#places[@]}))]}\", out _));" ;;
      8) echo "        Console.WriteLine(Actors.Get(\"${names[$((i % ${#names[@]}))]}\"));" ;;
      *) echo "        Console.WriteLine(Events.Get(\"$id\"));" ;;
    esac
  done
  echo "    }"
  echo "}"
} | consumer lookups
printf 'using System;\ninternal static class Program\n{\n    public static void Main() => Console.WriteLine(Synth.Data.Events.All.Count);\n}\n' | consumer none

for app in lookups none; do
  dotnet build "$WORK/$app/$app.csproj" -c Release -nologo -v:q >&2   # restore and the references, once
  for ((run = 1; run <= RUNS; run++)); do
    logfile="$ART/logs/analyzer-timing-$app-$run.log"
    dotnet build "$WORK/$app/$app.csproj" -c Release -nologo --no-incremental --no-dependencies -p:ReportAnalyzer=true -v:detailed > "$logfile"
    total=$(grep -m1 -E "Total analyzer execution time" "$logfile" | grep -oE "[0-9]+\.[0-9]+" | head -1)
    almanac=$(grep -E "^\s+[<0-9.]+\s+[<0-9]+\s+Almanac\.Analyzers, Version" "$logfile" | head -1 | awk '{print $1}')
    echo -e "$app\trun $run\tAlmanac.Analyzers ${almanac:-?} s\tall analyzers ${total:-?} s"
  done
done
