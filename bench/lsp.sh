#!/usr/bin/env bash
# Times the language server's diagnostics after a change (bench/lsp-edits.py: a scripted sequence of edits, each
# breaking or mending a quote) on a copy of the trade knowledge base and on a 10,000-fact synthetic one, and writes
# the figures into docs/performance.md between the lsp-figures markers.
#   bash bench/lsp.sh [edits]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
edits=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/KnowledgeGen.Tool -nologo -v:q > /dev/null
dotnet build -c Release bench/KnowledgeGen.Benchmarks -nologo -v:q > /dev/null
tool=src/KnowledgeGen.Tool/bin/Release/net10.0/KnowledgeGen.Tool.dll

mkdir -p "$work/trade" "$work/synthetic"
cp -r facts "$work/trade/facts"
dotnet bench/KnowledgeGen.Benchmarks/bin/Release/net10.0/KnowledgeGen.Benchmarks.dll synth 10000 "$work/synthetic/facts"
trade_facts=$(dotnet "$tool" check "$work/trade/facts" 2>/dev/null | tail -1 | grep -oE '^[0-9]+' || true)

python3 bench/lsp-edits.py --tool "$tool" --root "$work/trade" --facts "$work/trade/facts" --edits "$edits" > "$work/trade.json"
python3 bench/lsp-edits.py --tool "$tool" --root "$work/synthetic" --facts "$work/synthetic/facts" --edits "$edits" > "$work/synthetic.json"

python3 - "$work/trade.json" "$work/synthetic.json" docs/performance.md "$(date -u +%Y-%m-%d)" "$(nproc)" "$edits" "$trade_facts" <<'PYTHON'
import json, sys
trade, synthetic = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
page_path, day, cores, edits, trade_facts = sys.argv[3:8]
def row(name, r, goal):
    met = "yes" if r["max_ms"] <= goal else "no"
    return f"| {name} | {r['median_ms']:,} ms | {r['p90_ms']:,} ms | {r['max_ms']:,} ms | {r['open_ms']:,} ms | ≤ {goal:,} ms | {met} |"
block = "\n".join([
    "<!-- lsp-figures:start (written by bench/lsp.sh; do not edit by hand) -->",
    f"Measured {day} on {cores} cores by `bash bench/lsp.sh`: {edits} changes to one fact file, each breaking or mending a quote, timed from `didChange` to the `publishDiagnostics` that shows it.",
    "",
    "| knowledge base | median | 90th percentile | slowest | first check on open | goal (every change) | met? |",
    "|---|---|---|---|---|---|---|",
    row(f"trade ({trade_facts or '?'} facts)", trade, 200),
    row("synthetic, 10,000 facts", synthetic, 1000),
    "<!-- lsp-figures:end -->",
])
page = open(page_path, encoding="utf-8").read()
start = page.index("<!-- lsp-figures:start")
end = page.index("<!-- lsp-figures:end -->") + len("<!-- lsp-figures:end -->")
open(page_path, "w", encoding="utf-8").write(page[:start] + block + page[end:])
print(block)
PYTHON
