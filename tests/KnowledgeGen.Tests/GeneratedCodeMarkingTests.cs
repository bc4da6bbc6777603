using System.Collections.Immutable;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen.Tests;

/// <summary>
/// What analyzers take for generated code: everything the generator writes, so that an analyzer that skips generated
/// code (as the SDK's do) spends nothing on the knowledge base, and nothing the consumer writes, even inside the
/// knowledge-base class, which is partial so that they can add to it.
/// </summary>
public class GeneratedCodeMarkingTests
{
    private const string ConsumerCode = """
        namespace Test.Knowledge
        {
            internal static partial class TestFacts
            {
                internal static int ConsumersOwnMember() => 1;
            }
        }

        internal static class ConsumersOwnClass
        {
            internal static int ConsumersOwnMethod() => 2;
        }
        """;

    [Fact]
    public async Task An_analyzer_that_skips_generated_code_sees_the_consumers_members_and_none_of_the_generators()
    {
        GeneratorResult result = GeneratorHarness.Run(SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact), consumerCode: ConsumerCode);
        DiagnosticAssert.None(result.GeneratorDiagnostics);
        Assert.Contains(result.Output.SyntaxTrees, tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Any(c => c.Identifier.Text == "MoneyFact"));

        ImmutableArray<Diagnostic> reported = await result.Output
            .WithAnalyzers([new EveryMemberAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();

        // The knowledge-base class itself is shown too: one of its declarations is the consumer's.
        Assert.Equal(["ConsumersOwnClass", "ConsumersOwnMember", "ConsumersOwnMethod", "TestFacts"], reported.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
    }

    // An analyzer that this test hands to a compilation itself, never packed or loaded by a compiler: the rules for
    // shipped analyzers (their target framework, release tracking) do not apply.
#pragma warning disable RS1036, RS1041, RS2008

    /// <summary>Reports every named type, method and property it is shown, and asks not to be shown generated code.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EveryMemberAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Seen = new("TEST0001", "Seen", "{0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Seen];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(
                symbol => symbol.ReportDiagnostic(Diagnostic.Create(Seen, symbol.Symbol.Locations[0], symbol.Symbol.Name)),
                SymbolKind.NamedType,
                SymbolKind.Method,
                SymbolKind.Property);
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
