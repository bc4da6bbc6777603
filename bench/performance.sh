#!/usr/bin/env bash
# Runs the benchmark set behind every goal in docs/performance.md and rewrites its results and phase tables from this
# run: the generator against a YamlStream load, an edit against a full run, FindFact against a Dictionary, first use
# against System.Text.Json, the phase split, and the 100,000-fact consumer build (bench/scale.sh). An estimated 16 to 22
# minutes on 2 quiet cores (docs/performance.md: "Reproduce" says what runs, "Issue 29, s29k" how long each part takes).
#   bash bench/performance.sh
# Reports stay in BenchmarkDotNet.Artifacts/performance/<time>/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
run="$root/BenchmarkDotNet.Artifacts/performance/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$run"
benchmarks="$root/bench/KnowledgeGen.Benchmarks/bin/Release/net10.0/KnowledgeGen.Benchmarks.dll"
started=$(date +%s)

# The load average says how quiet the machine was; the table's first line quotes it from here.
echo "start=$(cut -d' ' -f1-3 /proc/loadavg)" > "$run/load.txt"
dotnet build -c Release bench/KnowledgeGen.Benchmarks -nologo -v:q > /dev/null

# One BenchmarkDotNet run of every case a goal needs, in each class's own job. Every case runs in a process of its own,
# and BenchmarkDotNet builds the benchmark project and every project it references afresh, in Release, once per run: a
# second run with a shorter job for the 100,000-fact cases would cost more in that build than its fewer iterations save.
# Left out, as they move no goal: first use at 10,000 facts (its goal is at 100,000), the lists of facts about an
# entity, of a measure and citing a source (field reads), and IncrementalRunBenchmarks.FullRun (the same full run as
# FullGeneratorRun, in the same job). The build timeout is raised from BenchmarkDotNet's 2 minutes, which a loaded
# machine exceeds.
echo "== BenchmarkDotNet (0 min in)"
dotnet "$benchmarks" --filter '*.GeneratorRunBenchmarks.*' '*.IncrementalRunBenchmarks.RunAfterEdit(*' \
  '*.LookupBenchmarks.*Hit(*' '*.LookupBenchmarks.*Miss(*' '*.LookupBenchmarks.*MissCapitalised(*' \
  '*.StartupBenchmarks.*(Facts: 100000)' \
  --buildTimeout 1200 --exporters json --artifacts "$run/benchmarks" 2>&1 \
  | tee "$run/benchmarks.log" | { grep --line-buffered -E '^// \*\* Remained' || true; } || { tail -40 "$run/benchmarks.log"; exit 1; }
grep -E '^\|' "$run/benchmarks.log" || true

echo "== phases 100000 ($(( ($(date +%s) - started) / 60 )) min in)"
dotnet "$benchmarks" phases 100000 | tee "$run/phases.log"

echo "== bench/scale.sh 100000 ($(( ($(date +%s) - started) / 60 )) min in)"
SCALE_RESULTS="$run/scale.txt" bash bench/scale.sh 100000 | tee "$run/scale.log"

echo "end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$run/load.txt"
echo "minutes=$(( ($(date +%s) - started) / 60 ))" >> "$run/load.txt"
python3 bench/performance-table.py "$run" > "$run/table.md"
python3 bench/performance-table.py "$run" phases > "$run/phases.md"
splice() { # marker, file: replaces the lines between the marker's start and end comments with the file
  MARKER="$1" TEXT="$(cat "$2")" awk '
  $0 == "<!-- " ENVIRON["MARKER"] ":start (written by bench/performance.sh; do not edit by hand) -->" { print; print ENVIRON["TEXT"]; skipping = 1; next }
  $0 == "<!-- " ENVIRON["MARKER"] ":end -->" { skipping = 0 }
  !skipping { print }
  ' docs/performance.md > docs/performance.md.new && mv docs/performance.md.new docs/performance.md
}
splice performance-figures "$run/table.md"
splice phase-profile "$run/phases.md"
echo "docs/performance.md: results and phases written from $run ($(( ($(date +%s) - started) / 60 )) minutes)"
