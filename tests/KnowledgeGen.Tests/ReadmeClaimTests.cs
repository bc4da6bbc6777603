using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;

namespace KnowledgeGen.Tests;

/// <summary>Claims of the README about the tool, held to the tool itself.</summary>
public sealed partial class ReadmeClaimTests
{
    [Fact]
    public void The_layout_names_every_command_the_tool_has()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        string row = readme.Split('\n').Single(l => l.StartsWith("| `src/KnowledgeGen.Tool/` |", StringComparison.Ordinal));
        var help = new StringWriter();
        CommandLine.Run(["--help"], help, new StringWriter(), githubActions: false);

        string[] commands = HelpCommand().Matches(help.ToString()).Select(m => m.Groups[1].Value).ToArray();

        Assert.Contains("check", commands);
        Assert.All(commands, command => Assert.Contains("`" + command + "`", row, StringComparison.Ordinal));
    }

    /// <summary>"Read an error" shows the place of the line the check example prints, which ReadmeExampleTests makes the tool print.</summary>
    [Fact]
    public void The_error_read_is_the_one_the_check_example_prints()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        Match printed = Regex.Match(readme, @"knowledgegen check facts\n\s*# (\S+\(\d+,\d+\): error KG\d{4}):");
        Match read = Regex.Match(readme, @"\*\*Read an error\*\*: `(\S+\(\d+,\d+\): error KG\d{4}): …`");

        Assert.True(printed.Success && read.Success, "the README no longer shows the check example or the error it reads");
        Assert.Equal(printed.Groups[1].Value, read.Groups[1].Value);
    }

    [GeneratedRegex(@"^  ([a-z][a-z-]*)(?: <[a-z]+>)*\s{2,}\S", RegexOptions.Multiline)]
    private static partial Regex HelpCommand();
}
