using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen.Tests;

/// <summary>
/// How a fact file's mistakes reach its author: a declaration that repeats an id or a C# name is reported at
/// the repetition, naming the first, and left out, so generated code never carries a compiler diagnostic;
/// KG warnings follow the consumer's severity settings and errors cannot be lowered; the command-line tool
/// reports what the generator reports.
/// </summary>
public class ErrorDeliveryTests
{
    private const string SecondPort = """
        entities:
          - id: port
            kind: place
            name: Port
        """;

    private static string Fact(string id, string kind = "quantity")
        => SmallKnowledgeBase.ValidFact.Replace("containers-2019", id).Replace("kind: quantity", "kind: " + kind)
            .Replace("    value: { amount: 2500000, unit: container, printed: 2.5 million containers }\n", kind == "claim" ? string.Empty : "    value: { amount: 2500000, unit: container, printed: 2.5 million containers }\n");

    public static TheoryData<string, string, (string Path, string Text)[], string[]> Repetitions => new()
    {
        {
            "the same fact id twice in one file",
            SmallKnowledgeBase.ValidFact + Fact("containers-2019").Replace("facts:\n", string.Empty),
            [],
            ["/kb/facts.yaml(10,9): KG0020 The fact id 'containers-2019' is already declared at facts.yaml(2,9)"]
        },
        {
            "the same fact id in two files",
            SmallKnowledgeBase.ValidFact,
            [("more.yaml", SmallKnowledgeBase.ValidFact)],
            ["/kb/more.yaml(2,9): KG0020 The fact id 'containers-2019' is already declared at facts.yaml(2,9)"]
        },
        {
            "a whole file copied into another folder",
            SmallKnowledgeBase.ValidFact,
            [("zz/declarations.yaml", SmallKnowledgeBase.Declarations)],
            [
                "/kb/zz/declarations.yaml(2,9): KG0020 The source id 'port-report' is already declared at declarations.yaml(2,9)",
                "/kb/zz/declarations.yaml(7,9): KG0020 The entity id 'lee-park' is already declared at declarations.yaml(7,9)",
                "/kb/zz/declarations.yaml(10,9): KG0020 The entity id 'port' is already declared at declarations.yaml(10,9)",
            ]
        },
        {
            "an entity id declared again with another kind",
            SmallKnowledgeBase.ValidFact,
            [("more.yaml", SecondPort)],
            ["/kb/more.yaml(2,9): KG0020 The entity id 'port' is already declared at declarations.yaml(10,9)"]
        },
        {
            "two fact ids that make one C# name",
            SmallKnowledgeBase.ValidFact,
            [("more.yaml", Fact("containers2019"))],
            ["/kb/more.yaml(2,9): KG0024 The fact id 'containers2019' makes the C# name 'Containers2019', which the id 'containers-2019' at facts.yaml(2,9) makes too"]
        },
        {
            "a measure declared in two files",
            SmallKnowledgeBase.ValidFact,
            [("measures.yaml", "measures:\n  - id: containers-handled\n    description: Containers handled.\n    unit: container\n"), ("more-measures.yaml", "measures:\n  - id: containers-handled\n    description: Containers handled.\n    unit: container\n")],
            ["/kb/more-measures.yaml(2,9): KG0020 The measure id 'containers-handled' is already declared at measures.yaml(2,9)"]
        },
        {
            "a fact id declared again with another kind",
            SmallKnowledgeBase.ValidFact,
            [("more.yaml", Fact("containers-2019", "claim"))],
            ["/kb/more.yaml(2,9): KG0020 The fact id 'containers-2019' is already declared at facts.yaml(2,9)"]
        },
    };

    [Theory]
    [MemberData(nameof(Repetitions))]
    public void A_repeated_declaration_is_reported_where_it_repeats_and_left_out_of_the_generated_code(
        string repetition, string facts, (string Path, string Text)[] extra, string[] expected)
    {
        GeneratorResult result = SmallKnowledgeBase.Run(facts, extra);

        string[] reported = result.GeneratorDiagnostics
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToArray();
        Assert.True(reported.Length == expected.Length, repetition + ":\n" + string.Join("\n", reported));
        foreach ((string line, string prefix) in reported.Order(StringComparer.Ordinal).Zip(expected.Order(StringComparer.Ordinal)))
        {
            Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        }

        DiagnosticAssert.None(result.CompilationDiagnostics.Where(d => d.Location.SourceTree?.FilePath.Contains("KnowledgeGen", StringComparison.Ordinal) == true));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
    }

    [Fact]
    public void Code_using_a_member_left_out_gets_the_compilers_error_beside_the_kg_error()
    {
        GeneratorResult result = GeneratorHarness.Run(
            SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact, ("more.yaml", Fact("containers-2019", "claim"))),
            consumerCode: "static class Uses { public static Test.Knowledge.TestFacts.ClaimFact Claim => Test.Knowledge.TestFacts.Facts.Containers2019; }");

        Assert.Equal(["KG0020"], result.GeneratorDiagnostics.Select(d => d.Id));
        Diagnostic missing = Assert.Single(result.CompilationDiagnostics);
        Assert.Equal("CS0029", missing.Id);
        Assert.Equal("Consumer.cs", missing.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_fact_file_that_is_not_valid_utf8_is_reported_and_not_generated()
    {
        GeneratorResult result = SmallKnowledgeBase.Run(
            SmallKnowledgeBase.ValidFact,
            ("more.yaml", SmallKnowledgeBase.ValidFact.Replace("containers-2019", "containers-2019-again").Replace("in 2019.", "in 2019 \uFFFD.")));

        Assert.Equal(["KG0006"], result.GeneratorDiagnostics.Select(d => d.Id));
        Assert.DoesNotContain(result.GeneratedSources.Values, code => code.Contains('\uFFFD') || code.Contains("\\uFFFD", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(result.GeneratedSources.Values, code => code.Contains("ContainersAgain", StringComparison.Ordinal) || code.Contains("Containers2019Again", StringComparison.Ordinal));
        DiagnosticAssert.None(result.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("error", "KG0005", DiagnosticSeverity.Error)]
    [InlineData("suggestion", "KG0005", DiagnosticSeverity.Info)]
    [InlineData("none", null, null)]
    [InlineData("default", "KG0005", DiagnosticSeverity.Warning)]
    public void A_kg_warning_follows_the_configured_severity_in_the_generator_and_the_analyzer(string setting, string? id, DiagnosticSeverity? severity)
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact, ("empty.yaml", "# nothing yet\n")).ToList();
        var options = new SeverityOptions(perTree: new() { ["KG0005"] = Parse(setting) });

        Diagnostic[] fromGenerator = RunGenerator(files, options);
        Diagnostic[] fromAnalyzer = RunAnalyzer(files, options);

        foreach (Diagnostic[] reported in new[] { fromGenerator, fromAnalyzer })
        {
            Assert.Equal(id is null ? [] : [id], reported.Select(d => d.Id));
            Assert.Equal(severity is null ? [] : [severity.Value], reported.Select(d => d.Severity));
        }
    }

    [Fact]
    public void A_kg_error_cannot_be_lowered_by_any_setting()
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact.Replace("The port handled 2.5 million containers in 2019\n", "The port shipped 2.5 million containers in 2019\n")).ToList();
        var options = new SeverityOptions(
            perTree: new() { ["KG0040"] = ReportDiagnostic.Suppress },
            global: new() { ["KG0040"] = ReportDiagnostic.Warn });

        foreach (Diagnostic[] reported in new[] { RunGenerator(files, options), RunAnalyzer(files, options) })
        {
            Diagnostic diagnostic = Assert.Single(reported);
            Assert.Equal("KG0040", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        }

        Assert.All(Diagnostics.All.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error), d => Assert.Contains(WellKnownDiagnosticTags.NotConfigurable, d.CustomTags));
        Assert.All(Diagnostics.All.Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning), d => Assert.DoesNotContain(WellKnownDiagnosticTags.NotConfigurable, d.CustomTags));
    }

    public static TheoryData<string, (string Path, string Text)[]> KnowledgeBases()
    {
        var data = new TheoryData<string, (string Path, string Text)[]>();
        foreach (object[] row in HostileInputTests.Attacks)
        {
            data.Add("hostile: " + row[0], [("facts.yaml", (string)row[1])]);
        }

        foreach (object[] row in DiagnosticTests.Cases)
        {
            data.Add("mistake: " + row[0], [("facts.yaml", (string)row[1])]);
        }

        foreach (object[] row in Repetitions)
        {
            data.Add("repetition: " + row[0], [("facts.yaml", (string)row[1]), .. ((string Path, string Text)[])row[2]]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KnowledgeBases))]
    public void The_check_command_reports_what_the_generator_reports(string name, (string Path, string Text)[] files)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("article.txt", SmallKnowledgeBase.Article);
        folder.Write("declarations.yaml", SmallKnowledgeBase.Declarations);
        foreach ((string path, string text) in files)
        {
            folder.Write(path, text);
        }

        var output = new StringWriter();
        CommandLine.Run(["check", folder.Path], output, new StringWriter(), githubActions: false);
        // The tool prints paths relative to the current directory.
        string[] fromTool = BuildOutput.Diagnostics(output.ToString(), KnowledgeBaseFolder.Display(folder.Path)).Select(d => d.ToString()).Order(StringComparer.Ordinal).ToArray();

        GeneratorResult result = GeneratorHarness.Run(GeneratorHarness.FilesIn(folder.Path));
        string[] fromGenerator = result.AllGeneratorDiagnostics
            .Select(d => (Span: d.Location.GetLineSpan(), d))
            .Select(x => new BuiltDiagnostic(
                Path.GetRelativePath(folder.Path, x.Span.Path).Replace('\\', '/'),
                x.Span.StartLinePosition.Line + 1,
                x.Span.StartLinePosition.Character + 1,
                x.d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                x.d.Id,
                string.Empty).ToString())
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(fromGenerator);
        Assert.True(fromGenerator.SequenceEqual(fromTool), $"{name}\ngenerator:\n{string.Join("\n", fromGenerator)}\ntool:\n{string.Join("\n", fromTool)}");
    }

    private static ReportDiagnostic Parse(string setting) => setting switch
    {
        "error" => ReportDiagnostic.Error,
        "suggestion" => ReportDiagnostic.Info,
        "none" => ReportDiagnostic.Suppress,
        _ => ReportDiagnostic.Default,
    };

    private static Diagnostic[] RunGenerator(IEnumerable<AdditionalText> files, SeverityOptions options)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation().WithOptions(GeneratorHarness.CreateCompilation().Options.WithSyntaxTreeOptionsProvider(options));
        GeneratorHarness.CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return [.. CompletenessChecks.Hide(diagnostics)];
    }

    private static Diagnostic[] RunAnalyzer(IEnumerable<AdditionalText> files, SeverityOptions options)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation().WithOptions(GeneratorHarness.CreateCompilation().Options.WithSyntaxTreeOptionsProvider(options));
        return [.. CompletenessChecks.Hide(compilation
            .WithAnalyzers([new FactFileAnalyzer()], new AnalyzerOptions([.. files], new TestOptionsProvider(AnalyzerHarness.LiveAnalysis)))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult())];
    }

    /// <summary>Severity settings as the compiler reads them from .editorconfig sections (per C# file) and global configs.</summary>
    private sealed class SeverityOptions(Dictionary<string, ReportDiagnostic>? perTree = null, Dictionary<string, ReportDiagnostic>? global = null) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => (perTree ?? []).TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => (global ?? []).TryGetValue(diagnosticId, out severity);
    }
}
