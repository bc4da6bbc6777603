using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests;

/// <summary>
/// A tab in a file of declarations (entities, sources, measures) stops the YAML reader there, so the ids the file
/// declares are missing: the one located KG0001 is the whole report, from `check` and from the generator, with no
/// knock-on "unknown entity", "unknown source", "unknown measure" or "text no source declares" for every reference
/// to what the file would have declared.
/// </summary>
public sealed partial class UnreadDeclarationsTests
{
    [Theory]
    [InlineData("entities/people.yaml")]
    [InlineData("sources.yaml")]
    [InlineData("measures.yaml")]
    public void A_tab_in_a_declarations_file_gives_one_error_at_the_tab_and_no_knock_on(string file)
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(RepositoryPaths.Facts, "intact");
        work.CopyFolder(RepositoryPaths.Facts, "facts");
        string path = Path.Combine(work.Path, "facts", file);
        string[] lines = File.ReadAllLines(path);
        int tabbed = Array.FindIndex(lines, 3, l => l.StartsWith("    ", StringComparison.Ordinal));
        lines[tabbed] = "\t" + lines[tabbed].TrimStart();
        File.WriteAllLines(path, lines);
        string expected = $"facts/{file}({tabbed + 1},1): error KG0001: ";

        string[] intact = Printed("intact");
        string[] broken = Printed("facts");

        string added = Assert.Single(broken.Except(intact));
        Assert.StartsWith(expected, added, StringComparison.Ordinal);
        Assert.Contains("a tab indents this line", added, StringComparison.Ordinal);
        Diagnostic[] generated = GeneratorHarness.Run(GeneratorHarness.FilesIn(Path.Combine(work.Path, "facts"))).AllGeneratorDiagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Diagnostic error = Assert.Single(generated, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("KG0001", tabbed), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line));
        Assert.DoesNotContain(generated, d => d.Id is "KG0021" or "KG0022" or "KG0072");

        // The lines of `check`, each file named as under facts/: the tool names files relative to the current directory.
        string[] Printed(string folder)
        {
            var output = new StringWriter();
            string full = Path.Combine(work.Path, folder);
            CommandLine.Run(["check", full], output, new StringWriter(), githubActions: false);
            return output.ToString().Split('\n')
                .Where(l => DiagnosticLine().IsMatch(l))
                .Select(l => l.TrimEnd('\r').Replace(KnowledgeBaseFolder.Display(full) + "/", "facts/", StringComparison.Ordinal))
                .ToArray();
        }
    }

    [GeneratedRegex(@": (error|warning) KG\d{4}: ")]
    private static partial Regex DiagnosticLine();
}
