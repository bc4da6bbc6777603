#!/usr/bin/env bash
# Builds a consumer of a synthetic knowledge base (100,000 facts by default) end to end twice, with analyzers on (the
# default) and off, and reports each build's wall time and the compiler's peak memory, the generator's and the
# analyzer's share of the compiler's time, and the size of the assembly built, in all and per fact.
#   bash bench/scale.sh [facts]
# With SCALE_RESULTS=file, the figures are also written to that file as `key=value` lines (bench/performance.sh).
set -euo pipefail
facts=${1:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "working folder: $work" || trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$root/bench/KnowledgeGen.Benchmarks" -nologo -v:q > /dev/null
dotnet "$root/bench/KnowledgeGen.Benchmarks/bin/Release/net10.0/KnowledgeGen.Benchmarks.dll" synth "$facts" "$work/consumer"
cat > "$work/consumer/Consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/KnowledgeGen/build/KnowledgeGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <KnowledgeGenNamespace>Scale.Knowledge</KnowledgeGenNamespace>
    <ReportAnalyzer>true</ReportAnalyzer>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/KnowledgeGen/KnowledgeGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
PROJECT
cat > "$work/consumer/Program.cs" <<'PROGRAM'
var first = Scale.Knowledge.KnowledgeBase.FindFact("synthetic-money-fact-00000");
System.Console.WriteLine($"{Scale.Knowledge.KnowledgeBase.AllFacts.Count} facts; first: {first?.Statement}");
PROGRAM

# Restore and build the generator first, so that the timed builds are the consumer's own compilation.
(cd "$work/consumer" && dotnet restore -nologo -v:q > /dev/null && dotnet build "$root/src/KnowledgeGen" -nologo -v:q > /dev/null)
cd "$work/consumer"

results=()
# One full build of the consumer (its previous output removed), with the given extra arguments; sets $seconds and $mib.
timed_build() {
  local name=$1
  shift
  rm -rf obj/Debug bin
  /usr/bin/time -v -o "$work/time-$name.txt" dotnet build --no-restore -nodeReuse:false -nologo -v:d -p:BuildProjectReferences=false "$@" > "$work/build-$name.log" 2>&1 \
    || { tail -30 "$work/build-$name.log"; exit 1; }
  seconds=$(grep 'Elapsed (wall clock)' "$work/time-$name.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  mib=$(( $(grep 'Maximum resident set size' "$work/time-$name.txt" | awk '{print $NF}') / 1024 ))
  results+=("${name}_seconds=$seconds" "${name}_peak_mib=$mib")
}

# The compiler's own report (-p:ReportAnalyzer=true) of the time one generator or analyzer took, in seconds.
reported_seconds() {
  grep -E "$2" "$work/build-$1.log" | grep -v "/reportanalyzer" | head -1 | awk '{print $1}' | sed 's/<//'
}

timed_build analyzers_on
on_seconds=$seconds
timed_build analyzers_off -p:RunAnalyzers=false
off_seconds=$seconds

assembly=bin/Debug/net10.0/Consumer.dll
bytes=$(stat -c %s "$assembly")
results+=(
  "facts=$facts"
  "yaml_bytes=$(du -sb facts | cut -f1)"
  "generator_seconds=$(reported_seconds analyzers_on 'KnowledgeGen\.KnowledgeGenerator')"
  "analyzer_seconds=$(reported_seconds analyzers_on 'KnowledgeGen\.FactFileAnalyzer')"
  "on_off_ratio=$(awk -v on="$on_seconds" -v off="$off_seconds" 'BEGIN { printf "%.2f", on / off }')"
  "assembly_bytes=$bytes"
  "assembly_bytes_per_fact=$(( bytes / facts ))"
)

echo "facts:                       $facts"
echo "yaml on disk:                $(du -sh facts | cut -f1)"
for line in "${results[@]}"; do
  printf '%-28s %s\n' "${line%%=*}:" "${line#*=}"
done
echo "compiler's report of the build with analyzers on:"
grep -E "Total generator execution time|KnowledgeGen\.KnowledgeGenerator|KnowledgeGen\.FactFileAnalyzer|Total analyzer execution time" "$work/build-analyzers_on.log" | grep -v "/reportanalyzer" | sed 's/^ */  /' | sort -u | head -6 || true
# Which analyzers the time went to: the SDK's that analyze generated code as well (ConfigureGeneratedCodeAnalysis) show here.
echo "the analyzers that took longest in the build with analyzers on (seconds, share):"
awk '/Total analyzer execution time/ { found = 1 } /Total generator execution time/ { found = 0 } found' "$work/build-analyzers_on.log" | grep -v "/reportanalyzer" \
  | grep -E '^ +<?[0-9.]+ +<?[0-9]+ +[A-Za-z]' | grep -v ', Version=' | sort -rn | head -5 | sed 's/^ */  /' || true
echo "run:                         $(dotnet "$assembly")"
if [ -n "${SCALE_RESULTS:-}" ]; then
  printf '%s\n' "${results[@]}" > "$SCALE_RESULTS"
fi
