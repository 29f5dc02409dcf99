# What the benchmark scripts share; sourced by run-all.sh and run-build-benchmarks.sh.
#
# The folders (ROOT the repository, BENCH benchmarks/, ART benchmarks/artifacts/, RESULTS its results/), a dotnet that
# starts cold every time (no shared compiler, no MSBuild node reuse, no MSBuild server) and prints no banner or
# telemetry notice, and log, which prints its words with the time to stderr.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmarks"
ART="$BENCH/artifacts"
RESULTS="$ART/results"
export UseSharedCompilation=false MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
