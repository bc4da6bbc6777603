using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;

namespace KnowledgeGen.Tests;

/// <summary>
/// The examples of docs/fact-format.md are real declarations of the trade knowledge base: each one, put in a copy
/// of facts/ in place of the declaration with its id, leaves the knowledge base without an error. So the doc
/// cannot show a source with another source's publisher, or a fact whose quote is not in its source.
/// </summary>
public partial class FactFormatExampleTests
{
    public static TheoryData<string> Declarations()
    {
        string format = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "fact-format.md")).ReplaceLineEndings("\n");
        var data = new TheoryData<string>();
        foreach (Match block in YamlBlock().Matches(format))
        {
            // A list under sources:, entities: or facts:, two spaces in; other blocks show a part of a value.
            foreach (string item in Regex.Split(block.Groups["items"].Value, @"^(?=  - id: )", RegexOptions.Multiline).Where(i => i.Length > 0))
            {
                data.Add(string.Concat(item.Split('\n').Select(l => (l.StartsWith("  ", StringComparison.Ordinal) ? l.Substring(2) : l) + "\n")).TrimEnd('\n') + "\n");
            }
        }

        Assert.True(data.Count >= 3, "docs/fact-format.md shows " + data.Count + " declarations");
        return data;
    }

    [Theory]
    [MemberData(nameof(Declarations))]
    public void Each_documented_declaration_stands_in_the_knowledge_base_without_an_error(string declaration)
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(RepositoryPaths.Facts, "facts");
        DeclarationSwap.Replace(Path.Combine(work.Path, "facts"), declaration);
        var output = new StringWriter();

        int exit = CommandLine.Run(["check", Path.Combine(work.Path, "facts")], output, new StringWriter(), githubActions: false);

        Assert.True(exit == 0, declaration + "\n" + output);
        Assert.Contains(" 0 error(s), 0 warning(s).", output.ToString());
    }

    /// <summary>The blocks that show a declaration in part: `  - id:` first, `...` where lines are left out.</summary>
    public static TheoryData<string> DeclarationsShownInPart()
    {
        string format = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "fact-format.md")).ReplaceLineEndings("\n");
        var data = new TheoryData<string>(PartialBlock().Matches(format).Select(m => m.Groups["item"].Value));
        Assert.True(data.Count >= 2, "docs/fact-format.md shows " + data.Count + " declarations in part");
        return data;
    }

    /// <summary>Each line such a block shows is, in the order shown, a line of the repository's declaration with its id.</summary>
    [Theory]
    [MemberData(nameof(DeclarationsShownInPart))]
    public void Each_declaration_shown_in_part_is_the_repositorys_in_every_line_it_shows(string shown)
    {
        string id = Regex.Match(shown, @"\A  - id: (\S+)").Groups[1].Value;
        string[] declared = DeclarationSwap.Find(RepositoryPaths.Facts, id).Split('\n');

        int at = 0;
        foreach (string line in shown.TrimEnd('\n').Split('\n').Where(l => l.Trim() != "..."))
        {
            int found = Array.IndexOf(declared, line, at);
            Assert.True(found >= 0, $"'{id}' in facts/ has no line, after the lines before it, reading\n{line}");
            at = found + 1;
        }
    }

    public static TheoryData<string, string> QuotingExamples()
    {
        string format = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "fact-format.md")).ReplaceLineEndings("\n");
        var data = new TheoryData<string, string>();
        foreach (Match block in QuotingBlock().Matches(format))
        {
            data.Add(block.Groups["source"].Value, block.Groups["line"].Value);
        }

        Assert.True(data.Count >= 3, "docs/fact-format.md shows " + data.Count + " quoting examples");
        return data;
    }

    /// <summary>Each quoting example, as the quote of a citation of the source it names, reads as YAML and stands in that source.</summary>
    [Theory]
    [MemberData(nameof(QuotingExamples))]
    public void Each_quoting_example_reads_and_stands_in_its_source(string source, string quoteLine)
    {
        string example = Path.Combine(RepositoryPaths.Facts, "topics", "quoting-example.yaml");
        string text = $"facts:\n  - id: quoting-example\n    kind: claim\n    statement: A quote.\n    citations:\n      - source: {source}\n        {quoteLine}\n";
        var files = Directory.EnumerateFiles(RepositoryPaths.Facts, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || Path.GetFileName(p) == "sources.yaml")
            .Select(p => (p, File.ReadAllText(p)))
            .Append((example, text));

        var checkedBase = KnowledgeGen.Checking.KnowledgeBaseChecker.Check(files);

        string[] reported = checkedBase.Diagnostics
            .Where(d => d.Location?.FilePath == example && !CompletenessChecks.Ids.Contains(d.Descriptor.Id))
            .Select(d => d.Descriptor.Id + ": " + d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        Assert.True(reported.Length == 0, quoteLine + "\n" + string.Join("\n", reported));
        Assert.Single(checkedBase.Facts, f => f.Id == "quoting-example");
    }

    [GeneratedRegex(@"^```yaml\n# quoting: (?<source>[a-z0-9-]+)\n(?<line>quote: [^\n]+)\n```$", RegexOptions.Multiline)]
    private static partial Regex QuotingBlock();

    [GeneratedRegex(@"^```yaml\n(?<item>  - id: .*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PartialBlock();

    [GeneratedRegex(@"^```yaml\n(?:sources|entities|facts):\n(?<items>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
