#!/usr/bin/env bash
# Measures the fact editor's fast loop as the README documents it, with the projects already built: the check
# (`dotnet KnowledgeGen.Tool.dll check facts`, what the installed `knowledgegen check facts` runs) and the ledger
# test alone (`dotnet test tests/KnowledgeGen.Ledger.Tests`, which checks the build first),
# and writes the figures into README.md between the editor-loop markers. Usage: bash bench/fact-editor-loop.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/readme-figures.sh
runs=${1:-3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Milliseconds of wall time of one run of the command given, its output discarded.
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null || true # the ledger test fails while a change is not accepted; its time counts the same
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}


dotnet build src/KnowledgeGen.Tool > /dev/null
dotnet build tests/KnowledgeGen.Ledger.Tests > /dev/null
load=$(cut -d' ' -f1 /proc/loadavg)
tool=src/KnowledgeGen.Tool/bin/Debug/net10.0/KnowledgeGen.Tool.dll
check_ms=$(for _ in $(seq "$runs"); do time_ms dotnet "$tool" check facts; done | median)
ledger_ms=$(for _ in $(seq "$runs"); do time_ms dotnet test tests/KnowledgeGen.Ledger.Tests; done | median)

figures="Measured by \`bash bench/fact-editor-loop.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, load average ${load} when it started; median of ${runs} runs, projects built):
the check takes **$(seconds "$check_ms") s** and the ledger test alone **$(seconds "$ledger_ms") s**."
echo "$figures"

write_readme_figures editor-loop bench/fact-editor-loop.sh "$figures"
