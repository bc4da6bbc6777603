"""Writes the results table of docs/performance.md from one run of bench/performance.sh.

Usage: python3 bench/performance-table.py <run folder>          the results table
       python3 bench/performance-table.py <run folder> phases   the phase split of one generator run (phases.log)
Reads the BenchmarkDotNet JSON reports under the run folder and scale.txt (key=value lines from bench/scale.sh).
Every ratio is computed from two medians measured in the same BenchmarkDotNet run.
"""
import datetime
import glob
import json
import os
import sys

run = sys.argv[1]


def phases_table():
    """The last of the three rounds PhaseProfile prints: each phase's time and allocation, and its share."""
    with open(os.path.join(run, "phases.log"), encoding="utf-8") as log:
        lines = [line.rstrip() for line in log if line.strip()]
    rounds, current = [], None
    for line in lines:
        if line.startswith("yamlstream"):
            current = []
            rounds.append(current)
        if current is not None and " ms " in line:
            name, rest = line[:14].strip(), line[14:].split()
            current.append((name, int(rest[0]), int(rest[2])))
    phases = rounds[-1]
    ours = [p for p in phases if p[0] in ("parse", "documents", "catalog", "check", "cross-file", "emit")]
    total = sum(p[1] for p in ours)
    yamlstream = next(p[1] for p in phases if p[0] == "yamlstream")
    print(f"One run of the generator's phases over 100,000 facts, called directly (`phases 100000`, the last of three rounds), "
          f"measured {datetime.date.today().isoformat()} by `bash bench/performance.sh`. The first three rows are references, not "
          f"phases: a `YamlStream` load (the baseline of target 1), YamlDotNet's parser events alone, and our located tree alone "
          f"(which `parse` includes).")
    print()
    print("| phase | time | allocated | share of the phases' time | ÷ `YamlStream` load |")
    print("|---|---|---|---|---|")
    for name, ms, mib in phases:
        share = f"{100 * ms / total:.0f}%" if (name, ms, mib) in ours else "—"
        print(f"| {name} | {ms:,} ms | {mib:,} MiB | {share} | {ms / yamlstream:.2f}× |")
    print(f"| **parse to emit** | **{total:,} ms** | **{sum(p[2] for p in ours):,} MiB** | 100% | **{total / yamlstream:.2f}×** |")


if len(sys.argv) > 2 and sys.argv[2] == "phases":
    phases_table()
    sys.exit(0)


def load_results():
    """(class, method, facts) -> (median ns, allocated bytes per operation), from every JSON report of the run.
    The median, not the mean: on a shared machine a few slow iterations would move the mean."""
    results = {}
    for path in glob.glob(os.path.join(run, "**", "*-report*.json"), recursive=True):
        with open(path, encoding="utf-8") as report:
            for benchmark in json.load(report)["Benchmarks"]:
                facts = int(benchmark["Parameters"].split("=")[1].replace(",", ""))
                statistics = benchmark.get("Statistics") or {}
                memory = benchmark.get("Memory") or {}
                if "Median" in statistics:
                    results[(benchmark["Type"], benchmark["Method"], facts)] = (statistics["Median"], memory.get("BytesAllocatedPerOperation"))
    return results


def load_scale():
    path = os.path.join(run, "scale.txt")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as lines:
        return dict(line.strip().split("=", 1) for line in lines if "=" in line)


results = load_results()
scale = load_scale()


def duration(ns):
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.0f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.1f} ns"


def ratio(type_, method, baseline, facts):
    """(ratio, text) of one benchmark against its baseline at one size, or (None, 'not measured')."""
    measured = results.get((type_, method, facts))
    base = results.get((type_, baseline, facts))
    if measured is None or base is None:
        return None, "not measured"
    value = measured[0] / base[0]
    return value, f"{value:.2f}× at {facts:,} ({duration(measured[0])} vs {duration(base[0])})"


def allocated(type_, method, facts):
    measured = results.get((type_, method, facts))
    return None if measured is None else measured[1]


def verdict(values, goals):
    if any(v is None for v in values):
        return "not measured"
    return "yes" if all(v <= g for v, g in zip(values, goals)) else "no"


rows = []


def add(target, pairs, goal_text, goals, extra=""):
    values = [p[0] for p in pairs]
    rows.append((target, "; ".join(p[1] for p in pairs) + extra, goal_text, verdict(values, goals)))


add("full generator run ÷ `YamlStream` load of the same files",
    [ratio("GeneratorRunBenchmarks", "FullGeneratorRun", "ParseWithYamlStream", n) for n in (1_000, 10_000, 100_000)],
    "≤ 1.5× at 1,000; ≤ 1.0× at 10,000 and 100,000", [1.5, 1.0, 1.0])
add("run after editing 1 fact file of 100 ÷ full run",
    [ratio("IncrementalRunBenchmarks", "RunAfterEdit", "FullRun", n) for n in (10_000, 100_000)],
    "≤ 0.03", [0.03, 0.03])

on_off = scale.get("on_off_ratio")
rows.append(("build with analyzers on ÷ off, 100,000 facts (`bench/scale.sh`)",
             f"{on_off}× ({scale.get('analyzers_on_seconds')} s vs {scale.get('analyzers_off_seconds')} s)" if on_off else "not measured",
             "≤ 1.1×", "not measured" if not on_off else ("yes" if float(on_off) <= 1.1 else "no")))

for label, method, baseline, goal in (
        ("fact by id, found: `FindFact` ÷ `Dictionary`", "GeneratedHit", "DictionaryHit", 0.6),
        ("fact by id, not found: `FindFact` ÷ `Dictionary`", "GeneratedMiss", "DictionaryMiss", 0.3)):
    pairs = [ratio("LookupBenchmarks", method, baseline, n) for n in (10_000, 100_000)]
    bytes_ = [allocated("LookupBenchmarks", method, n) for n in (10_000, 100_000)]
    zero = all(b == 0 for b in bytes_)
    add(label, pairs, f"≤ {goal}×, 0 bytes", [goal, goal], f"; {'0 bytes allocated' if zero else 'allocates ' + str(bytes_)}")
    if not zero and rows[-1][3] == "yes":
        rows[-1] = rows[-1][:3] + ("no",)

for label, method, baseline in (
        ("facts about an entity: `entity.Facts` ÷ `Dictionary`", "GeneratedAbout", "DictionaryAbout"),
        ("facts of a measure: `measure.Facts` ÷ `Dictionary`", "GeneratedOfMeasure", "DictionaryOfMeasure"),
        ("facts citing a source: `source.Facts` ÷ `Dictionary`", "GeneratedCiting", "DictionaryCiting")):
    pairs = [ratio("LookupBenchmarks", method, baseline, n) for n in (10_000, 100_000)]
    bytes_ = [allocated("LookupBenchmarks", method, n) for n in (10_000, 100_000)]
    measured = all(b is not None for b in bytes_)
    rows.append((label, "; ".join(p[1] for p in pairs) + ("; 0 bytes allocated" if measured and all(b == 0 for b in bytes_) else f"; allocates {bytes_}"),
                 "a field read: precomputed array, 0 bytes", "not measured" if not measured else ("yes" if all(b == 0 for b in bytes_) else "no")))

for label, method in (("first use, one fact by id ÷ System.Text.Json deserialization", "FirstLookup"),
                      ("first use, every fact counted ÷ System.Text.Json deserialization", "FirstCountOfAllFacts")):
    add(label, [ratio("StartupBenchmarks", method, "DeserializeFromJson", n) for n in (10_000, 100_000)],
        "≤ 0.1× at 100,000", [float("inf"), 0.1])

if scale:
    seconds = float(scale["analyzers_on_seconds"])
    mib = int(scale["analyzers_on_peak_mib"])
    rows.append((f"100,000-fact consumer ({int(scale['yaml_bytes']) / 1e6:.0f} MB of YAML), built end to end (`bench/scale.sh`)",
                 f"{seconds:.1f} s wall, {mib:,} MiB peak (analyzers on); {float(scale['analyzers_off_seconds']):.1f} s, "
                 f"{int(scale['analyzers_off_peak_mib']):,} MiB (off); generator {scale.get('generator_seconds') or '?'} s of the compiler's time",
                 "≤ 30 s, ≤ 2.5 GB", "yes" if seconds <= 30 and mib <= 2560 else "no"))
    rows.append(("generated assembly, 100,000 facts",
                 f"{int(scale['assembly_bytes']):,} bytes: {int(scale['assembly_bytes_per_fact']):,} bytes per fact", "reported", "—"))
else:
    rows.append(("100,000-fact consumer, built end to end (`bench/scale.sh`)", "not measured", "≤ 30 s, ≤ 2.5 GB", "not measured"))

print(f"Measured {datetime.date.today().isoformat()} on {os.cpu_count()} cores by `bash bench/performance.sh`; ratios are of two medians from one "
      "BenchmarkDotNet run.")
print()
print("| target | measured | goal | met? |")
print("|---|---|---|---|")
for target, measured, goal, met in rows:
    print(f"| {target} | {measured} | {goal} | {met} |")
