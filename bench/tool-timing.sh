#!/usr/bin/env bash
# Measures `knowledgegen check facts` as the README recommends running it (packed, installed as a .NET tool from a
# local feed) against `dotnet run --project src/KnowledgeGen.Tool -- check facts` with the project already built,
# and writes the figures into README.md between the tool-timing markers. Usage: bash bench/tool-timing.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/readme-figures.sh
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

write_readme_figures tool-timing bench/tool-timing.sh "$figures"
