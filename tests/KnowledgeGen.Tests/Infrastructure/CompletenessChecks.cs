using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// The checks of whether a knowledge base is complete rather than correct: a stage or measure not given
/// (KG0070), an alias that names no one (KG0073), an entity its sentence does not name (KG0076), a sentence
/// neither cited nor listed (KG0078). Test fixtures are small knowledge bases that are deliberately incomplete,
/// so the harnesses leave these warnings out of what a test sees unless it asks for all of them; the
/// repository's own knowledge base is held to every one of them that its build configuration (.globalconfig)
/// does not lower.
/// </summary>
public static partial class CompletenessChecks
{
    public static readonly ImmutableHashSet<string> Ids = ImmutableHashSet.Create("KG0070", "KG0073", "KG0076", "KG0078");

    /// <summary>The checks the repository's .globalconfig lowers below warning for its own build, while its content is brought up to them.</summary>
    public static ImmutableHashSet<string> LoweredInRepository { get; } = ReadLowered();

    /// <summary>The diagnostics a test sees: all but completeness warnings on fixtures, and on the repository's facts those its build lowers.</summary>
    public static ImmutableArray<Diagnostic> Hide(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Where(d => !Hidden(d.Id, d.Location.GetLineSpan().Path)).ToImmutableArray();

    public static bool Hidden(string id, string? path)
    {
        if (!Ids.Contains(id))
        {
            return false;
        }

        return !InRepositoryFacts(path) || LoweredInRepository.Contains(id);
    }

    private static bool InRepositoryFacts(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        string normal = path.Replace('\\', '/');
        return normal.StartsWith("facts/", StringComparison.Ordinal)
            || normal.StartsWith(RepositoryPaths.Facts.Replace('\\', '/') + "/", StringComparison.Ordinal);
    }

    private static ImmutableHashSet<string> ReadLowered()
    {
        string path = Path.Combine(RepositoryPaths.Root, ".globalconfig");
        if (!File.Exists(path))
        {
            return ImmutableHashSet<string>.Empty;
        }

        return File.ReadAllLines(path)
            .Select(line => LoweredLine().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToImmutableHashSet();
    }

    [GeneratedRegex(@"^\s*dotnet_diagnostic\.(KG\d{4})\.severity\s*=\s*(suggestion|silent|none)\s*$")]
    private static partial Regex LoweredLine();
}
