using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// First use of the generated knowledge base, type initialisers and JIT included (each iteration loads the
/// assembly afresh), against what a user would do instead: deserialize the same facts from JSON with
/// System.Text.Json's source generator. Two first uses: looking one fact up by id and reading its statement and
/// cited sentence (read through a compiled expression: the generated types are internal), and counting every fact.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 15)]
public class StartupBenchmarks
{
    private CompiledSyntheticKnowledgeBase _compiled = null!;
    private byte[] _json = [];
    private AssemblyLoadContext? _context;
    private Func<string, object?> _findFact = null!;
    private Func<object> _allFacts = null!;
    private Func<object, int> _statementAndSentence = null!;
    private string _someId = string.Empty;

    [Params(10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compiled = CompiledSyntheticKnowledgeBase.Create(Facts);
        (AssemblyLoadContext context, Type knowledgeBase) = _compiled.Load();
        var facts = ((IEnumerable<object>)knowledgeBase.GetProperty("AllFacts")!.GetValue(null)!).Select(FactJson.From).ToList();
        _json = JsonSerializer.SerializeToUtf8Bytes(facts, StartupJson.Default.ListFactJson);
        _someId = facts[facts.Count / 2].Id;
        context.Unload();
    }

    // Every benchmark gets the set-up, so that they run in one job and their ratios are computed; the JSON
    // baseline simply does not use the freshly loaded assembly.
    [IterationSetup]
    public void LoadFresh()
    {
        (_context, Type knowledgeBase) = _compiled.Load();
        _findFact = knowledgeBase.GetMethod("FindFact", [typeof(string)])!.CreateDelegate<Func<string, object?>>();
        _allFacts = knowledgeBase.GetProperty("AllFacts")!.GetMethod!.CreateDelegate<Func<object>>();
        _statementAndSentence = StatementAndSentence(knowledgeBase.GetNestedType("Fact")!);
    }

    /// <summary>A compiled <c>fact => fact.Statement.Length + fact.Citations[0].Sentence.Length</c>.</summary>
    private static Func<object, int> StatementAndSentence(Type factType)
    {
        ParameterExpression fact = Expression.Parameter(typeof(object), "fact");
        Expression typed = Expression.Convert(fact, factType);
        Expression citations = Expression.Property(typed, "Citations");
        Expression first = Expression.Property(citations, "Item", Expression.Constant(0));
        Expression length = Expression.Add(
            Expression.Property(Expression.Property(typed, "Statement"), "Length"),
            Expression.Property(Expression.Property(first, "Sentence"), "Length"));
        return Expression.Lambda<Func<object, int>>(length, fact).Compile();
    }

    [IterationCleanup]
    public void Unload() => _context?.Unload();

    [Benchmark(Baseline = true, Description = "Deserialize the facts from JSON (System.Text.Json, source-generated)")]
    public int DeserializeFromJson() => JsonSerializer.Deserialize(_json, StartupJson.Default.ListFactJson)!.Count;

    [Benchmark(Description = "First use: one fact by id, its statement and cited sentence")]
    public int FirstLookup() => _statementAndSentence(_findFact(_someId)!);

    [Benchmark(Description = "First use: count every fact")]
    public int FirstCountOfAllFacts() => ((IReadOnlyCollection<object>)_allFacts()).Count;
}

/// <summary>A fact as a user would keep it in JSON: every field the generated API gives, ids for references.</summary>
public sealed record FactJson(
    string Id,
    string Kind,
    string Statement,
    string[] About,
    Dictionary<string, string>? Value,
    CitationJson[] Citations,
    string? Holds,
    string? Measure,
    string[] Supersedes)
{
    /// <summary>The fact's fields, read by reflection: the generated types are internal to their assembly.</summary>
    public static FactJson From(object fact)
    {
        object? value = Get(fact, "Value");
        return new FactJson(
            (string)Get(fact, "Id")!,
            Get(fact, "Kind")!.ToString()!,
            (string)Get(fact, "Statement")!,
            Ids(Get(fact, "About")!),
            value is null ? null : value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => (p.Name, Text: Convert.ToString(p.GetValue(value), System.Globalization.CultureInfo.InvariantCulture)))
                .Where(p => p.Text is not null)
                .ToDictionary(p => p.Name, p => p.Text!),
            ((IEnumerable<object>)Get(fact, "Citations")!)
                .Select(c => new CitationJson((string)Get(Get(c, "Source")!, "Id")!, (string)Get(c, "Quote")!, (string)Get(c, "Sentence")!))
                .ToArray(),
            Get(fact, "Holds")?.ToString(),
            Get(fact, "Measure") is { } measure ? (string?)Get(measure, "Id") : null,
            Ids(Get(fact, "Supersedes")!));
    }

    /// <summary>A public property, the most derived of that name (a typed fact's Value hides the base's).</summary>
    private static object? Get(object item, string property)
        => item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).First(p => p.Name == property).GetValue(item);

    private static string[] Ids(object items) => ((IEnumerable<object>)items).Select(item => (string)Get(item, "Id")!).ToArray();
}

public sealed record CitationJson(string Source, string Quote, string Sentence);

[JsonSerializable(typeof(List<FactJson>))]
public sealed partial class StartupJson : JsonSerializerContext;
