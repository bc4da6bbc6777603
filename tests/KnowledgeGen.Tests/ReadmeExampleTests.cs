using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// The README's examples are real: the fact shown under "Adding a fact", put into the knowledge base in place of
/// the fact with its id, builds in a real consumer whose program is the README's C# example; and the mistake the
/// README describes, made in a copy of facts/, gets exactly the line the README shows.
/// </summary>
[StartsRealProcesses]
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

    /// <summary>
    /// A fact added as "Adding a fact" says (its example under a new id, in the topic file it names), then the
    /// ledger steps under "Accept the ledger change" run as written, in a copy of the repository: the check passes,
    /// the ledger test fails and writes the new ledger, diff shows the new fact, and after the move the ledger test
    /// and the other tests that read the repository's knowledge base pass.
    /// </summary>
    [Fact]
    public void A_fact_added_through_the_readme_steps_ends_green()
    {
        using var work = new TemporaryDirectory();
        string copy = Path.Combine(work.Path, "repository");
        CopyRepository(copy);
        string fact = ExampleFact().Replace("- id: lighthizer-trade-representative\n", "- id: added-through-the-readme-steps\n", StringComparison.Ordinal);
        Assert.Contains("added-through-the-readme-steps", fact, StringComparison.Ordinal);
        File.AppendAllText(Path.Combine(copy, "facts", "topics", "roles.yaml"), "\n" + string.Concat(fact.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? "\n" : "  " + line + "\n")));

        string steps = Section("## Working on facts");
        string[] commands = Block(steps.Substring(steps.IndexOf("**Accept the ledger change.**", StringComparison.Ordinal)), "sh").TrimEnd('\n').Split('\n');
        // Each command runs in one shell, as typed; its exit status is printed after it.
        string script = "knowledgegen() { dotnet '" + Path.Combine(AppContext.BaseDirectory, "KnowledgeGen.Tool.dll") + "' \"$@\"; }\n"
            + string.Concat(commands.Select((command, i) => $"echo '<<{i}'\n{command}\necho \">>{i} $?\"\n"));
        work.Write("steps.sh", script);
        (_, string output) = DotnetCli.RunProgram("bash", copy, new Dictionary<string, string>(), [Path.Combine(work.Path, "steps.sh")], TimeSpan.FromMinutes(20));

        int[] exits = commands.Select((_, i) => int.Parse(Regex.Match(output, $@"^>>{i} (\d+)$", RegexOptions.Multiline).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        string StepOutput(string command) => Regex.Match(output, $@"^<<{Array.IndexOf(commands, command)}\n(.*?)^>>", RegexOptions.Multiline | RegexOptions.Singleline).Groups[1].Value;
        string check = Assert.Single(commands, c => c.StartsWith("knowledgegen check", StringComparison.Ordinal));
        string[] tests = commands.Where(c => c.StartsWith("dotnet test", StringComparison.Ordinal)).ToArray();
        string diff = Assert.Single(commands, c => c.StartsWith("diff ", StringComparison.Ordinal));
        Assert.True(tests.Length == 2, "the README's ledger steps should run the ledger test twice:\n" + string.Join("\n", commands));
        Assert.True(exits[Array.IndexOf(commands, check)] == 0, StepOutput(check));
        Assert.True(exits[Array.IndexOf(commands, tests[0])] != 0, StepOutput(tests[0]));
        Assert.Contains(StepOutput(diff).Split('\n'), line => line.StartsWith("> ", StringComparison.Ordinal) && line.EndsWith("added-through-the-readme-steps (role)", StringComparison.Ordinal));
        Assert.True(exits.Last() == 0 && commands.Last() == tests[1], output);
        Assert.All(commands.Select((c, i) => (c, i)).Where(x => x.c != tests[0] && x.c != diff), x => Assert.True(exits[x.i] == 0, x.c + "\n" + output));
        Assert.False(Directory.Exists(Path.Combine(copy, "tests", "KnowledgeGen.Ledger.Tests", "__snapshots__", "__mismatch__")));

        // The rest of the tests that read the repository's knowledge base, short of those that build consumers or drive a
        // browser: this test assembly, the copy's sources unchanged but its facts, pointed at the copy (RepositoryPathsTests
        // fails if the run reads another repository).
        (int exit, string rest) = DotnetCli.RunProgram(
            "dotnet",
            copy,
            new Dictionary<string, string> { [RepositoryPaths.RootVariable] = copy },
            ["test", typeof(ReadmeExampleTests).Assembly.Location, "--filter", "FullyQualifiedName~ToolTests&FullyQualifiedName!~packs|FullyQualifiedName~CompilationTests|FullyQualifiedName~SchemaTests|FullyQualifiedName~DeterminismTests|FullyQualifiedName~AnalyzerTests|FullyQualifiedName~FactFormatExampleTests|FullyQualifiedName~RepositoryPathsTests"],
            TimeSpan.FromMinutes(20));
        Assert.True(exit == 0, rest);
        Assert.Matches(@"Passed: +[1-9]", rest);
    }

    /// <summary>The repository's files as git has them (committed, or added and not ignored), without build output.</summary>
    private static void CopyRepository(string target)
    {
        (int exit, string listed) = DotnetCli.RunProgram("git", RepositoryPaths.Root, new Dictionary<string, string>(), "ls-files", "--cached", "--others", "--exclude-standard");
        Assert.True(exit == 0, listed);
        foreach (string file in listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(Path.Combine(RepositoryPaths.Root, f))))
        {
            string to = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), to);
        }
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
