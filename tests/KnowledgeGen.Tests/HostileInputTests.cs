using System.Text;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Tests;

/// <summary>
/// Fact files written by strangers: attacks and accidents each get a located diagnostic, in bounded time, and
/// never an exception out of the generator (CS8785), a compile error or a warning in the generated code.
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string, string, int, int> Attacks => new()
    {
        { "billion laughs", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", "KG0002", 1, 4 },
        { "flow nesting 100,000 deep", "facts: " + new string('[', 100_000) + new string(']', 100_000), "KG0003", 1, 39 },
        { "block nesting 200 deep", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- \n")), "KG0003", 33, 65 },
        { "a file over 16 MiB", "facts:\n  - statement: \"" + new string('x', 17 * 1024 * 1024) + "\"\n", "KG0003", 1, 1 },
        { "a Python object tag", "facts: !!python/object:os.system [rm]\n", "KG0002", 1, 8 },
        { "a custom tag", "facts:\n  - !fact\n    id: a\n", "KG0002", 2, 5 },
        { "a second document", "facts: []\n---\nfacts: []\n", "KG0002", 2, 1 },
        { "a document end marker then more", "facts: []\n...\n---\nentities: []\n", "KG0002", 3, 1 },
        { "tabs for indentation", "facts:\n\t- id: a\n", "KG0001", 2, 1 },
        { "a duplicate key", "facts: []\nfacts: []\n", "KG0004", 2, 1 },
        { "an empty file", "", "KG0005", 1, 1 },
        { "only comments", "# nothing here\n# at all\n", "KG0005", 1, 1 },
        { "an empty list of facts", "facts: []\n", "KG0005", 1, 1 },
        { "a bare facts key", "facts:\n", "KG0005", 1, 1 },
        { "a Latin-1 byte read as UTF-8", "facts:\n  - id: caf\uFFFD\n", "KG0006", 2, 12 },
        { "a NUL character", "facts:\n  - id: a\0b\n", "KG0001", 2, 11 },
        { "a scalar where the file should be a mapping", "just some text\n", "KG0012", 1, 1 },
        { "a list where the file should be a mapping", "- a\n- b\n", "KG0012", 1, 1 },
        { "an unclosed quote", "facts:\n  - id: \"a\n", "KG0001", 2, 9 },
        { "a complex key", "? [a, b]\n: c\n", "KG0002", 1, 3 },
        { "a Unicode id", "facts:\n  - id: fact-é\n", "KG0013", 2, 9 },
        { "an id with a C# escape", "facts:\n  - id: \"a\\\"b\"\n", "KG0013", 2, 9 },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Attack_gets_a_located_diagnostic_in_bounded_time(string attack, string yaml, string id, int line, int column)
    {
        GeneratorResult result = RunBounded(() => SmallKnowledgeBase.Run(yaml));

        Diagnostic? diagnostic = result.GeneratorDiagnostics.FirstOrDefault(d => d.Id == id && d.Location.GetLineSpan().Path == "/kb/facts.yaml");
        Assert.True(diagnostic is not null, $"{attack}: expected {id}, got: {string.Join("; ", result.GeneratorDiagnostics)}");
        LinePosition start = diagnostic!.Location.GetLineSpan().StartLinePosition;
        Assert.True((line, column) == (start.Line + 1, start.Character + 1), $"{attack}: expected ({line},{column}), got {diagnostic}");
        AssertGeneratedCodeIsClean(result);
    }

    [Fact]
    public void Binary_junk_and_invalid_utf8_get_a_located_diagnostic()
    {
        var random = new Random(20181203);
        for (int i = 0; i < 50; i++)
        {
            byte[] junk = new byte[random.Next(1, 4096)];
            random.NextBytes(junk);
            string decoded = Encoding.UTF8.GetString(junk); // invalid sequences become U+FFFD, as the compiler reads them

            GeneratorResult result = RunBounded(() => SmallKnowledgeBase.Run(decoded));

            Assert.Contains(result.GeneratorDiagnostics, d => d.Id.StartsWith("KG", StringComparison.Ordinal) && d.Location.GetLineSpan().Path == "/kb/facts.yaml");
            AssertGeneratedCodeIsClean(result);
        }
    }

    [Theory]
    [InlineData("a byte-order mark", "\uFEFF")]
    [InlineData("CRLF line ends", "\r\n")]
    public void Harmless_variations_are_accepted(string variation, string marker)
    {
        string yaml = marker == "\uFEFF" ? marker + SmallKnowledgeBase.ValidFact : SmallKnowledgeBase.ValidFact.Replace("\n", marker);

        GeneratorResult result = SmallKnowledgeBase.Run(yaml);

        Assert.True(result.GeneratorDiagnostics.IsEmpty, variation + ": " + string.Join("; ", result.GeneratorDiagnostics));
        AssertGeneratedCodeIsClean(result);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("namespace")]
    [InlineData("2019-surplus")]
    [InlineData("facts")]
    [InlineData("quantities")]
    [InlineData("index")]
    public void Ids_that_are_keywords_or_start_with_digits_or_match_group_names_compile(string id)
    {
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact.Replace("containers-2019", id));

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
    }

    [Fact]
    public void Two_files_of_one_name_in_different_folders_both_generate()
    {
        string second = SmallKnowledgeBase.ValidFact.Replace("containers-2019", "containers-2019-again");
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact, ("other/facts.yaml", second));

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        Assert.Equal(2, result.GeneratedSources.Keys.Count(k => k.StartsWith("facts_yaml.", StringComparison.Ordinal)));
        DiagnosticAssert.None(result.CompilationDiagnostics);
    }

    [Fact]
    public void The_same_file_reached_by_two_paths_is_reported_once_at_the_odd_path_and_generated_once()
    {
        string broken = SmallKnowledgeBase.ValidFact.Replace("about: [port]", "about: [harbour]");
        GeneratorResult result = SmallKnowledgeBase.Run(broken, ("x/../facts.yaml", broken));

        Diagnostic twice = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "KG0025");
        Assert.Equal("/kb/x/../facts.yaml", twice.Location.GetLineSpan().Path);
        Assert.Contains("already included as 'facts.yaml'", twice.GetMessage(), StringComparison.Ordinal);
        Diagnostic mistake = Assert.Single(result.GeneratorDiagnostics, d => d.Id != "KG0025");
        Assert.Equal(("KG0021", "/kb/facts.yaml"), (mistake.Id, mistake.Location.GetLineSpan().Path));
        Assert.Single(result.GeneratedSources.Keys, k => k.StartsWith("facts_yaml.", StringComparison.Ordinal));
        DiagnosticAssert.None(result.CompilationDiagnostics);
    }

    [Fact]
    public void A_file_name_that_could_break_out_of_a_comment_stays_inside_it()
    {
        string path = "facts\u2028public class Injected {}\n//.yaml";
        GeneratorResult result = GeneratorHarness.Run(
            ("article.txt", SmallKnowledgeBase.Article),
            ("declarations.yaml", SmallKnowledgeBase.Declarations),
            (path, SmallKnowledgeBase.ValidFact));

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
        Assert.Null(result.Output.GetTypeByMetadataName("Injected"));
    }

    [Fact]
    public void A_megabyte_statement_with_hostile_characters_round_trips()
    {
        string statement = string.Concat(Enumerable.Repeat("*/ </summary> <!-- & \" \\ # \u2028 \u202E ", 30_000));
        string yaml = SmallKnowledgeBase.ValidFact.Replace(
            "statement: The port handled 2.5 million containers in 2019.",
            "statement: \"" + statement.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u2028", "\\L").Replace("\u202E", "\\u202E") + "\"");

        GeneratorResult result = RunBounded(() => SmallKnowledgeBase.Run(yaml));

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        using CompiledKnowledgeBase compiled = CompiledKnowledgeBase.Load(result.Output, "Test.Knowledge.TestFacts");
        Assert.Equal(statement, CompiledKnowledgeBase.Get(compiled.Fact("containers-2019"), "Statement"));
    }

    private static GeneratorResult RunBounded(Func<GeneratorResult> run)
    {
        Task<GeneratorResult> task = Task.Run(run);
        Assert.True(task.Wait(Bound), "the generator took longer than " + Bound);
        return task.Result;
    }

    /// <summary>Whatever the diagnostics, nothing escaped the generator and the code it did generate compiles cleanly.</summary>
    private static void AssertGeneratedCodeIsClean(GeneratorResult result)
    {
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        DiagnosticAssert.None(result.CompilationDiagnostics.Where(d => d.Location.SourceTree?.FilePath.Contains("KnowledgeGen", StringComparison.Ordinal) == true));
        Assert.Contains("KnowledgeGen.Queries.g.cs", result.GeneratedSources.Keys);
    }
}
