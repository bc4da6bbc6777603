#!/usr/bin/env bash
# Builds a consumer of a synthetic knowledge base (100,000 facts by default) end to end, and reports the build's
# wall time, the compiler's peak memory and the generator's share of the compiler's time.
#   bash bench/scale.sh [facts]
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
var first = Scale.Knowledge.KnowledgeBase.FindFact("fact-00000");
System.Console.WriteLine($"{Scale.Knowledge.KnowledgeBase.AllFacts.Count} facts; first: {first?.Statement}");
PROGRAM

# Restore and build the generator first, so that the timed build is the consumer's own compilation.
(cd "$work/consumer" && dotnet restore -nologo -v:q > /dev/null && dotnet build "$root/src/KnowledgeGen" -nologo -v:q > /dev/null)

cd "$work/consumer"
/usr/bin/time -v -o "$work/time.txt" dotnet build --no-restore -nodeReuse:false -nologo -v:d -p:BuildProjectReferences=false > "$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
echo "facts:                 $facts"
echo "yaml on disk:          $(du -sh facts | cut -f1)"
echo "build wall time:       $(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')"
echo "peak memory (largest process): $(( $(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}') / 1024 )) MiB"
echo "generator and analyzers (compiler's own report, -p:ReportAnalyzer=true):"
grep -E "Total generator execution time|KnowledgeGen\.KnowledgeGenerator|KnowledgeGen\.FactFileAnalyzer|Total analyzer execution time" "$work/build.log" | grep -v "/reportanalyzer" | sed 's/^ */  /' | sort -u | head -6 || true
grep -E "Time Elapsed" "$work/build.log" | tail -1 | sed 's/^ */msbuild: /' || true
echo "run:                   $(dotnet bin/Debug/net10.0/Consumer.dll)"
