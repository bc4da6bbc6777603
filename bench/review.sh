#!/usr/bin/env bash
# Times the reviewing commands (`diff` with one fact changed, `report`) on the 100,000-fact synthetic knowledge
# base as ratios to a full generator run in the same BenchmarkDotNet run, and writes the figures into
# docs/performance.md between the review-figures markers.
#   bash bench/review.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

dotnet build -c Release bench/KnowledgeGen.Benchmarks -nologo -v:q > /dev/null
dotnet bench/KnowledgeGen.Benchmarks/bin/Release/net10.0/KnowledgeGen.Benchmarks.dll \
  --filter '*ReviewBenchmarks*' --exporters csv --artifacts "$artifacts" > "$artifacts/run.log" 2>&1 || { tail -40 "$artifacts/run.log"; exit 1; }
csv=$(find "$artifacts" -name '*ReviewBenchmarks-report.csv' | head -1)

python3 - "$csv" docs/performance.md "$(date -u +%Y-%m-%d)" "$(nproc)" <<'PYTHON'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
def column(row, name):
    # The exporter may put the unit in the header ("Mean [s]"); it is kept with the value.
    key = next((k for k in row if k == name or k.startswith(name + " [")), None)
    if key is None:
        return "\u2014"
    unit = key[len(name):].strip(" []")
    return f"{row[key]} {unit}".strip()
table = ["| 100,000 facts | mean | ratio to a full generator run | allocation ratio |", "|---|---|---|---|"]
for row in rows:
    table.append(f"| {row['Method']} | {column(row, 'Mean')} | {column(row, 'Ratio')} | {column(row, 'Alloc Ratio')} |")
block = "\n".join([
    "<!-- review-figures:start (written by bench/review.sh; do not edit by hand) -->",
    f"Measured {sys.argv[3]} on {sys.argv[4]} cores by `bash bench/review.sh` (BenchmarkDotNet, 1 warm-up and 3 iterations):",
    "",
    *table,
    "<!-- review-figures:end -->",
])
page = open(sys.argv[2], encoding="utf-8").read()
start = page.index("<!-- review-figures:start")
end = page.index("<!-- review-figures:end -->") + len("<!-- review-figures:end -->")
open(sys.argv[2], "w", encoding="utf-8").write(page[:start] + block + page[end:])
print(block)
PYTHON
