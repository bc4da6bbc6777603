#!/usr/bin/env bash
# Measures `knowledgegen check facts` as the README recommends running it (packed, installed as a .NET tool from a
# local feed) against `dotnet run --project src/KnowledgeGen.Tool -- check facts` with the project already built,
# and writes the figures into README.md between the tool-timing markers. Usage: bash bench/tool-timing.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# An empty package folder, so that a package re-packed under the same version is really the one installed.
export NUGET_PACKAGES="$work/packages"

# Milliseconds of wall time of one run of the command given, its output discarded.
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# The median of the numbers on standard input.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

install_ms=$(time_ms bash -c "dotnet pack src/KnowledgeGen.Tool -c Release -o '$work/feed' && dotnet tool install --tool-path '$work/tools' KnowledgeGen.Tool --add-source '$work/feed'")
tool="$work/tools/knowledgegen"
"$tool" check facts > /dev/null # first run: loads the runtime from disk
tool_ms=$(for _ in $(seq "$runs"); do time_ms "$tool" check facts; done | median)

dotnet build src/KnowledgeGen.Tool > /dev/null
run_ms=$(for _ in $(seq "$runs"); do time_ms dotnet run --project src/KnowledgeGen.Tool -- check facts; done | median)

cores=$(nproc)
date=$(date -u +%Y-%m-%d)
figures="Measured by \`bash bench/tool-timing.sh\` on ${date} (${cores} cores, shared with other work; median of ${runs} runs):
\`knowledgegen check facts\` takes **$(seconds "$tool_ms") s**; \`dotnet run --project src/KnowledgeGen.Tool -- check facts\`
takes $(seconds "$run_ms") s even with the project already built (it checks the build first). Packing and installing
took $(seconds "$install_ms") s."
echo "$figures"

FIGURES="$figures" python3 - <<'PY'
import os, re
path = "README.md"
text = open(path, encoding="utf-8").read()
start, end = "<!-- tool-timing: written by bench/tool-timing.sh -->", "<!-- /tool-timing -->"
if start not in text or end not in text:
    raise SystemExit("README.md has no tool-timing markers")
before, rest = text.split(start, 1)
_, after = rest.split(end, 1)
open(path, "w", encoding="utf-8").write(before + start + "\n" + os.environ["FIGURES"] + "\n" + end + after)
PY
