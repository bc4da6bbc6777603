using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// The harbour fixture with its retired facts (<see cref="ConsumerAttempts.RetiredFile"/>), generated in memory as
/// the real consumers of <see cref="ConsumptionTests"/> generate it: class HarbourFacts in Harbour.Knowledge.
/// </summary>
public static class Harbour
{
    public const string Class = "Harbour.Knowledge.HarbourFacts";

    public static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties)
    {
        ["KnowledgeGenNamespace"] = "Harbour.Knowledge",
        ["KnowledgeGenClassName"] = "HarbourFacts",
    };

    public static IEnumerable<AdditionalText> Files()
        => Fixture.Load("harbour").Append(new InMemoryAdditionalText("/fixtures/harbour/retired.yaml", ConsumerAttempts.RetiredFile));

    public static GeneratorResult Run(string consumerCode) => GeneratorHarness.Run(Files(), Properties, consumerCode);

    /// <summary>Compiles the code (a class Consumer with a static Describe) with the knowledge base, runs Describe and returns what it returned.</summary>
    public static string RunConsumer(string consumerCode)
    {
        GeneratorResult result = Run(consumerCode);
        DiagnosticAssert.None(result.GeneratorDiagnostics);
        using CompiledKnowledgeBase compiled = CompiledKnowledgeBase.Load(result.Output, Class);
        return (string)compiled.Assembly.GetType("Consumer", throwOnError: true)!.GetMethod("Describe")!.Invoke(null, null)!;
    }

    /// <summary>The knowledge-base class's reachable surface, as <see cref="ConsumerAttempts.SurfacePrinter"/> prints it.</summary>
    public static string Surface()
        => RunConsumer(ConsumerAttempts.SurfacePrinter + "\ninternal static class Consumer\n{\n    public static string Describe() => KnowledgeGenSurface.Describe(typeof(" + Class + "));\n}\n");
}
