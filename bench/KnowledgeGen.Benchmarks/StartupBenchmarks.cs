using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// Target 4: the first access to the generated knowledge base (type initialisers and JIT included: each
/// iteration loads the assembly afresh) against what a user would do instead: load the same fact files from
/// YAML at start-up into objects.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 15)]
public class StartupBenchmarks
{
    private CompiledSyntheticKnowledgeBase _compiled = null!;
    private List<string> _yaml = [];
    private AssemblyLoadContext? _context;
    private Func<object> _all = null!;

    [Params(10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compiled = CompiledSyntheticKnowledgeBase.Create(Facts);
        _yaml = _compiled.Files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => f.Text).ToList();
    }

    // Both benchmarks get the set-up, so that they run in one job and their ratio is computed; the YAML
    // baseline simply does not use the freshly loaded assembly.
    [IterationSetup]
    public void LoadFresh()
    {
        (_context, Type knowledgeBase) = _compiled.Load();
        _all = knowledgeBase.GetProperty("All")!.GetMethod!.CreateDelegate<Func<object>>();
    }

    [IterationCleanup]
    public void Unload() => _context?.Unload();

    [Benchmark(Baseline = true, Description = "Load the facts from YAML at start-up")]
    public int LoadFromYamlAtStartup()
    {
        var facts = new List<LoadedFact>();
        foreach (string text in _yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents[0].RootNode is YamlMappingNode root && root.Children.TryGetValue("facts", out YamlNode? list))
            {
                foreach (YamlMappingNode fact in ((YamlSequenceNode)list).Children.Cast<YamlMappingNode>())
                {
                    var citation = (YamlMappingNode)((YamlSequenceNode)fact["citations"]).Children[0];
                    facts.Add(new LoadedFact(fact["id"].ToString(), fact["kind"].ToString(), fact["statement"].ToString(), citation["source"].ToString(), citation["quote"].ToString()));
                }
            }
        }

        return facts.Count;
    }

    [Benchmark(Description = "First access to the generated knowledge base")]
    public int FirstAccessToGeneratedKnowledgeBase() => ((IReadOnlyCollection<object>)_all()).Count;

    private sealed record LoadedFact(string Id, string Kind, string Statement, string Source, string Quote);
}
