using System.Text.RegularExpressions;

namespace KnowledgeGen.Tests;

/// <summary>
/// The places the diagnostic pages' examples name, checked without the build <see cref="DiagnosticPageTests"/>
/// runs, so that they hold for the pages whose example is not built too.
/// </summary>
public sealed partial class DiagnosticPagePlaceTests
{
    /// <summary>
    /// Without a build, also for the pages whose example is not run: each place an example's output names in a fact
    /// file lies inside that file as the page (or the index, for a file the page leaves as it is) shows it, counting
    /// a YAML block's `# file:` line as its line 1.
    /// </summary>
    [Theory]
    [MemberData(nameof(DiagnosticPageTests.Ids), MemberType = typeof(DiagnosticPageTests))]
    public void Every_place_an_example_names_lies_in_the_file_as_the_page_shows_it(string id)
    {
        string page = DiagnosticPageTests.ReadPage(id);
        IReadOnlyList<DiagnosticPageTests.CodeBlock> example = DiagnosticPageTests.Blocks(DiagnosticPageTests.Section(page, "## Example"));
        DiagnosticPageTests.Consumer consumer = DiagnosticPageTests.ConsumerFiles(example, id);
        foreach (DiagnosticPageTests.CodeBlock shown in example.Where(b => b.Language == "text" && !DiagnosticPageTests.FileLine().IsMatch(b.Text)))
        {
            foreach (Match place in Place().Matches(shown.Text).Where(m => consumer.Facts.ContainsKey(m.Groups[1].Value)))
            {
                string[] lines = consumer.Facts[place.Groups[1].Value].Split('\n');
                int line = int.Parse(place.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                int column = int.Parse(place.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(line <= lines.Length && column <= lines[line - 1].Length, $"{id}: {place.Value} is not inside the file as the page shows it");
                Assert.NotEqual(' ', lines[line - 1][column - 1]);
            }
        }
    }

    [GeneratedRegex(@"\bfacts/([\w./-]+)\((\d+),(\d+)\)")]
    private static partial Regex Place();
}
