using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// The README's examples are real: the fact shown under "Adding a fact", put into the knowledge base in place of
/// the fact with its id, builds in a real consumer whose program is the README's C# example; and the mistake the
/// README describes, made in a copy of facts/, gets exactly the line the README shows.
/// </summary>
public partial class ReadmeExampleTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_fact_and_the_code_the_readme_shows_build_with_the_trade_knowledge_base()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(RepositoryPaths.Facts, "consumer/facts");
        DeclarationSwap.Replace(Path.Combine(work.Path, "consumer", "facts"), ExampleFact());
        work.Write("consumer/Program.cs", Block(Section("## Using the generated knowledge base"), "csharp"));
        work.Write("consumer/Consumer.csproj", ConsumerProject.ProjectFile("""
            <KnowledgeGenNamespace>TradeTalks.Knowledge</KnowledgeGenNamespace>
            <KnowledgeGenClassName>TradeFacts</KnowledgeGenClassName>
            """));

        (int exit, string output) = ConsumerProject.Build(Path.Combine(work.Path, "consumer"));

        Assert.True(exit == 0, output);
        Assert.DoesNotMatch(@": error ", output);
        Assert.DoesNotContain(": warning KG", output);
    }

    [Fact]
    public void The_mistake_the_readme_describes_gets_the_line_it_shows()
    {
        string editors = Section("## For fact editors");
        Match mistake = Mistake().Match(editors);
        Assert.True(mistake.Success, "the README no longer says which mistake its check example makes");
        string example = ExampleFact();
        string quote = QuoteLine().Match(example).Groups[1].Value;
        string shown = ShownOutput(editors, "knowledgegen check facts").Single();

        using var work = new TemporaryDirectory();
        work.CopyFolder(RepositoryPaths.Facts, "facts");
        DeclarationSwap.Replace(Path.Combine(work.Path, "facts"), example.Replace("quote: " + quote, mistake.Groups[1].Value, StringComparison.Ordinal));
        // The tool prints paths relative to the folder it runs in, as the README's command does from the repository root.
        (int exit, string output) = DotnetCli.Run(work.Path, Path.Combine(AppContext.BaseDirectory, "KnowledgeGen.Tool.dll"), "check", "facts");

        Assert.Equal(1, exit);
        Assert.Equal(shown, output.Split('\n')[0].TrimEnd('\r'));
    }

    /// <summary>The YAML block under "Adding a fact", without the indent of the list it stands in.</summary>
    private static string ExampleFact() => Block(Section("## Adding a fact"), "yaml");

    private static string Section(string heading)
    {
        int start = Readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has no section " + heading);
        int end = Readme.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? Readme.Substring(start) : Readme.Substring(start, end - start);
    }

    /// <summary>The first fenced block of the language in the text, its common indent removed.</summary>
    private static string Block(string markdown, string language)
    {
        Match block = Regex.Match(markdown, $@"^(?<indent> *)```{language}\n(?<text>.*?)^\k<indent>```$", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(block.Success, "no " + language + " block");
        int indent = block.Groups["indent"].Length;
        return string.Concat(block.Groups["text"].Value.Split('\n').Select(line => (line.Length >= indent ? line.Substring(indent) : line.TrimStart()) + "\n")).TrimEnd('\n') + "\n";
    }

    /// <summary>The lines a shell block shows after the command, written as comments.</summary>
    private static IReadOnlyList<string> ShownOutput(string markdown, string command)
    {
        string[] lines = markdown.Split('\n').Select(l => l.Trim()).ToArray();
        int at = Array.IndexOf(lines, command);
        Assert.True(at >= 0, "the README no longer shows " + command);
        return lines.Skip(at + 1).TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l.Substring(2)).ToList();
    }

    [GeneratedRegex("has a word too many, `(quote: [^`]+)`")]
    private static partial Regex Mistake();

    [GeneratedRegex(@"quote: (.+)\n")]
    private static partial Regex QuoteLine();
}
