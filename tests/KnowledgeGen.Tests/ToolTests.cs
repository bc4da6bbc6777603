using System.Text.RegularExpressions;
using System.Text.Json;
using KnowledgeGen.Checking;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;

namespace KnowledgeGen.Tests;

/// <summary>The command-line tool's commands, run in process on the repository's facts and on broken ones.</summary>
[StartsRealProcesses]
public class ToolTests
{
    [Fact]
    public void Check_passes_on_the_repository_facts()
    {
        (int exit, string output, _) = Run(githubActions: false, "check", RepositoryPaths.Facts);

        Assert.True(exit == 0, output);
        int facts = KnowledgeBaseFolder.Load(new DirectoryInfo(RepositoryPaths.Facts)).KnowledgeBase.Index.FactCount;
        Assert.True(facts > 0);
        Assert.EndsWith($"{facts} facts checked: 0 error(s), 0 warning(s).", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "warning", 0)]
    [InlineData(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.KG0078.severity = error\n", "error", 1)]
    [InlineData(".editorconfig", "[*.cs]\ndotnet_diagnostic.KG0078.severity = error\n", "error", 1)]
    [InlineData(".editorconfig", "[*.yaml]\ndotnet_diagnostic.KG0078.severity = error\n", "warning", 0)]
    [InlineData(".editorconfig", "[*]\ndotnet_diagnostic.KG0078.severity = none\n", null, 0)]
    [InlineData(".editorconfig", "[*]\ndotnet_diagnostic.KG0078.severity = suggestion\n", null, 0)]
    [InlineData(".globalconfig", "is_global = true\ndotnet_diagnostic.KG0078.severity = error\n", "error", 1)]
    [InlineData("../.editorconfig", "[*]\ndotnet_diagnostic.KG0078.severity = error\n", "error", 1)]
    [InlineData("facts/.editorconfig", "[*]\ndotnet_diagnostic.KG0078.severity = error\n", "warning", 0)]
    public void Check_gives_each_warning_the_severity_the_build_reads(string? configFile, string? config, string? printedAs, int expectedExit)
    {
        // The project's folder holds facts/ and the configuration files, as a build of it reads them for its C# files;
        // the knowledge base leaves one sentence of its article neither cited nor listed (KG0078).
        using var project = new TemporaryDirectory();
        project.Write("project/facts/article.txt", SmallKnowledgeBase.Article);
        project.Write("project/facts/declarations.yaml", SmallKnowledgeBase.Declarations);
        project.Write("project/facts/facts.yaml", SmallKnowledgeBase.ValidFact);
        if (configFile is not null)
        {
            project.Write(Path.Combine("project", configFile), config!);
        }

        (int exit, string output, _) = Run(githubActions: false, "check", Path.Combine(project.Path, "project", "facts"));

        Assert.Equal(expectedExit, exit);
        string[] lines = output.Split('\n').Where(line => line.Contains(" KG0078: ", StringComparison.Ordinal)).ToArray();
        if (printedAs is null)
        {
            Assert.Empty(lines);
        }
        else
        {
            Assert.Contains($": {printedAs} KG0078: ", Assert.Single(lines), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_prints_each_mistake_at_its_location_and_fails()
    {
        using TemporaryDirectory folder = BrokenFacts();

        (int exit, string output, _) = Run(githubActions: false, "check", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("facts.yaml(9,16): error KG0040: The quote does not stand in source 'port-report'", output);
        Assert.DoesNotContain("::error", output);
    }

    [Fact]
    public void Check_prints_paths_relative_to_the_current_directory()
    {
        using TemporaryDirectory folder = BrokenFacts();

        (_, string output, _) = Run(githubActions: false, "check", folder.Path);

        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.Path).Replace('\\', '/');
        Assert.StartsWith(relative + "/", output, StringComparison.Ordinal);
        Assert.Contains("\n" + relative + "/facts.yaml(9,16): error KG0040:", "\n" + output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n/", "\n" + output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("export")]
    [InlineData("coverage")]
    public void A_missing_folder_gets_one_line_and_exit_code_2(string command)
    {
        string missing = Path.Combine(Path.GetTempPath(), "knowledgegen-no-such-folder");

        string[] args = command == "export" ? [command, missing, "--json", "out.json"] : [command, missing];
        (int exit, string output, string error) = Run(githubActions: false, args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        string line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("There is no folder '", line, StringComparison.Ordinal);
        Assert.EndsWith("knowledgegen-no-such-folder'; give the folder that holds the knowledge base (the one with sources.yaml).", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("coverage")]
    public void A_subfolder_of_the_knowledge_base_is_named_as_one_with_its_root(string command)
    {
        (int exit, string output, string error) = Run(githubActions: false, command, Path.Combine(RepositoryPaths.Facts, "topics"));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        string line = Assert.Single(error.TrimEnd().Split('\n'));
        string root = Path.GetRelativePath(Directory.GetCurrentDirectory(), RepositoryPaths.Facts).Replace('\\', '/');
        Assert.EndsWith($"/topics' has no sources.yaml and declares no sources, so it is not a whole knowledge base; give the knowledge base's root folder, such as '{root}', which has sources.yaml.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_fact_files_says_so()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("notes.txt", "nothing here");

        (int exit, _, string error) = Run(githubActions: false, "check", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("holds no fact files (*.yaml, *.yml)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_the_new_checks_as_the_build_does()
    {
        using TemporaryDirectory folder = BrokenFacts();
        folder.Write("facts.yaml", SmallKnowledgeBase.ValidFact.Replace("quote: The port handled", "quote: he port handled") + "    holds: { from: 2019, to: 2018 }\n    supersedes: [containers-2019]\n");

        (int exit, string output, _) = Run(githubActions: false, "check", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("facts.yaml(9,16): error KG0044: The quote begins inside the word 'The'", output, StringComparison.Ordinal);
        Assert.Contains("facts.yaml(10,20): error KG0062:", output, StringComparison.Ordinal);
        Assert.Contains("facts.yaml(11,18): error KG0061:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_in_github_actions_also_prints_annotations()
    {
        using TemporaryDirectory folder = BrokenFacts();

        (_, string output, _) = Run(githubActions: true, "check", folder.Path);

        Assert.Contains("facts.yaml,line=9,col=16,title=KG0040::The quote does not stand in source 'port-report'", output);
        Assert.Contains("::error file=", output);
    }

    [Fact]
    public void Cite_prints_the_full_sentences_containing_all_the_words()
    {
        (int exit, string output, _) = Run(githubActions: false, "cite", RepositoryPaths.Facts, "us-team-back-in-beijing", "biggest", "drop");

        Assert.Equal(0, exit);
        Assert.Equal("That's the biggest drop since May 2009.", output.Trim());
    }

    [Fact]
    public void Cite_says_when_no_sentence_has_the_words()
    {
        (int exit, _, string error) = Run(githubActions: false, "cite", RepositoryPaths.Facts, "us-team-back-in-beijing", "unicorn");

        Assert.Equal(1, exit);
        Assert.Contains("No sentence of 'us-team-back-in-beijing' contains all of: unicorn", error);
    }

    [Fact]
    public void Export_writes_every_fact_as_json_and_a_markdown_report()
    {
        using var output = new TemporaryDirectory();
        string json = Path.Combine(output.Path, "kb.json");
        string markdown = Path.Combine(output.Path, "kb.md");

        (int exit, string printed, _) = Run(githubActions: false, "export", RepositoryPaths.Facts, "--json", json, "--markdown", markdown);

        Assert.Equal(0, exit);
        // Paths as the user would type them: relative to the current directory.
        Assert.Contains(" to " + Path.GetRelativePath(Directory.GetCurrentDirectory(), json).Replace('\\', '/') + "\n", printed.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(" to " + Path.GetRelativePath(Directory.GetCurrentDirectory(), markdown).Replace('\\', '/') + "\n", printed.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        var checkedBase = KnowledgeBaseFolder.Load(new DirectoryInfo(RepositoryPaths.Facts)).KnowledgeBase;
        JsonElement[] facts = document.RootElement.GetProperty("facts").EnumerateArray().ToArray();
        Assert.Equal(checkedBase.Facts.Select(f => f.Id).Order(StringComparer.Ordinal), facts.Select(f => f.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        AssertEveryQuoteIsPinned(document);
        string report = File.ReadAllText(markdown);
        foreach (JsonElement fact in facts)
        {
            Assert.Contains($"### `{fact.GetProperty("id").GetString()}` ({fact.GetProperty("kind").GetString()})", report, StringComparison.Ordinal);
            foreach (JsonElement citation in fact.GetProperty("citations").EnumerateArray())
            {
                Assert.Contains("> " + MarkdownText.Inline(citation.GetProperty("sentence").GetString()!) + "\n", report, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Export_refuses_a_knowledge_base_with_errors()
    {
        using TemporaryDirectory folder = BrokenFacts();

        (int exit, _, string error) = Run(githubActions: false, "export", folder.Path, "--json", Path.Combine(folder.Path, "out.json"));

        Assert.Equal(1, exit);
        Assert.Contains("run 'knowledgegen check'", error);
    }

    /// <summary>Each citation's position, read from its source file in code points, holds its quote.</summary>
    private static void AssertEveryQuoteIsPinned(JsonDocument export)
    {
        var texts = export.RootElement.GetProperty("sources").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => File.ReadAllText(Path.Combine(RepositoryPaths.Facts, s.GetProperty("file").GetString()!)));
        foreach (JsonElement citation in export.RootElement.GetProperty("facts").EnumerateArray().SelectMany(f => f.GetProperty("citations").EnumerateArray()))
        {
            string text = texts[citation.GetProperty("source").GetString()!];
            JsonElement position = citation.GetProperty("position");
            int[] codePoints = text.EnumerateRunes().Select(r => r.Value).ToArray();
            int start = position.GetProperty("start").GetInt32();
            int end = position.GetProperty("end").GetInt32();
            string pinned = string.Concat(codePoints[start..end].Select(char.ConvertFromUtf32));
            Assert.Equal(TextNormalizer.Normalize(citation.GetProperty("quote").GetString()!), TextNormalizer.Normalize(pinned));
            string[] lines = text.Split('\n');
            int line = position.GetProperty("line").GetInt32();
            int column = position.GetProperty("column").GetInt32();
            int lineStart = lines.Take(line - 1).Sum(l => l.EnumerateRunes().Count() + 1);
            Assert.Equal(start, lineStart + column - 1);
        }
    }

    [Fact]
    public void The_tool_packs_installs_from_a_local_feed_and_checks_the_repository_facts()
    {
        using var work = new TemporaryDirectory();
        string feed = Path.Combine(work.Path, "feed");
        string tools = Path.Combine(work.Path, "tools");
        // An empty package folder for the install, so that the package just packed is the one installed.
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work.Path, "packages") };

        (int packed, string packOutput) = BuiltPackage.Pack("src/KnowledgeGen.Tool", feed);
        Assert.True(packed == 0, packOutput);
        (int installed, string installOutput) = DotnetCli.RunProgram("dotnet", work.Path, isolated, "tool", "install", "--tool-path", tools, "KnowledgeGen.Tool", "--add-source", feed);
        Assert.True(installed == 0, installOutput);
        (int exit, string output) = DotnetCli.RunProgram(Path.Combine(tools, "knowledgegen"), RepositoryPaths.Root, new Dictionary<string, string>(), "check", "facts");

        Assert.True(exit == 0, output);
        Assert.Matches(@"^\d+ facts checked: 0 error\(s\), \d+ warning\(s\)\.$", output.Trim().Split('\n')[^1]);
        // The only warnings are completeness checks the repository's build still lowers while its content is brought up to them.
        Assert.All(output.Split('\n').Where(line => line.Contains(": warning KG", StringComparison.Ordinal)), line => Assert.True(CompletenessChecks.Hidden(Regex.Match(line, @"KG\d{4}").Value, "facts/"), line));
    }

    [Fact]
    public void Coverage_counts_each_sources_sentences_and_fails_while_any_is_left()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("article.txt", SmallKnowledgeBase.Article);
        folder.Write("declarations.yaml", SmallKnowledgeBase.Declarations);
        folder.Write("facts.yaml", SmallKnowledgeBase.ValidFact);

        (int exit, string output, _) = Run(githubActions: false, "coverage", folder.Path);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "port-report: 2 sentences, 1 cited, 0 listed, 1 left",
                "  left: Director Lee Park said on March 2 that traffic would grow.",
                "sentences accounted: 1/2",
            ],
            output.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')));
    }

    [Fact]
    public void Coverage_passes_when_every_sentence_is_cited_or_listed()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("article.txt", SmallKnowledgeBase.Article);
        folder.Write("declarations.yaml", SmallKnowledgeBase.Declarations.Replace("    sha256:", "    not-claims:\n      - { quote: Director Lee Park said, reason: byline }\n    sha256:"));
        folder.Write("facts.yaml", SmallKnowledgeBase.ValidFact);

        (int exit, string output, _) = Run(githubActions: false, "coverage", folder.Path);

        Assert.Equal(0, exit);
        Assert.Contains("port-report: 2 sentences, 1 cited, 1 listed, 0 left", output);
        Assert.EndsWith("sentences accounted: 2/2", output.TrimEnd());
    }

    [Fact]
    public void Coverage_of_the_repository_facts_ends_with_the_count_the_checks_agree_with()
    {
        (int exit, string output, _) = Run(githubActions: false, "coverage", RepositoryPaths.Facts);

        string last = output.TrimEnd().Split('\n')[^1];
        Match counts = Regex.Match(last, @"^sentences accounted: (\d+)/(\d+)$");
        Assert.True(counts.Success, last);
        int accounted = int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int total = int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(accounted < total ? 1 : 0, exit);
        // Each source's sentences: the same count the quote checks split them into.
        var checkedBase = KnowledgeBaseFolder.Load(new DirectoryInfo(RepositoryPaths.Facts)).KnowledgeBase;
        Assert.Equal(checkedBase.Files.Sum(f => f.File.Sources.Count), output.Split('\n').Count(line => Regex.IsMatch(line, @"^[a-z0-9-]+: \d+ sentences, ")));
        Assert.Equal(checkedBase.Files.SelectMany(f => f.File.Sources).Sum(s => checkedBase.DocumentOf(s)?.Sentences.Count ?? 0), total);
        (_, string check, _) = Run(githubActions: false, "check", RepositoryPaths.Facts);
        Assert.Equal(accounted < total, check.Contains(" KG0078: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_source_copies_the_text_declares_it_with_its_sha256_and_numbers_its_sentences()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("facts/article.txt", SmallKnowledgeBase.Article);
        folder.Write("facts/declarations.yaml", SmallKnowledgeBase.Declarations);
        folder.Write("facts/facts.yaml", SmallKnowledgeBase.ValidFact);
        const string Text = "Harbour news.\r\nThe harbour dredged its channel in 2020. Ships waited \"for days\".\n";
        string article = folder.Write("incoming/harbour.txt", Text);
        const string Title = "Harbour \"news\" \\ weekly\n\u202Eevil";
        string facts = Path.Combine(folder.Path, "facts");

        (int exit, string output, string error) = Run(githubActions: false, "add-source", article, "--facts", facts, "--id", "harbour-news", "--title", Title, "--published", "2020-06");

        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllBytes(article), File.ReadAllBytes(Path.Combine(facts, "sources", "harbour-news.txt")));
        string[] lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.EndsWith("each of its 3 sentences must be cited by a fact or listed under its 'not-claims:':", lines[0], StringComparison.Ordinal);
        Assert.Equal(["   1. Harbour news.", "   2. The harbour dredged its channel in 2020.", "   3. Ships waited \"for days\"."], lines[1..]);
        // The declaration reads back as given, and the build's checks find the text unchanged and no error but the new sentences left.
        var checkedBase = KnowledgeBaseFolder.Load(new DirectoryInfo(facts)).KnowledgeBase;
        KnowledgeGen.Model.SourceSpec added = checkedBase.Files.SelectMany(f => f.File.Sources).Single(s => s.Id == "harbour-news");
        Assert.Equal(Title, added.Title);
        Assert.Equal("2020-06", added.Published!.Date.ToString());
        Assert.Equal(["KG0078"], checkedBase.Diagnostics.Where(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || d.Location?.FilePath.EndsWith("sources.yaml", StringComparison.Ordinal) == true).Select(d => d.Descriptor.Id).Distinct());
    }

    [Theory]
    [InlineData("port-report", "A source with the id 'port-report' is already declared")]
    [InlineData("Harbour_News", "is not kebab-case")]
    [InlineData("harbour\tnews\u202E", "The id 'harbour\\tnews\\u202e' is not kebab-case")] // escaped as every other message escapes it
    public void Add_source_refuses_an_id_it_cannot_use(string id, string expected)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("facts/article.txt", SmallKnowledgeBase.Article);
        folder.Write("facts/declarations.yaml", SmallKnowledgeBase.Declarations);
        string article = folder.Write("harbour.txt", "Harbour news.\n");
        string declarations = File.ReadAllText(Path.Combine(folder.Path, "facts", "declarations.yaml"));

        (int exit, _, string error) = Run(githubActions: false, "add-source", article, "--facts", Path.Combine(folder.Path, "facts"), "--id", id, "--title", "Harbour news");

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "facts", "sources.yaml")));
        Assert.Equal(declarations, File.ReadAllText(Path.Combine(folder.Path, "facts", "declarations.yaml")));
    }

    private static TemporaryDirectory BrokenFacts()
    {
        var folder = new TemporaryDirectory();
        folder.Write("article.txt", SmallKnowledgeBase.Article);
        folder.Write("declarations.yaml", SmallKnowledgeBase.Declarations);
        folder.Write("facts.yaml", SmallKnowledgeBase.ValidFact.Replace("The port handled 2.5 million containers in 2019\n", "The port shipped 2.5 million containers in 2019\n"));
        return folder;
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    public void The_usage_names_the_command_as_installed(params string[] args)
    {
        (_, string output, _) = Run(githubActions: false, args);

        Assert.Contains("Usage:\n  knowledgegen " + (args.Length > 1 ? args[0] + " " : string.Empty), output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("KnowledgeGen.Tool", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(bool githubActions, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLine.Run(args, output, error, githubActions);
        return (exit, output.ToString(), error.ToString());
    }
}
