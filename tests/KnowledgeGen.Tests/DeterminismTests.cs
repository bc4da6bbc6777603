using System.Globalization;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests;

/// <summary>
/// The generated code for the repository's knowledge base is byte-identical whatever the current culture, the
/// order in which the files arrive, and the line endings of the fact files.
/// </summary>
public class DeterminismTests
{
    private static readonly IReadOnlyList<AdditionalText> Files = GeneratorHarness.FilesIn(RepositoryPaths.Facts);
    private static readonly IReadOnlyDictionary<string, string> Baseline = RunInCulture(CultureInfo.InvariantCulture, Files);

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_is_identical_in_every_culture(string culture)
        => AssertSame(Baseline, RunInCulture(new CultureInfo(culture), Files));

    [Fact]
    public void Output_is_identical_whatever_the_order_of_the_files()
        => AssertSame(Baseline, RunInCulture(CultureInfo.InvariantCulture, Files.Reverse().ToList()));

    [Fact]
    public void Output_is_identical_with_crlf_fact_files()
    {
        // Only the YAML changes: the source texts are evidence, and their SHA-256 pins their bytes.
        List<AdditionalText> crlf = Files
            .Select(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)
                ? new InMemoryAdditionalText(f.Path, f.GetText()!.ToString().Replace("\n", "\r\n"))
                : f)
            .ToList();

        AssertSame(Baseline, RunInCulture(CultureInfo.InvariantCulture, crlf));
    }

    private static IReadOnlyDictionary<string, string> RunInCulture(CultureInfo culture, IReadOnlyList<AdditionalText> files)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            GeneratorResult result = GeneratorHarness.Run(files);
            DiagnosticAssert.None(result.GeneratorDiagnostics);
            return result.GeneratedSources;
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    private static void AssertSame(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach ((string hintName, string text) in expected)
        {
            Assert.True(text == actual[hintName], hintName + " differs");
        }
    }
}
