#!/usr/bin/env bash
# Builds a consumer of a synthetic knowledge base (100,000 facts by default) end to end twice, as a user runs
# `dotnet build`, with analyzers on (the default) and off, and reports each build's wall time, processor time and peak
# memory, the size of the assembly built, in all and per fact, and, from a third build that is not timed, the compiler's
# report of the generator's and the analyzers' time.
#   bash bench/scale.sh [facts]
# With SCALE_RESULTS=file, the figures are also written to that file as `key=value` lines (bench/performance.sh).
set -euo pipefail
facts=${1:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "working folder: $work" || trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$root/bench/KnowledgeGen.Benchmarks" -nologo -v:q > /dev/null
dotnet "$root/bench/KnowledgeGen.Benchmarks/bin/Release/net10.0/KnowledgeGen.Benchmarks.dll" synth "$facts" "$work/consumer"
# The consumer is built as a user builds it (Debug), the generator as the package ships it (Release): a Debug generator
# is compiled with optimisations off, which the runtime then never turns on for it (docs/performance.md, "Issue 29,
# s29o"). The build's path gate comes from the same Release build.
cat > "$work/consumer/Consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <KnowledgeGenTasksAssembly>$root/src/KnowledgeGen.Build/bin/Release/netstandard2.0/KnowledgeGen.Build.dll</KnowledgeGenTasksAssembly>
  </PropertyGroup>
  <Import Project="$root/src/KnowledgeGen/build/KnowledgeGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <KnowledgeGenNamespace>Scale.Knowledge</KnowledgeGenNamespace>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/KnowledgeGen/KnowledgeGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" SetConfiguration="Configuration=Release" />
  </ItemGroup>
</Project>
PROJECT
cat > "$work/consumer/Program.cs" <<'PROGRAM'
var first = Scale.Knowledge.KnowledgeBase.FindFact("synthetic-money-fact-00000");
System.Console.WriteLine($"{Scale.Knowledge.KnowledgeBase.AllFacts.Count} facts; first: {first?.Statement}");
PROGRAM

# Restore and build the generator first, so that the timed builds are the consumer's own compilation.
(cd "$work/consumer" && dotnet restore -nologo -v:q > /dev/null && dotnet build -c Release "$root/src/KnowledgeGen" -nologo -v:q > /dev/null)
cd "$work/consumer"

results=()
# One full build of the consumer (its previous output removed), with the given extra arguments. The compiler runs in a
# process of its own (no compiler server, whatever the environment says), so that its memory is in the peak that
# /usr/bin/time reports and every build starts it cold. Sets $seconds, $mib and $cpu.
build() {
  local name=$1
  shift
  rm -rf obj/Debug bin
  /usr/bin/time -v -o "$work/time-$name.txt" dotnet build --no-restore -nodeReuse:false -nologo -p:UseSharedCompilation=false \
    -p:BuildProjectReferences=false "$@" > "$work/build-$name.log" 2>&1 || { tail -30 "$work/build-$name.log"; exit 1; }
  seconds=$(grep 'Elapsed (wall clock)' "$work/time-$name.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  mib=$(( $(grep 'Maximum resident set size' "$work/time-$name.txt" | awk '{print $NF}') / 1024 ))
  # Processor time (user and system, the build and its compiler): unlike wall time, it leaves out the waiting for a
  # core, so it is the figure that compares between runs on a shared machine.
  cpu=$(grep -E '(User|System) time' "$work/time-$name.txt" | awk '{ sum += $NF } END { printf "%.2f", sum }')
}

# The timed builds, at normal verbosity: the compiler's report (-p:ReportAnalyzer=true) is printed only at detailed
# verbosity, which costs the build memory (docs/performance.md, "Issue 29, s29k"), so it comes from a third build.
build analyzers_on -v:n
on_seconds=$seconds
results+=("analyzers_on_seconds=$seconds" "analyzers_on_peak_mib=$mib" "analyzers_on_cpu_seconds=$cpu")
build analyzers_off -v:n -p:RunAnalyzers=false
off_seconds=$seconds
results+=("analyzers_off_seconds=$seconds" "analyzers_off_peak_mib=$mib" "analyzers_off_cpu_seconds=$cpu")
build report -v:d -p:ReportAnalyzer=true

# The compiler's own report of the time one generator or analyzer took, in seconds.
reported_seconds() {
  grep -E "$1" "$work/build-report.log" | grep -v "/reportanalyzer" | head -1 | awk '{print $1}' | sed 's/<//'
}

assembly=bin/Debug/net10.0/Consumer.dll
bytes=$(stat -c %s "$assembly")
results+=(
  "facts=$facts"
  "yaml_bytes=$(du -sb facts | cut -f1)"
  "generator_seconds=$(reported_seconds 'KnowledgeGen\.KnowledgeGenerator')"
  "analyzer_seconds=$(reported_seconds 'KnowledgeGen\.FactFileAnalyzer')"
  "on_off_ratio=$(awk -v on="$on_seconds" -v off="$off_seconds" 'BEGIN { printf "%.2f", on / off }')"
  "assembly_bytes=$bytes"
  "assembly_bytes_per_fact=$(( bytes / facts ))"
)

echo "facts:                       $facts"
echo "yaml on disk:                $(du -sh facts | cut -f1)"
for line in "${results[@]}"; do
  printf '%-28s %s\n' "${line%%=*}:" "${line#*=}"
done
echo "the compiler's report of a third build, analyzers on (not timed):"
grep -E "Total generator execution time|KnowledgeGen\.KnowledgeGenerator|KnowledgeGen\.FactFileAnalyzer|Total analyzer execution time" "$work/build-report.log" | grep -v "/reportanalyzer" | sed 's/^ */  /' | sort -u | head -6 || true
# Which analyzers the time went to: the SDK's that analyze generated code as well (ConfigureGeneratedCodeAnalysis) show here.
echo "the analyzers that took longest in that build (seconds, share):"
awk '/Total analyzer execution time/ { found = 1 } /Total generator execution time/ { found = 0 } found' "$work/build-report.log" | grep -v "/reportanalyzer" \
  | grep -E '^ +<?[0-9.]+ +<?[0-9]+ +[A-Za-z]' | grep -v ', Version=' | sort -rn | head -5 | sed 's/^ */  /' || true
echo "run:                         $(dotnet "$assembly")"
if [ -n "${SCALE_RESULTS:-}" ]; then
  printf '%s\n' "${results[@]}" > "$SCALE_RESULTS"
fi
