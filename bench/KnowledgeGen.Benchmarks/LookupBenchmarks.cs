using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// Target 3: the generated lookups by id and by entity against a Dictionary holding the same facts. The
/// generated types live in an assembly built at set-up, so both sides are called the same way: through a
/// delegate to a static method that reads a static field.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private const int Keys = 1024;
    private Func<string, object?> _generatedFind = null!;
    private Func<string, object> _generatedAbout = null!;
    private Func<string, object?> _dictionaryFind = null!;
    private Func<string, object?> _dictionaryAbout = null!;
    private string[] _ids = [];
    private string[] _entities = [];

    [Params(10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        CompiledSyntheticKnowledgeBase compiled = CompiledSyntheticKnowledgeBase.Create(Facts);
        (_, Type knowledgeBase) = compiled.Load(collectible: false);
        _generatedFind = knowledgeBase.GetMethod("FindFact", [typeof(string)])!.CreateDelegate<Func<string, object?>>();
        // The facts about an entity are a property of the entity object: look the entity up, then read it.
        Func<string, object?> findEntity = knowledgeBase.GetMethod("FindEntity", [typeof(string)])!.CreateDelegate<Func<string, object?>>();
        System.Reflection.MethodInfo entityFacts = knowledgeBase.GetNestedType("Entity")!.GetProperty("Facts")!.GetMethod!;
        Func<object, object> factsOf = entity => entityFacts.Invoke(entity, null)!;
        _generatedAbout = id => factsOf(findEntity(id)!);

        var all = (IEnumerable<object>)knowledgeBase.GetProperty("AllFacts")!.GetValue(null)!;
        var entities = (IEnumerable<object>)knowledgeBase.GetProperty("AllEntities")!.GetValue(null)!;
        var byId = all.ToDictionary(f => (string)f.GetType().GetProperty("Id")!.GetValue(f)!, f => f, StringComparer.Ordinal);
        var byEntity = entities.Select(e => (string)e.GetType().GetProperty("Id")!.GetValue(e)!).ToDictionary(id => id, id => _generatedAbout(id), StringComparer.Ordinal);
        s_byId = byId;
        s_byEntity = byEntity;
        _dictionaryFind = FindInDictionary;
        _dictionaryAbout = AboutInDictionary;

        var random = new Random(42);
        string[] ids = byId.Keys.ToArray();
        string[] entityIds = byEntity.Keys.ToArray();
        _ids = Enumerable.Range(0, Keys).Select(_ => new string(ids[random.Next(ids.Length)].AsSpan())).ToArray(); // fresh strings, not the interned literals
        _entities = Enumerable.Range(0, Keys).Select(_ => new string(entityIds[random.Next(entityIds.Length)].AsSpan())).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("by id")]
    public object? DictionaryById() => Run(_dictionaryFind, _ids);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("by id")]
    public object? GeneratedFind() => Run(_generatedFind, _ids);

    [Benchmark(Baseline = true, OperationsPerInvoke = Keys)]
    [BenchmarkCategory("by entity")]
    public object? DictionaryByEntity() => Run(_dictionaryAbout, _entities);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("by entity")]
    public object? GeneratedAbout() => Run(_generatedAbout, _entities);

    private static Dictionary<string, object> s_byId = [];
    private static Dictionary<string, object> s_byEntity = [];

    private static object? FindInDictionary(string id) => s_byId.TryGetValue(id, out object? fact) ? fact : null;

    private static object? AboutInDictionary(string id) => s_byEntity.TryGetValue(id, out object? facts) ? facts : null;

    private static object? Run(Func<string, object?> lookup, string[] keys)
    {
        object? last = null;
        foreach (string key in keys)
        {
            last = lookup(key);
        }

        return last;
    }
}
