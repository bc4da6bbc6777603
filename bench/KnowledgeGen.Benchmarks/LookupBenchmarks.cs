using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// The generated lookups against what a user would write instead. By id: <c>FindFact</c> against a
/// <c>Dictionary&lt;string, Fact&gt;</c> of the same facts, for ids it holds (hits) and for ids one character off
/// (misses, as a typo is): the last character (which no id of that length ends with), or the first in capitals (so
/// that the length and last character are those of a held id). The facts about an entity, of a measure and citing a source: the list the object
/// holds against a <c>Dictionary</c> from the object to its list. The generated types live in an assembly built at
/// set-up, so every side is called through a delegate: <c>FindFact</c> through a delegate to the static method, which
/// pays a stub that shifts the arguments (about a nanosecond) that the baseline's lambda does not. A compiled expression
/// calling <c>FindFact</c> avoids the stub but cost a hit about 9 ns more at 100,000 facts (docs/performance.md, "the
/// lookups before and after s29j"), so the delegate it is.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private const int Keys = 1024;
    private Func<string, object?> _generatedFind = null!;
    private Func<object, object> _entityFacts = null!;
    private Func<object, object> _measureFacts = null!;
    private Func<object, object> _sourceFacts = null!;
    private string[] _hits = [];
    private string[] _misses = [];
    private string[] _capitalised = [];
    private object[] _entities = [];
    private object[] _measures = [];
    private object[] _sources = [];

    [Params(10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        CompiledSyntheticKnowledgeBase compiled = CompiledSyntheticKnowledgeBase.Create(Facts);
        (_, Type knowledgeBase) = compiled.Load(collectible: false);
        _generatedFind = knowledgeBase.GetMethod("FindFact", [typeof(string)])!.CreateDelegate<Func<string, object?>>();
        _entityFacts = PropertyReader(knowledgeBase.GetNestedType("Entity")!, "Facts");
        _measureFacts = PropertyReader(knowledgeBase.GetNestedType("Measure")!, "Series");
        _sourceFacts = PropertyReader(knowledgeBase.GetNestedType("Source")!, "Facts");

        object[] facts = All(knowledgeBase, "AllFacts");
        s_factsById = facts.ToDictionary(f => (string)f.GetType().GetProperty("Id")!.GetValue(f)!, f => f, StringComparer.Ordinal);
        s_listOf = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        var random = new Random(42);
        _entities = Sample(All(knowledgeBase, "AllEntities"), _entityFacts, random);
        _measures = Sample(All(knowledgeBase, "AllMeasures"), _measureFacts, random);
        _sources = Sample(All(knowledgeBase, "AllSources"), _sourceFacts, random);

        string[] ids = s_factsById.Keys.ToArray();
        _hits = Enumerable.Range(0, Keys).Select(_ => new string(ids[random.Next(ids.Length)].AsSpan())).ToArray(); // fresh strings, not the interned literals
        _misses = _hits.Select(id => id[..^1] + (char)(id[^1] + 20)).ToArray();
        _capitalised = _hits.Select(id => char.ToUpperInvariant(id[0]) + id[1..]).ToArray();
        if (_misses.Concat(_capitalised).Any(s_factsById.ContainsKey) || _hits.Any(id => _generatedFind(id) is null))
        {
            throw new InvalidOperationException("a hit is missing or a miss is found");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("fact by id, found")]
    public object? DictionaryHit() => Find(s_findInDictionary, _hits);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("fact by id, found")]
    public object? GeneratedHit() => Find(_generatedFind, _hits);

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("fact by id, not found")]
    public object? DictionaryMiss() => Find(s_findInDictionary, _misses);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("fact by id, not found")]
    public object? GeneratedMiss() => Find(_generatedFind, _misses);

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("fact by id, not found, first letter in capitals")]
    public object? DictionaryMissCapitalised() => Find(s_findInDictionary, _capitalised);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("fact by id, not found, first letter in capitals")]
    public object? GeneratedMissCapitalised() => Find(_generatedFind, _capitalised);

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("facts about an entity")]
    public object? DictionaryAbout() => Read(s_listInDictionary, _entities);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("facts about an entity")]
    public object? GeneratedAbout() => Read(_entityFacts, _entities);

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("facts of a measure")]
    public object? DictionaryOfMeasure() => Read(s_listInDictionary, _measures);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("facts of a measure")]
    public object? GeneratedOfMeasure() => Read(_measureFacts, _measures);

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("facts citing a source")]
    public object? DictionaryCiting() => Read(s_listInDictionary, _sources);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("facts citing a source")]
    public object? GeneratedCiting() => Read(_sourceFacts, _sources);

    private static Dictionary<string, object> s_factsById = [];
    private static Dictionary<object, object> s_listOf = [];

    private static readonly Func<string, object?> s_findInDictionary = id => s_factsById.TryGetValue(id, out object? fact) ? fact : null;
    private static readonly Func<object, object> s_listInDictionary = item => s_listOf[item];

    private static object[] All(Type knowledgeBase, string property)
        => ((IEnumerable<object>)knowledgeBase.GetProperty(property)!.GetValue(null)!).ToArray();

    /// <summary>Items drawn at random, each with its list also put in the dictionary the baseline reads.</summary>
    private static object[] Sample(object[] items, Func<object, object> list, Random random)
    {
        if (items.Length == 0)
        {
            throw new InvalidOperationException("the synthetic knowledge base has none of these");
        }

        foreach (object item in items)
        {
            s_listOf[item] = list(item);
        }

        return Enumerable.Range(0, Keys).Select(_ => items[random.Next(items.Length)]).ToArray();
    }

    /// <summary>A compiled <c>item => ((T)item).Property</c>, as fast to call as the baseline's delegate.</summary>
    private static Func<object, object> PropertyReader(Type type, string property)
    {
        ParameterExpression item = Expression.Parameter(typeof(object), "item");
        return Expression.Lambda<Func<object, object>>(Expression.Property(Expression.Convert(item, type), property), item).Compile();
    }

    private static object? Find(Func<string, object?> lookup, string[] keys)
    {
        object? last = null;
        foreach (string key in keys)
        {
            last = lookup(key);
        }

        return last;
    }

    private static object? Read(Func<object, object> list, object[] items)
    {
        object? last = null;
        foreach (object item in items)
        {
            last = list(item);
        }

        return last;
    }
}
