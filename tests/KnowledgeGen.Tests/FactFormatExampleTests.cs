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

    [GeneratedRegex(@"^```yaml\n(?:sources|entities|facts):\n(?<items>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
