using System.Diagnostics;
using BenchmarkDotNet.Running;
using KnowledgeGen.Benchmarks;
using KnowledgeGen.Checking;

// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- [BenchmarkDotNet arguments]   runs the benchmarks
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- synth <facts> <directory>     writes a synthetic knowledge base
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- verify <facts>                checks one with the generator's checks
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- phases <facts>                times each phase of a run, roughly
if (args.Length == 3 && args[0] == "synth")
{
    SyntheticKnowledgeBase.WriteTo(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length == 2 && args[0] == "verify")
{
    var watch = Stopwatch.StartNew();
    CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check(SyntheticKnowledgeBase.Create(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    Console.WriteLine($"{checkedBase.Index.FactCount} facts, {checkedBase.Diagnostics.Count} diagnostics, {watch.ElapsedMilliseconds} ms");
    foreach (var diagnostic in checkedBase.Diagnostics.Take(10))
    {
        Console.WriteLine(diagnostic.ToDiagnostic());
    }

    return;
}

if (args.Length == 2 && args[0] == "phases")
{
    PhaseProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticKnowledgeBase).Assembly).Run(args);
