#!/usr/bin/env bash
# Times the README's test command and names where the time goes: the wall time of `dotnet test KnowledgeGen.sln`
# (projects built first, so that the figure is the test run), the load average before and after (the machine is
# shared, so a figure means little without it), the pass and fail counts, and the slowest test classes by the sum
# of their tests' durations as the console logger prints them (a class fixture's own time is not in that sum: a
# class run alone, with its name as the filter, shows it in the wall time), and the CPU time of every process the
# run started, the compiler server its builds share included (on a shared machine the CPU time is the figure that
# other sessions' load does not change).
# A whole run that passes (no filter) writes its wall time into README.md between the test-time markers.
# Usage: bash bench/test-time.sh [filter [classes]]   e.g. bash bench/test-time.sh BuildMatrixTests
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/readme-figures.sh
filter=${1:-}
classes=${2:-15}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build KnowledgeGen.sln -nologo -v:q > /dev/null
log=$(mktemp)
cpu=$(mktemp)
# Runs its arguments as a child subreaper: the processes they leave behind (the compiler server, stopped when the
# test host exits) are reparented here and waited for, so that their CPU time is counted with the rest.
counted='
import ctypes, os, resource, subprocess, sys
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
status = subprocess.call(sys.argv[2:])
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write(f"{usage.ru_utime + usage.ru_stime:.0f} s CPU (user {usage.ru_utime:.0f} s, system {usage.ru_stime:.0f} s)")
sys.exit(status)'
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s%N)
status=0
if [ -n "$filter" ]; then
  python3 -c "$counted" "$cpu" dotnet test KnowledgeGen.sln --no-build --filter "FullyQualifiedName~$filter" > "$log" 2>&1 || status=$?
else
  python3 -c "$counted" "$cpu" dotnet test KnowledgeGen.sln > "$log" 2>&1 || status=$?
fi
end=$(date +%s%N)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

wall_ms=$(( (end - start) / 1000000 ))
wall=$(awk -v ms="$wall_ms" 'BEGIN { printf "%d min %.1f s", ms / 60000, (ms % 60000) / 1000 }')
echo "dotnet test KnowledgeGen.sln${filter:+ --filter FullyQualifiedName~$filter}: $wall wall, $(cat "$cpu"), exit $status"
rm -f "$cpu"
echo "$(nproc) cores; load average $load_before before, $load_after after; $(date -u '+%Y-%m-%d %H:%M') UTC"
LOG="$log" CLASSES="$classes" python3 - <<'PY'
import collections, os, re
line = re.compile(r"^\s+(Passed|Failed|Skipped) KnowledgeGen\.Tests\.(?P<cls>[\w.]+?)\.\w+(\(.*\))? \[(?P<time>[^\]]*)\]$")
unit = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}
seconds, tests, outcomes = collections.Counter(), collections.Counter(), collections.Counter()
for text in open(os.environ["LOG"], encoding="utf-8", errors="replace"):
    m = line.match(text.rstrip("\n"))
    if not m:
        continue
    outcomes[m.group(1)] += 1
    tests[m.group("cls")] += 1
    seconds[m.group("cls")] += sum(float(n) * unit[u] for n, u in re.findall(r"([\d.]+) ?(ms|s|m|h)\b", m.group("time")))
print(", ".join(f"{outcomes[o]} {o.lower()}" for o in ("Passed", "Failed", "Skipped")) + f"; {sum(seconds.values()):.0f} s of test time in {len(tests)} classes")
print("slowest classes (sum of test durations, tests):")
for cls, total in seconds.most_common(int(os.environ["CLASSES"])):
    print(f"  {total:7.1f} s  {tests[cls]:4}  {cls}")
PY
if [ "$status" -eq 0 ] && [ -z "$filter" ]; then
  passed=$({ grep -oE 'Passed: +[0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
  write_readme_figures test-time bench/test-time.sh "Measured by \`bash bench/test-time.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, load average ${load_before%% *} when it started, projects built):
the test command ran ${passed} tests in **${wall}**."
fi
if [ "$status" -ne 0 ]; then
  grep -E '^\s+Failed ' "$log" | head -20 || true
  echo "log: $log"
else
  rm -f "$log"
fi
exit "$status"
