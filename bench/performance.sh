#!/usr/bin/env bash
# Runs the benchmark set behind every goal in docs/performance.md and rewrites its results table from this run:
# the generator against a YamlStream load, an edit against a full run, the lookups against a Dictionary, first use
# against System.Text.Json, and the 100,000-fact consumer build (bench/scale.sh). Takes most of an hour on 2 cores.
#   bash bench/performance.sh
# Reports stay in BenchmarkDotNet.Artifacts/performance/<time>/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
run="$root/BenchmarkDotNet.Artifacts/performance/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$run"

dotnet build -c Release bench/KnowledgeGen.Benchmarks -nologo -v:q > /dev/null
for set in GeneratorRunBenchmarks IncrementalRunBenchmarks LookupBenchmarks StartupBenchmarks; do
  echo "== $set"
  dotnet bench/KnowledgeGen.Benchmarks/bin/Release/net10.0/KnowledgeGen.Benchmarks.dll \
    --filter "*.$set.*" --exporters json --artifacts "$run/$set" > "$run/$set.log" 2>&1 || { tail -40 "$run/$set.log"; exit 1; }
  grep -E '^\|' "$run/$set.log" || true
done

echo "== phases 100000"
dotnet bench/KnowledgeGen.Benchmarks/bin/Release/net10.0/KnowledgeGen.Benchmarks.dll phases 100000 | tee "$run/phases.log"

echo "== bench/scale.sh 100000"
SCALE_RESULTS="$run/scale.txt" bash bench/scale.sh 100000 | tee "$run/scale.log"

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
echo "docs/performance.md: results and phases written from $run"
