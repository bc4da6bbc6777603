using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;
using KnowledgeGen.Tool.Reviewing;
using Snapshooter;
using Snapshooter.Xunit;

namespace KnowledgeGen.Tests;

/// <summary>
/// `knowledgegen diff` on a table of edits to a small knowledge base (Fixtures/review), each compared with its
/// golden Markdown and JSON; and the command itself on git revisions and on unreadable input.
/// </summary>
public class DiffTests
{
    private static readonly string Review = Path.Combine(RepositoryPaths.Fixtures, "review");

    /// <summary>Each edit, applied to a copy of the fixture: the name of its golden and what it does.</summary>
    public static TheoryData<string> Edits => new(EditsByName.Keys);

    private static readonly Dictionary<string, Action<string>> EditsByName = new()
    {
        ["value-changed"] = folder => Replace(folder, "budget.yaml", "amount: 4200000,", "amount: 4300000,"),
        ["quote-changed"] = folder => Replace(folder, "budget.yaml", "quote: up 3 per cent from last year", "quote: on Tuesday, up 3 per cent from last year"),
        ["fact-moved-between-files"] = folder =>
        {
            string transport = File.ReadAllText(Path.Combine(folder, "transport.yaml"));
            int ruiz = transport.IndexOf("  - id: ruiz-mayor", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "transport.yaml"), "facts:\n" + transport[ruiz..]);
            File.AppendAllText(Path.Combine(folder, "budget.yaml"), "\n" + transport["facts:\n".Length..ruiz]);
        },
        ["renamed"] = folder => Replace(folder, "transport.yaml", "id: ruiz-mayor", "id: ana-ruiz-mayor"),
        ["added"] = folder => File.AppendAllText(Path.Combine(folder, "transport.yaml"), """

              - id: opponents-say-too-costly
                kind: claim
                statement: Opponents said the plan was too costly.
                about: [city-council]
                citations:
                  - source: council-report
                    quote: Opponents said the plan was too costly.

            """),
        ["removed"] = folder =>
        {
            string budget = File.ReadAllText(Path.Combine(folder, "budget.yaml"));
            File.WriteAllText(Path.Combine(folder, "budget.yaml"), budget[..budget.IndexOf("  - id: budget-growth", StringComparison.Ordinal)]);
        },
        ["entity-alias-added"] = folder => Replace(folder, "entities.yaml", "    name: Ana Ruiz\n", "    name: Ana Ruiz\n    aliases: [Mayor Ruiz]\n"),
        ["status-and-attribution-added"] = folder => Replace(folder, "transport.yaml", "    statement: The budget funds 12 new buses.\n", "    statement: The budget funds 12 new buses.\n    according-to: [city-council]\n    status: planned\n"),
        ["not-claim-listed"] = folder => Replace(folder, "sources.yaml", "reason: credit }", "reason: credit }\n      - { quote: Council approves budget, reason: furniture }"),
        ["reformatted-only"] = folder => File.WriteAllText(Path.Combine(folder, "budget.yaml"), """
            # The budget, written out in block style, keys reordered, quoted and folded: the same facts.
            facts:
              - kind: percentage
                id: budget-growth
                statement: "The budget is 3 per cent larger than last year's."
                about:
                  - city-council
                value:
                  printed: 3 per cent
                  percent: 3.0
                citations:
                  - quote: 'up 3 per cent from last year'
                    source: council-report
              - id: budget-approved
                kind: money
                statement: >-
                  The city council approved
                  a budget of $4.2 million.
                about: [ city-council ]
                value: { currency: USD, amount: 4200000.00, printed: "$4.2 million" }
                citations:
                  - source: council-report
                    quote: The city council approved a budget of $4.2 million
            """),
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Diff_of_an_edit_matches_its_golden(string edit)
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Review, "before");
        work.CopyFolder(Review, "after");
        EditsByName[edit](Path.Combine(work.Path, "after"));

        KnowledgeDiff diff = DiffCommand.Compare(Path.Combine(work.Path, "before"), Path.Combine(work.Path, "after"));

        string golden = DiffMarkdownWriter.Write(diff, "before", "after") + "\n----- json -----\n" + DiffJsonWriter.Write(diff, "before", "after");
        Snapshot.Match(golden, SnapshotNameExtension.Create(edit));
    }

    [Fact]
    public void A_side_whose_fact_files_have_errors_says_so_above_the_diff()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Review, "before");
        work.CopyFolder(Review, "after");
        Replace(Path.Combine(work.Path, "after"), "budget.yaml", "amount: 4200000,", "amount: four million,");

        string markdown = DiffMarkdownWriter.Write(DiffCommand.Compare(Path.Combine(work.Path, "before"), Path.Combine(work.Path, "after")), "before", "after");

        Assert.Contains("> **`after` has 1 error(s) in its fact files**", markdown);
        Assert.Contains("- `budget-approved` (money) was at `budget.yaml:2` in `before`", markdown);
    }

    [Fact]
    public void More_than_twenty_items_fold_into_a_collapsible_section()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Review, "before");
        work.CopyFolder(Review, "after");
        string many = string.Concat(Enumerable.Range(1, 21).Select(i => $"""

              - id: opponents-{i:D2}
                kind: claim
                statement: Opponents said the plan was too costly.
                citations:
                  - source: council-report
                    quote: Opponents said the plan was too costly.

            """));
        File.AppendAllText(Path.Combine(work.Path, "after", "transport.yaml"), many);

        string markdown = DiffMarkdownWriter.Write(DiffCommand.Compare(Path.Combine(work.Path, "before"), Path.Combine(work.Path, "after")), "before", "after");

        Assert.Contains("<details><summary><strong>Facts added (21)</strong></summary>", markdown);
        Assert.Contains("**Facts:** 21 added.", markdown);
    }

    [Fact]
    public void Diff_reads_a_side_from_git_history_without_checking_it_out()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Review, "facts");
        Git(work.Path, "init", "-q", "-b", "main");
        Git(work.Path, "add", "-A");
        Git(work.Path, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "before");
        Replace(Path.Combine(work.Path, "facts"), "transport.yaml", "id: ruiz-mayor", "id: ana-ruiz-mayor");

        (int exit, string output, string error) = Run("diff", "git:HEAD", Path.Combine(work.Path, "facts"), "--format", "json");

        Assert.True(exit == 0, error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement renamed = json.RootElement.GetProperty("facts").GetProperty("renamed").EnumerateArray().Single();
        Assert.Equal("ruiz-mayor", renamed.GetProperty("from").GetString());
        Assert.Equal("ana-ruiz-mayor", renamed.GetProperty("to").GetString());
        Assert.Contains("id: ana-ruiz-mayor", File.ReadAllText(Path.Combine(work.Path, "facts", "transport.yaml"))); // the work tree untouched
    }

    /// <summary>
    /// An error is what a side's build fails on: a warning its configuration raises (here KG0078, the second
    /// sentence left unaccounted) is an error introduced, and no error where nothing raises it.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_warning_the_new_side_raises_to_an_error_is_an_error_introduced(bool raised)
    {
        using var work = new TemporaryDirectory();
        WriteSmallKnowledgeBase(work, "before", secondSentenceListed: true);
        WriteSmallKnowledgeBase(work, "after", secondSentenceListed: false);
        if (raised)
        {
            work.Write("after/.editorconfig", RaiseUnaccountedSentences);
        }

        JsonElement checks = DiffChecks(Path.Combine(work.Path, "before", "facts"), Path.Combine(work.Path, "after", "facts"));

        string[] expected = raised ? ["KG0078 error"] : [];
        Assert.Equal(expected, Listed(checks, "introduced"));
        Assert.Equal(raised ? 1 : 0, checks.GetProperty("newErrors").GetInt32());
    }

    /// <summary>A git side is checked at the severities its revision's configuration sets, not the work tree's.</summary>
    [Fact]
    public void A_git_side_is_checked_at_the_severities_its_revision_holds()
    {
        using var work = new TemporaryDirectory();
        WriteSmallKnowledgeBase(work, ".", secondSentenceListed: false);
        work.Write(".editorconfig", RaiseUnaccountedSentences);
        Git(work.Path, "init", "-q", "-b", "main");
        Git(work.Path, "add", "-A");
        Git(work.Path, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "before");
        File.Delete(Path.Combine(work.Path, ".editorconfig"));
        WriteSmallKnowledgeBase(work, ".", secondSentenceListed: true);

        JsonElement checks = DiffChecks("git:HEAD", Path.Combine(work.Path, "facts"));

        Assert.Equal(["KG0078 error"], Listed(checks, "fixed"));
        Assert.Empty(Listed(checks, "introduced"));
    }

    private const string RaiseUnaccountedSentences = "root = true\n[*]\ndotnet_diagnostic.KG0078.severity = error\n";

    private static void WriteSmallKnowledgeBase(TemporaryDirectory work, string project, bool secondSentenceListed)
    {
        string sha = $"sha256: {SmallKnowledgeBase.ArticleSha256}\n";
        work.Write($"{project}/facts/article.txt", SmallKnowledgeBase.Article);
        work.Write($"{project}/facts/facts.yaml", SmallKnowledgeBase.ValidFact);
        work.Write($"{project}/facts/declarations.yaml", secondSentenceListed
            ? SmallKnowledgeBase.Declarations.Replace(sha, sha + "    not-claims:\n      - { quote: Director Lee Park said on March 2 that traffic would grow., reason: furniture }\n", StringComparison.Ordinal)
            : SmallKnowledgeBase.Declarations);
    }

    private static JsonElement DiffChecks(string oldSide, string newSide)
    {
        (int exit, string output, string error) = Run("diff", oldSide, newSide, "--format", "json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("checks").Clone();
    }

    private static string[] Listed(JsonElement checks, string list)
        => checks.GetProperty(list).EnumerateArray().Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("severity").GetString()}").ToArray();

    [Theory]
    [InlineData("git:no-such-revision", "is not a revision of the repository")]
    [InlineData("git:", "'git:' needs a revision after it")]
    [InlineData("/no/such/folder", "is neither a folder nor git:<revision>")]
    public void Unreadable_input_exits_with_2_and_says_why(string side, string message)
    {
        (int exit, string output, string error) = Run("diff", side, RepositoryPaths.Facts);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_folder_without_fact_files_is_unreadable_input()
    {
        using var empty = new TemporaryDirectory();

        (int exit, _, string error) = Run("diff", empty.Path, RepositoryPaths.Facts);

        Assert.Equal(2, exit);
        Assert.Contains("holds no fact files", error);
    }

    [Fact]
    public void The_repository_facts_against_themselves_are_no_change()
    {
        (int exit, string output, _) = Run("diff", RepositoryPaths.Facts, RepositoryPaths.Facts);

        Assert.Equal(0, exit);
        Assert.Contains("No change to any fact, entity, source or measure.", output);
    }

    /// <summary>The README's excerpt of a real diff from this repository's history is what the tool prints for it.</summary>
    [Fact]
    public void The_readme_excerpt_is_what_the_tool_prints_for_that_history()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");
        Match marker = Regex.Match(readme, "<!-- diff-excerpt: (git:\\S+) (git:\\S+) [^>]*-->\n```markdown\n(.*?)```", RegexOptions.Singleline);
        Assert.True(marker.Success, "README.md has no diff excerpt");
        string facts = Path.Combine(RepositoryPaths.Root, "facts");

        (int exit, string output, string error) = Run("diff", marker.Groups[1].Value, marker.Groups[2].Value);

        Assert.True(exit == 0, error + " (the excerpt's revisions need the repository's history: clone it in full)");
        Assert.StartsWith(marker.Groups[3].Value, output);
        Assert.True(Directory.Exists(facts));
    }

    private static void Replace(string folder, string file, string old, string replacement) => ReviewedEdit.Replace(folder, file, old, replacement);

    private static void Git(string directory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLine.Run(args, output, error, githubActions: false);
        return (exit, output.ToString(), error.ToString());
    }
}
