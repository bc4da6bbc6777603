using System.Collections.Immutable;
using System.Diagnostics;
using KnowledgeGen.Checking;
using KnowledgeGen.Emitting;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// A rough split of one full run into its phases, to see where time and allocation go before optimising.
/// Not a benchmark: the figures that count are the BenchmarkDotNet ratios.
/// </summary>
public static class PhaseProfile
{
    public static void Run(int facts)
    {
        IReadOnlyList<(string Path, string Text)> files = SyntheticKnowledgeBase.Create(facts);
        for (int round = 0; round < 3; round++)
        {
            var yaml = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
            var texts = files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).ToList();

            Measure("yamlstream", () => yaml.Select(f => { var stream = new YamlDotNet.RepresentationModel.YamlStream(); stream.Load(new StringReader(f.Text)); return stream; }).Count());
            Measure("parser events", () => yaml.Sum(f => { var parser = new YamlDotNet.Core.Parser(new StringReader(f.Text)); int n = 0; while (parser.MoveNext()) { n++; } return n; }));
            Measure("tree only", () => yaml.Count(f => KnowledgeGen.Yaml.YamlTreeReader.Read(f.Path, f.Text, new List<DiagnosticInfo>(), default) is not null));
            List<FactFileSpec> specs = Measure("parse", () => yaml.Select(f => FactFileParser.Parse(f.Path, f.Text, default)).ToList());
            List<SourceDocument> documents = Measure("documents", () => texts.Select(f => SourceDocument.Create(FilePaths.Normalize(f.Path), f.Text)).ToList());
            KnowledgeCatalog catalog = Measure("catalog", () => KnowledgeCatalog.Build(specs.Select(CatalogPart.From).ToImmutableArray(), documents.ToImmutableArray()));
            List<CheckedFactFile> checkedFiles = Measure("check", () => specs.Select(s => FactFileChecker.Check(s, catalog, default)).ToList());
            CrossFileResult crossFile = Measure("cross-file", () => CrossFileChecker.Check(checkedFiles.Select(CrossFileChecker.Summarize).ToImmutableArray(), string.Empty));
            var options = GeneratorOptions.Default;
            List<string> code = Measure("emit", () => checkedFiles.Select(f => FactFileEmitter.Emit(f.File, options)).Where(c => c is not null).Select(c => c!)
                .Append(KnowledgeBaseEmitter.EmitSupportTypes(options)).Append(KnowledgeBaseEmitter.EmitQueries(crossFile.Index, options)).ToList());
            Measure("roslyn parse", () => code.Select(c => CSharpSyntaxTree.ParseText(c, GeneratorHarness.ParseOptions).GetRoot()).Count());
            Console.WriteLine($"  generated: {code.Sum(c => (long)c.Length) / 1024 / 1024} MiB of code; yaml: {yaml.Sum(f => (long)f.Text.Length) / 1024 / 1024} MiB");
        }
    }

    private static T Measure<T>(string phase, Func<T> action)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        T result = action();
        Console.WriteLine($"{phase,-14} {watch.ElapsedMilliseconds,7} ms {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024 / 1024,7} MiB");
        return result;
    }
}
