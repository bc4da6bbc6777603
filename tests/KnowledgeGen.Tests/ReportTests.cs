using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;
using KnowledgeGen.Tool.Reviewing;

namespace KnowledgeGen.Tests;

/// <summary>The report's pages as files: what they link to, what they escape, and the facts they mark as changed.</summary>
public class ReportTests
{
    private static readonly string Review = Path.Combine(RepositoryPaths.Fixtures, "review");

    [Fact]
    public void Every_page_is_self_contained_and_every_local_link_resolves()
    {
        using var report = new TemporaryDirectory();

        (int exit, _, string error) = Run("report", RepositoryPaths.Facts, "--out", report.Path);

        Assert.True(exit == 0, error);
        string[] pages = Directory.GetFiles(report.Path, "*.html");
        Assert.Contains(Path.Combine(report.Path, "index.html"), pages);
        var anchors = pages.ToDictionary(p => Path.GetFileName(p), p => Regex.Matches(File.ReadAllText(p), " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet());
        foreach (string page in pages)
        {
            string html = File.ReadAllText(page);
            // The one script is the search page's own, inline and allowed by its hash; its index is a data block.
            Assert.Equal(Path.GetFileName(page) == SearchPage.File ? 1 : 0, Regex.Matches(html, "<script>").Count);
            Assert.Equal(Path.GetFileName(page) == SearchPage.File ? 1 : 0, Regex.Matches(html, "<script type=\"application/json\"").Count);
            Assert.DoesNotContain(" src=", html);
            Assert.DoesNotContain("<link", html);
            foreach (Match link in Regex.Matches(html, "href=\"([^\"]*)\""))
            {
                string target = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value);
                string[] parts = target.Split('#', 2);
                string file = parts[0].Length == 0 ? Path.GetFileName(page) : parts[0];
                Assert.True(anchors.ContainsKey(file), $"{Path.GetFileName(page)} links to a missing page {target}");
                Assert.True(parts.Length == 1 || anchors[file].Contains(parts[1]), $"{Path.GetFileName(page)} links to a missing anchor {target}");
            }
        }

        Assert.Contains("href=\"facts-topics-trade-balance.html#china-goods-surplus-2017\"", File.ReadAllText(Path.Combine(report.Path, "facts.html")));
        Assert.Contains("id=\"china-goods-surplus-2017\"", File.ReadAllText(Path.Combine(report.Path, "facts-topics-trade-balance.html")));
    }

    [Fact]
    public void Text_from_fact_files_and_articles_is_escaped()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Review, "facts");
        string entities = Path.Combine(work.Path, "facts", "entities.yaml");
        File.WriteAllText(entities, File.ReadAllText(entities).Replace("name: Ana Ruiz", "name: \"Ana <script>alert(1)</script> Ruiz & Co \\u202E\\a\""));

        (int exit, _, string error) = Run("report", Path.Combine(work.Path, "facts"), "--out", Path.Combine(work.Path, "out"));

        Assert.True(exit == 0, error);
        string page = File.ReadAllText(Path.Combine(work.Path, "out", "entity-ana-ruiz.html"));
        Assert.Contains("Ana &lt;script&gt;alert(1)&lt;/script&gt; Ruiz &amp; Co \\u202e\\u0007", page); // a bidirectional override and a bell shown, not applied
        Assert.False(page.Contains('\u202E'), "a bidirectional override reached the page raw");
        Assert.Contains("Ruiz \\u0026 Co \\\\u202e\\\\u0007", File.ReadAllText(Path.Combine(work.Path, "out", SearchPage.File))); // escaped, then JSON-encoded
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("\u201Ca good day for the city.\u201D", File.ReadAllText(Path.Combine(work.Path, "out", "source-council-report.html")));
    }

    [Fact]
    public void A_source_page_labels_each_sentence_cited_holding_no_claim_or_unaccounted()
    {
        using var work = new TemporaryDirectory();

        (int exit, _, string error) = Run("report", Review, "--out", work.Path);

        Assert.True(exit == 0, error);
        string page = File.ReadAllText(Path.Combine(work.Path, "source-council-report.html"));
        Assert.Contains("<span class=\"not-claim sentence\" id=\"s-6\">Photo: City archive <span class=\"label\">no claim: credit</span></span>", page);
        Assert.Contains("<span class=\"unaccounted sentence\" id=\"s-1\">Council approves budget <span class=\"label\">\u2691 unaccounted</span></span>", page);
        Assert.Contains("<mark class=\"cited sentence\" id=\"s-4\"><span class=\"quoted q1\" title=\"new-buses\">The budget funds 12 new buses.</span></mark>", page);
        Assert.Contains("6 sentences: 3 cited, 1 holding no claim, 2 unaccounted", page);
    }

    [Fact]
    public void Changed_since_a_revision_marks_the_facts_that_changed_and_only_them()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Review, "facts");
        Git(work.Path, "init", "-q", "-b", "main");
        Git(work.Path, "add", "-A");
        Git(work.Path, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "before");
        string budget = Path.Combine(work.Path, "facts", "budget.yaml");
        File.WriteAllText(budget, File.ReadAllText(budget).Replace("statement: The city council approved a budget of $4.2 million.", "statement: The council approved a $4.2 million budget."));

        (int exit, _, string error) = Run("report", Path.Combine(work.Path, "facts"), "--out", Path.Combine(work.Path, "out"), "--changed-since", "git:HEAD");

        Assert.True(exit == 0, error);
        string facts = File.ReadAllText(Path.Combine(work.Path, "out", "facts-budget.html"));
        Assert.Single(Regex.Matches(facts, "class=\"fact changed\""));
        Assert.Contains("<article class=\"fact changed\" id=\"budget-approved\"", facts);
        Assert.Contains("changed (statement) since git:HEAD", facts);
        Assert.Contains("href=\"facts-budget.html#budget-approved\"", File.ReadAllText(Path.Combine(work.Path, "out", "index.html")));
        Assert.DoesNotContain("class=\"fact changed\"", File.ReadAllText(Path.Combine(work.Path, "out", "facts-transport.html")));
    }

    [Fact]
    public void An_unreadable_revision_exits_with_2()
    {
        using var work = new TemporaryDirectory();

        (int exit, _, string error) = Run("report", RepositoryPaths.Facts, "--out", work.Path, "--changed-since", "git:no-such-revision");

        Assert.Equal(2, exit);
        Assert.Contains("is not a revision", error);
    }

    /// <summary>The report counts and lists the errors `check` fails on: the severities the build reads, not the defaults.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("root = true\n[*]\ndotnet_diagnostic.KG0078.severity = error\n")]
    [InlineData("root = true\n[*]\ndotnet_diagnostic.KG0040.severity = warning\n")]
    public void The_report_lists_the_errors_check_fails_on_at_the_severities_the_build_reads(string? editorConfig)
    {
        using var work = new TemporaryDirectory();
        work.Write("facts/article.txt", SmallKnowledgeBase.Article);
        work.Write("facts/declarations.yaml", SmallKnowledgeBase.Declarations);
        work.Write("facts/facts.yaml", SmallKnowledgeBase.ValidFact.Replace("in 2019\n", "in 2018\n", StringComparison.Ordinal)); // a KG0040 error by default
        if (editorConfig is not null)
        {
            work.Write(".editorconfig", editorConfig);
        }

        string facts = Path.Combine(work.Path, "facts");
        (int checkExit, string check, _) = Run("check", facts);
        (int exit, _, string error) = Run("report", facts, "--out", Path.Combine(work.Path, "out"));

        string[] checkErrors = Regex.Matches(check, @": error (KG\d{4}): ").Select(m => m.Groups[1].Value).ToArray();
        string index = File.ReadAllText(Path.Combine(work.Path, "out", "index.html"));
        string[] listed = Regex.Matches(index, @"<li><code>[^<]*</code>: (KG\d{4}): ").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(0, exit);
        Assert.Equal(checkExit == 1, checkErrors.Length > 0);
        Assert.Equal(checkErrors, listed);
        Assert.Equal(checkErrors.Length > 0 ? $"The knowledge base has {checkErrors.Length} error(s)" : string.Empty, error.Split(';')[0].TrimEnd());
    }

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
