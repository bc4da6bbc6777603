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
            "a character that was not UTF-8 in the fact file",
            SmallKnowledgeBase.ValidFact.Replace("in 2019.", "in 2019\uFFFD."),
            "KG0006", 4, 63
        },
        {
            "an id of 600 characters",
            SmallKnowledgeBase.ValidFact.Replace("id: containers-2019", "id: " + new string('a', 600)),
            "KG0014", 2, 9
        },
        {
            "a day that February does not have",
            SmallKnowledgeBase.ValidFact + "    holds: 2019-02-30\n",
            "KG0015", 10, 12
        },
        {
            "a thirteenth month",
            SmallKnowledgeBase.ValidFact + "    holds: { from: 2019-01, to: 2019-13 }\n",
            "KG0015", 10, 33
        },
        {
            "an amount of 40 digits",
            SmallKnowledgeBase.ValidFact.Replace("amount: 2500000", "amount: " + new string('9', 40)),
            "KG0016", 6, 22
        },
        {
            "a currency that is not ISO 4217",
            "facts:\n  - id: fee\n    kind: money\n    statement: s\n    about: [port]\n    value: { amount: 1, currency: XYZ, printed: x }\n    citations:\n      - source: port-report\n        quote: The port handled 2.5 million containers in 2019\n",
            "KG0017", 6, 35
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
        {
            "a quote that begins inside a word",
            SmallKnowledgeBase.ValidFact.Replace("quote: The port handled", "quote: he port handled"),
            "KG0044", 9, 16
        },
        {
            "a quote that ends inside a word",
            SmallKnowledgeBase.ValidFact.Replace("containers in 2019\n", "containers in 201\n"),
            "KG0044", 9, 16
        },
        {
            "a quote of three words",
            "facts:\n  - id: growth\n    kind: claim\n    statement: s\n    about: [port]\n    citations:\n      - source: port-report\n        quote: The port handled\n",
            "KG0045", 8, 16
        },
        {
            "a quote of two words",
            "facts:\n  - id: growth\n    kind: claim\n    statement: s\n    about: [port]\n    citations:\n      - source: port-report\n        quote: in 2019\n",
            "KG0045", 8, 16
        },
        {
            "a quote of one letter, found inside a word",
            "facts:\n  - id: growth\n    kind: claim\n    statement: s\n    about: [port]\n    citations:\n      - source: port-report\n        quote: a\n",
            "KG0044", 8, 16
        },
        {
            "a quote in the wrong case",
            SmallKnowledgeBase.ValidFact.Replace("quote: The port handled", "quote: the port handled"),
            "KG0047", 9, 16
        },
        {
            "a quote across two paragraphs",
            "facts:\n  - id: growth\n    kind: claim\n    statement: s\n    about: [port]\n    citations:\n      - source: port-report\n        quote: up 4 per cent. Director Lee Park said\n",
            "KG0048", 8, 16
        },
        {
            "a printed amount without the scale word the source prints after it",
            SmallKnowledgeBase.ValidFact.Replace("amount: 2500000", "amount: 2.5").Replace("printed: 2.5 million containers", "printed: \"2.5\""),
            "KG0049", 6, 53
        },
        {
            "two facts that supersede each other",
            SmallKnowledgeBase.ValidFact + "    supersedes: [containers-2019-revised]\n"
                + SmallKnowledgeBase.ValidFact.Replace("facts:\n", string.Empty).Replace("id: containers-2019", "id: containers-2019-revised")
                + "    supersedes: [containers-2019]\n",
            "KG0060", 19, 18
        },
        {
            "a fact that supersedes itself",
            SmallKnowledgeBase.ValidFact + "    supersedes: [containers-2019]\n",
            "KG0061", 10, 18
        },
        {
            "a period that starts after it ends",
            SmallKnowledgeBase.ValidFact + "    holds: { from: 2019, to: 2018 }\n",
            "KG0062", 10, 20
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

    [Theory]
    [InlineData("holds: 2019-02-30", "The date '2019-02-30' does not exist: February 2019 has 28 days, not 30; correct the day")]
    [InlineData("holds: 2019-13", "The date '2019-13' does not exist: there is no month 13 (months run from 01 to 12); correct the month")]
    [InlineData("holds: 0000", "there is no year 0; correct the year")]
    public void A_date_not_in_the_calendar_says_which_part_is_wrong(string holds, string expected)
    {
        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact + "    " + holds + "\n").GeneratorDiagnostics);

        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_too_large_says_the_limit()
    {
        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact.Replace("amount: 2500000", "amount: " + new string('9', 40))).GeneratorDiagnostics);

        Assert.Contains("at most 29 digits, up to 79,228,162,514,264,337,593,543,950,335", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_currency_in_small_letters_names_the_code_it_was_probably_meant_to_be()
    {
        string money = "facts:\n  - id: fee\n    kind: money\n    statement: s\n    about: [port]\n    value: { amount: 1, currency: usd, printed: x }\n    citations:\n      - source: port-report\n        quote: The port handled 2.5 million containers in 2019\n";

        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(money).GeneratorDiagnostics);

        Assert.Equal("KG0017", diagnostic.Id);
        Assert.True(diagnostic.GetMessage().Contains("'usd' is not an ISO 4217 currency code (did you mean 'USD'?)", StringComparison.Ordinal), diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("quote: he port handled 2.5 million containers", "The quote begins inside the word 'The' of source 'port-report'")]
    [InlineData("quote: The port handled 2.5 million containers in 201", "The quote ends inside the word '2019' of source 'port-report'")]
    [InlineData("quote: willing to negotiate on its industrial policy", "The quote begins inside the word 'unwilling'")]
    [InlineData("quote: acceptable and should be excluded", "The quote begins inside the word 'unacceptable'")]
    public void A_quote_that_cuts_a_word_shows_the_whole_word(string quote, string expected)
    {
        const string Article = "The port handled 2.5 million containers in 2019.\nBeijing is unwilling to negotiate on its industrial policy. The demand is unacceptable and should be excluded, officials said.\n";

        Diagnostic diagnostic = Assert.Single(RunWithArticle(Article, quote).GeneratorDiagnostics);

        Assert.Equal("KG0044", diagnostic.Id);
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_in_the_wrong_case_is_told_only_the_case_differs()
    {
        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact.Replace("quote: The port handled", "quote: THE PORT handled")).GeneratorDiagnostics);

        Assert.Contains("only in upper and lower case; the source prints: \"The port handled 2.5 million containers in 2019\"", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_across_paragraphs_names_the_lines()
    {
        string facts = "facts:\n  - id: growth\n    kind: claim\n    statement: s\n    about: [port]\n    citations:\n      - source: port-report\n        quote: up 4 per cent. Director Lee Park said\n";

        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(facts).GeneratorDiagnostics);

        Assert.Contains("(line 1 into line 2)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_short_sentence_is_long_enough()
    {
        const string Article = "Talks resumed. Nobody expected a deal.\n";
        GeneratorResult result = RunWithArticle(Article, "quote: Talks resumed.");

        DiagnosticAssert.None(result.GeneratorDiagnostics);
    }

    [Fact]
    public void A_quote_found_in_two_sentences_lists_both_and_is_pinned_by_its_occurrence()
    {
        const string Article = "On Thursday the negotiators met in Beijing.\nOfficials met. On Thursday the negotiators left without a deal.\n";

        Diagnostic ambiguous = Assert.Single(RunWithArticle(Article, "quote: On Thursday the negotiators").GeneratorDiagnostics);
        Assert.Equal(("KG0046", 8, 16), (ambiguous.Id, Position(ambiguous).Line, Position(ambiguous).Column));
        Assert.Contains(
            "stands 2 times in source 'port-report': line 1 \"On Thursday the negotiators met in Beijing.\"; line 2 \"On Thursday the negotiators left without a deal.\"; quote more words so that it stands once, or add 'occurrence: N'",
            ambiguous.GetMessage(),
            StringComparison.Ordinal);

        GeneratorResult pinned = RunWithArticle(Article, "quote: On Thursday the negotiators\n        occurrence: 2");
        DiagnosticAssert.None(pinned.GeneratorDiagnostics);
        using CompiledKnowledgeBase compiled = CompiledKnowledgeBase.Load(pinned.Output, "Test.Knowledge.TestFacts");
        Assert.Equal("On Thursday the negotiators left without a deal.", CompiledKnowledgeBase.Get(CompiledKnowledgeBase.First(CompiledKnowledgeBase.Get(compiled.Fact("talks"), "Citations")!), "Sentence"));

        Diagnostic beyond = Assert.Single(RunWithArticle(Article, "quote: On Thursday the negotiators\n        occurrence: 3").GeneratorDiagnostics);
        Assert.Equal(("KG0012", 9, 21), (beyond.Id, Position(beyond).Line, Position(beyond).Column));
        Assert.Contains("a number from 1 to 2", beyond.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_the_article_prints_twice_is_one_place()
    {
        const string Article = "On Thursday the talks began in Beijing.\nOn Thursday the talks began in Beijing.\n";

        DiagnosticAssert.None(RunWithArticle(Article, "quote: On Thursday the talks began").GeneratorDiagnostics);
    }

    [Fact]
    public void A_cycle_of_three_supersedes_links_is_printed()
    {
        string Fact(string id, string supersedes) => SmallKnowledgeBase.ValidFact.Replace("facts:\n", string.Empty).Replace("id: containers-2019", "id: " + id) + "    supersedes: [" + supersedes + "]\n";
        string facts = "facts:\n" + Fact("a-count", "b-count") + Fact("b-count", "c-count") + Fact("c-count", "a-count");

        Diagnostic diagnostic = Assert.Single(SmallKnowledgeBase.Run(facts).GeneratorDiagnostics);

        Assert.Equal("KG0060", diagnostic.Id);
        Assert.Contains("a cycle: 'a-count' supersedes 'b-count' supersedes 'c-count' supersedes 'a-count';", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_a_source_text_is_reported_at_its_declaration_with_its_line_column_and_byte()
    {
        string article = SmallKnowledgeBase.Article.Replace("Director", "Direct\uFFFDr");
        string declarations = SmallKnowledgeBase.Declarations.Replace(SmallKnowledgeBase.ArticleSha256, KnowledgeGen.Checking.SourceDocument.ComputeSha256(article));
        GeneratorResult result = GeneratorHarness.Run(("article.txt", article), ("declarations.yaml", declarations), ("facts.yaml", SmallKnowledgeBase.ValidFact));

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("KG0033", "/kb/declarations.yaml", 3, 11), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, Position(diagnostic).Line, Position(diagnostic).Column));
        Assert.Contains("The source text 'article.txt' is not valid UTF-8 at line 2, column 7, byte 70:", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_source_text_message_speaks_of_files_not_compilations()
    {
        string declarations = SmallKnowledgeBase.Declarations.Replace("file: article.txt", "file: missing.txt");
        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(("declarations.yaml", declarations), ("facts.yaml", SmallKnowledgeBase.ValidFact)).GeneratorDiagnostics, d => d.Id == "KG0030");

        Assert.DoesNotContain("compilation", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("The source text 'missing.txt' was not found (looked for 'missing.txt')", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>A claim citing <paramref name="article"/> (in place of the small one) with the given quote lines.</summary>
    private static GeneratorResult RunWithArticle(string article, string quote)
    {
        string declarations = SmallKnowledgeBase.Declarations.Replace(SmallKnowledgeBase.ArticleSha256, KnowledgeGen.Checking.SourceDocument.ComputeSha256(article));
        string facts = "facts:\n  - id: talks\n    kind: claim\n    statement: s\n    about: [port]\n    citations:\n      - source: port-report\n        " + quote + "\n";
        return GeneratorHarness.Run(("article.txt", article), ("declarations.yaml", declarations), ("facts.yaml", facts));
    }

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }
}
