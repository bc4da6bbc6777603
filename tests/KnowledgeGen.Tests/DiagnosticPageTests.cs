using System.Text.RegularExpressions;
using System.Xml.Linq;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests;

/// <summary>
/// Every diagnostic has a page under docs/diagnostics/, reached from its help link, and every example on a
/// page is run: the failing example gets exactly the output the page shows, and the fix gets none. An example
/// runs next to the small knowledge base the index page shows (article.txt, declarations.yaml and a valid
/// facts.yaml); a YAML block replaces facts.yaml, or the file its first line names (# file: NAME); a text block
/// whose first line names a file replaces that file (an article); an XML block's PropertyGroup sets MSBuild
/// properties.
/// </summary>
public partial class DiagnosticPageTests
{
    /// <summary>Diagnostics whose example cannot be a fact file, with the reason the page gives.</summary>
    private static readonly Dictionary<string, string> NotRunnable = new()
    {
        ["KG0052"] = "the language version is the project's and not a fact file's",
        ["KG0099"] = "nothing known triggers it",
    };

    private static string PagesFolder => Path.Combine(RepositoryPaths.Root, "docs", "diagnostics");

    public static TheoryData<string> Ids() => new(Diagnostics.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_has_a_page_named_by_its_help_link(string id)
    {
        DiagnosticDescriptor descriptor = Diagnostics.All.Single(d => d.Id == id);
        string page = ReadPage(id);

        Assert.Equal(Diagnostics.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"Severity: {descriptor.DefaultSeverity.ToString().ToLowerInvariant()}", page, StringComparison.Ordinal);
        foreach (string section in new[] { "## What it means", "## Example", "## How to fix it" })
        {
            Assert.Contains("\n" + section + "\n", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_example_gets_exactly_the_output_it_shows_and_its_fix_gets_none(string id)
    {
        string page = ReadPage(id);
        if (NotRunnable.TryGetValue(id, out string? reason))
        {
            Assert.Contains(reason, page, StringComparison.Ordinal);
            return;
        }

        IReadOnlyList<CodeBlock> example = Blocks(Section(page, "## Example"));
        IReadOnlyList<CodeBlock> fix = Blocks(Section(page, "## How to fix it"));
        string[] shown = example.Single(b => b.Language == "text" && !FileLine().IsMatch(b.Text)).Text.TrimEnd('\n').Split('\n');

        string[] reported = Run(example);

        Assert.Contains(reported, line => line.Contains(" " + id + ": ", StringComparison.Ordinal));
        Assert.True(shown.SequenceEqual(reported), $"{id}: the page shows\n{string.Join("\n", shown)}\nthe build reports\n{string.Join("\n", reported)}");
        Assert.Contains(fix, b => b.Language is "yaml" or "xml");
        Assert.Empty(Run(fix));
    }

    [Fact]
    public void Index_links_every_page_and_shows_the_knowledge_base_the_examples_run_in()
    {
        string index = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")).ReplaceLineEndings("\n");
        IReadOnlyList<CodeBlock> blocks = Blocks(index);

        foreach (DiagnosticDescriptor descriptor in Diagnostics.All)
        {
            Assert.Contains($"[{descriptor.Id}](diagnostics/{descriptor.Id}.md)", index, StringComparison.Ordinal);
        }

        Assert.Contains(blocks, b => b.Text == SmallKnowledgeBase.Article);
        Assert.Contains(blocks, b => b.Text == "# file: declarations.yaml\n" + SmallKnowledgeBase.Declarations + "\n");
        Assert.Contains(blocks, b => b.Text == SmallKnowledgeBase.ValidFact);
        Assert.Equal(
            Diagnostics.All.Select(d => d.Id + ".md").Order(StringComparer.Ordinal),
            Directory.GetFiles(PagesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Runs the generator over the small knowledge base with the blocks applied; its KG diagnostics as a build prints them.</summary>
    private static string[] Run(IReadOnlyList<CodeBlock> blocks)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["article.txt"] = SmallKnowledgeBase.Article,
            ["declarations.yaml"] = SmallKnowledgeBase.Declarations,
            ["facts.yaml"] = SmallKnowledgeBase.ValidFact,
        };
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties);
        foreach (CodeBlock block in blocks)
        {
            if (block.Language == "yaml" || (block.Language == "text" && FileLine().IsMatch(block.Text)))
            {
                Match named = FileLine().Match(block.Text);
                files[named.Success ? named.Groups[1].Value : "facts.yaml"] = named.Success ? block.Text.Substring(named.Length) : block.Text;
            }
            else if (block.Language == "xml")
            {
                foreach (XElement property in XElement.Parse("<p>" + block.Text + "</p>").Elements("PropertyGroup").Elements())
                {
                    properties[property.Name.LocalName] = property.Value;
                }
            }
        }

        GeneratorResult result = GeneratorHarness.Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText("/kb/" + f.Key, f.Value)), properties);
        return PrintedDiagnostics.Of(result.GeneratorDiagnostics, folder: "/kb/");
    }

    private static string ReadPage(string id)
    {
        string path = Path.Combine(PagesFolder, id + ".md");
        Assert.True(File.Exists(path), $"{id} has no page at docs/diagnostics/{id}.md");
        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    /// <summary>The text from a level-two heading to the next one.</summary>
    private static string Section(string page, string heading)
    {
        int start = page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section " + heading);
        int end = page.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? page.Substring(start) : page.Substring(start, end - start);
    }

    private static IReadOnlyList<CodeBlock> Blocks(string markdown)
        => FencedBlock().Matches(markdown).Select(m => new CodeBlock(m.Groups[1].Value, m.Groups[2].Value)).ToList();

    private sealed record CodeBlock(string Language, string Text);

    [GeneratedRegex(@"^```(\w*)\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"\A# file: (\S+)\n")]
    private static partial Regex FileLine();
}
