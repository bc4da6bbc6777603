using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Tests;

/// <summary>
/// One test per diagnostic: a fact file with one mistake gets exactly that diagnostic, at the line and column
/// of the offending YAML node (1-based, as a build prints them), and the generator itself never fails.
/// </summary>
public class DiagnosticTests
{
    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        {
            "malformed YAML",
            "facts:\n  - id: a\n    about: [port\n",
            "KG0001", 4, 1
        },
        {
            "a flow list left open before a line with braces",
            SmallKnowledgeBase.ValidFact.Replace("about: [port]", "about: [port"),
            "KG0001", 5, 12
        },
        {
            "an anchor",
            "facts: &all\n  - id: a\n",
            "KG0002", 1, 8
        },
        {
            "an alias",
            "facts:\n  - id: x\n    kind: claim\n    statement: s\n    about: [port]\n    citations: []\n  - id: y\n    about: *x\n",
            "KG0002", 8, 12
        },
        {
            "a tag",
            "facts:\n  - !!python/object id: a\n",
            "KG0002", 2, 5
        },
        {
            "two documents",
            "facts: []\n---\nfacts: []\n",
            "KG0002", 2, 1
        },
        {
            "nesting too deep",
            "facts: " + new string('[', 40) + new string(']', 40) + "\n",
            "KG0003", 1, 39
        },
        {
            "a duplicate key",
            "facts:\n  - id: a\n    id: b\n",
            "KG0004", 3, 5
        },
        {
            "an unknown field",
            SmallKnowledgeBase.ValidFact + "    colour: blue\n",
            "KG0010", 10, 5
        },
        {
            "a missing statement",
            SmallKnowledgeBase.ValidFact.Replace("    statement: The port handled 2.5 million containers in 2019.\n", string.Empty),
            "KG0011", 2, 5
        },
        {
            "a list where text belongs",
            SmallKnowledgeBase.ValidFact.Replace("statement: The port handled 2.5 million containers in 2019.", "statement: [a, b]"),
            "KG0012", 4, 16
        },
        {
            "an amount that is not a number",
            SmallKnowledgeBase.ValidFact.Replace("amount: 2500000", "amount: lots"),
            "KG0012", 6, 22
        },
        {
            "an id that is not kebab-case",
            SmallKnowledgeBase.ValidFact.Replace("id: containers-2019", "id: Containers_2019"),
            "KG0013", 2, 9
        },
        {
            "an unknown entity",
            SmallKnowledgeBase.ValidFact.Replace("about: [port]", "about: [harbour]"),
            "KG0021", 5, 13
        },
        {
            "an unknown source",
            SmallKnowledgeBase.ValidFact.Replace("source: port-report", "source: port-news"),
            "KG0022", 8, 17
        },
        {
            "a link to an unknown fact",
            SmallKnowledgeBase.ValidFact + "    supersedes: [containers-2018]\n",
            "KG0023", 10, 18
        },
        {
            "a quote not in its source",
            SmallKnowledgeBase.ValidFact.Replace("quote: The port handled 2.5 million containers in 2019", "quote: The port shipped 2.5 million containers in 2019"),
            "KG0040", 9, 16
        },
        {
            "a printed value not in the quote",
            SmallKnowledgeBase.ValidFact.Replace("printed: 2.5 million containers", "printed: 2.6 million containers"),
            "KG0041", 6, 57
        },
        {
            "an amount that disagrees with its printed text",
            SmallKnowledgeBase.ValidFact.Replace("amount: 2500000", "amount: 2.5"),
            "KG0042", 6, 22
        },
        {
            "a date whose year is not printed nor inferred",
            "facts:\n  - id: park-said\n    kind: date\n    statement: Park spoke on 2 March 2020.\n    about: [lee-park]\n    value: { date: 2020-03-02, printed: March 2 }\n    citations:\n      - source: port-report\n        quote: Director Lee Park said on March 2\n",
            "KG0043", 6, 20
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mistake_gets_its_diagnostic_at_its_location(string mistake, string facts, string id, int line, int column)
    {
        GeneratorResult result = SmallKnowledgeBase.Run(facts);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics.Where(d => d.Id.StartsWith("KG", StringComparison.Ordinal)));
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.True(
            (id, "/kb/facts.yaml", line, column) == (diagnostic.Id, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1),
            $"{mistake}: expected {id} at ({line},{column}), got {diagnostic}");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
    }

    [Fact]
    public void Valid_fact_gets_no_diagnostic()
    {
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact);

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
    }

    [Fact]
    public void Quote_not_found_suggests_the_closest_sentence()
    {
        string facts = SmallKnowledgeBase.ValidFact.Replace("The port handled 2.5 million containers in 2019", "Lee Park said traffic will grow");

        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(facts).GeneratorDiagnostics, d => d.Id == "KG0040");
        Assert.Contains("\"Director Lee Park said on March 2 that traffic would grow.\"", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("about: [port]", "about: [prot]", "No entity has the id 'prot' (did you mean 'port'?)")]
    [InlineData("source: port-report", "source: port-reprot", "No source has the id 'port-reprot' (did you mean 'port-report'?)")]
    [InlineData("about: [port]", "about: [harbour]", "No entity has the id 'harbour'; declare it")]
    public void A_misspelt_reference_names_the_id_it_was_probably_meant_to_be(string valid, string misspelt, string expected)
    {
        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact.Replace(valid, misspelt)).GeneratorDiagnostics);

        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_fact_id_across_files_points_at_the_second_and_names_the_first()
    {
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact, ("more/facts.yaml", SmallKnowledgeBase.ValidFact));

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KG0020");
        Assert.Equal("/kb/more/facts.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("already declared at facts.yaml(2,9);", diagnostic.GetMessage());
    }

    [Fact]
    public void Two_ids_making_one_member_name_are_reported()
    {
        string facts = SmallKnowledgeBase.ValidFact + SmallKnowledgeBase.ValidFact.Replace("facts:\n", string.Empty).Replace("containers-2019", "containers2019");

        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(facts).GeneratorDiagnostics, d => d.Id == "KG0024");
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'Containers2019'", diagnostic.GetMessage());
    }

    [Fact]
    public void Missing_source_text_is_reported_at_the_file_field()
    {
        string declarations = SmallKnowledgeBase.Declarations.Replace("file: article.txt", "file: missing.txt");
        GeneratorResult result = GeneratorHarness.Run(("declarations.yaml", declarations), ("facts.yaml", SmallKnowledgeBase.ValidFact));

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KG0030");
        Assert.Equal((3, 11), Position(diagnostic));
    }

    [Fact]
    public void Edited_source_text_is_reported_at_the_sha256_field()
    {
        GeneratorResult result = GeneratorHarness.Run(
            ("article.txt", SmallKnowledgeBase.Article.Replace("2.5", "3.5")),
            ("declarations.yaml", SmallKnowledgeBase.Declarations),
            ("facts.yaml", "facts: []\n"));

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KG0031");
        Assert.Equal((5, 13), Position(diagnostic));
    }

    [Fact]
    public void One_text_declared_as_two_sources_is_a_warning()
    {
        string second = "sources:\n  - id: port-report-copy\n    file: article.txt\n    title: Copy\n    sha256: " + SmallKnowledgeBase.ArticleSha256 + "\n";
        GeneratorResult result = SmallKnowledgeBase.Run("facts: []\n", ("second.yaml", second));

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KG0032");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal((2, 9), Position(diagnostic));
    }

    [Fact]
    public void Invalid_msbuild_property_is_reported_and_the_default_used()
    {
        var properties = new Dictionary<string, string> { ["KnowledgeGenVisibility"] = "protected", ["KnowledgeGenNamespace"] = "Not A Namespace" };
        GeneratorResult result = GeneratorHarness.Run(SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact), properties);

        Assert.Equal(["KG0050", "KG0050"], result.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Contains("internal static partial class KnowledgeBase", result.GeneratedSources["KnowledgeGen.Queries.g.cs"]);
        Assert.Contains("namespace KnowledgeGen.Generated", result.GeneratedSources["KnowledgeGen.Queries.g.cs"]);
    }

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }
}
