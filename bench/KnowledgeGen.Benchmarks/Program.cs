using System.Diagnostics;
using BenchmarkDotNet.Running;
using KnowledgeGen.Benchmarks;
using KnowledgeGen.Checking;

// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- [BenchmarkDotNet arguments]   runs the benchmarks
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- synth <facts> <directory>     writes a synthetic knowledge base
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- verify <facts>                checks one with the generator's checks
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- phases <facts>                times each phase of a run, roughly
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- phases <facts> compile        the same, then the compiler's phases over the generated code
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- runs <facts> <count>          full generator runs back to back, each with its processor time, allocation and collections, to profile
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- edits <facts> <count>         runs after editing one fact file of 100, back to back, to profile
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- checks <facts> <count>        the per-file checks alone, each time over fresh source texts
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- floor <facts> [<rounds>]      what the design cannot go below: Roslyn's parse of the output and of a minimal API, YAML events, each ÷ a YamlStream load
// dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- firstuse <facts>              loads the compiled knowledge base and counts its facts, then loads it again and finds one fact by id, to profile
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

if (args.Length is 2 or 3 && args[0] == "phases")
{
    PhaseProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), compile: args.Length == 3 && args[2] == "compile");
    return;
}

if (args.Length == 3 && args[0] == "checks")
{
    PhaseProfile.RunChecks(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length is 2 or 3 && args[0] == "floor")
{
    PhaseProfile.RunFloor(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8);
    return;
}

if (args.Length == 3 && args[0] == "runs")
{
    var files = GeneratorHarness.Files(SyntheticKnowledgeBase.Create(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    var compilation = GeneratorHarness.Compilation();
    for (int run = 0; run < int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture); run++)
    {
        var watch = Stopwatch.StartNew();
        TimeSpan processor = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        int trees = GeneratorHarness.Driver(files).RunGenerators(compilation).GetRunResult().GeneratedTrees.Length;
        // Processor time as well as wall time: on a shared machine it is the figure that compares (the first run is the cold one, as a build's compiler is).
        Console.WriteLine($"run {run}: {trees} files, {watch.ElapsedMilliseconds} ms, {(Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds:F0} ms processor time, {(GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024} MiB, collections of generations 0/1/2: {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}");
    }

    return;
}

if (args.Length == 3 && args[0] == "edits")
{
    var edits = new IncrementalRunBenchmarks { Facts = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) };
    edits.Setup();
    for (int run = 0; run < int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture); run++)
    {
        var watch = Stopwatch.StartNew();
        int trees = edits.RunAfterEdit();
        Console.WriteLine($"edit {run}: {trees} files, {watch.ElapsedMilliseconds} ms");
    }

    Console.WriteLine("steps the edit ran again: " + string.Join(", ", edits.StepsRunAgainByEdit()));

    return;
}

if (args.Length == 2 && args[0] == "firstuse")
{
    var compiled = CompiledSyntheticKnowledgeBase.Create(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    for (int round = 0; round < 3; round++)
    {
        var watch = Stopwatch.StartNew();
        TimeSpan processor = Process.GetCurrentProcess().TotalProcessorTime;
        (var context, Type knowledgeBase) = compiled.Load();
        int count = ((IReadOnlyCollection<object>)knowledgeBase.GetProperty("AllFacts")!.GetValue(null)!).Count;
        Console.WriteLine($"first use {round}: {count} facts, {watch.ElapsedMilliseconds} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds:F0} ms processor");
        context.Unload();

        watch.Restart();
        processor = Process.GetCurrentProcess().TotalProcessorTime;
        (context, knowledgeBase) = compiled.Load();
        string id = SyntheticKnowledgeBase.FactId(count / 2);
        object fact = knowledgeBase.GetMethod("FindFact", [typeof(string)])!.Invoke(null, [id])!;
        Console.WriteLine($"first use {round}: {id} found ({fact.GetType().Name}), {watch.ElapsedMilliseconds} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds:F0} ms processor");
        context.Unload();
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticKnowledgeBase).Assembly).Run(args);
