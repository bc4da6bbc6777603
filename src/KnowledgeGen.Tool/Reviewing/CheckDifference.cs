using System.Globalization;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>A diagnostic of one side, where it stands in that side's facts folder (line and column 1-based).</summary>
public sealed record LocatedDiagnostic(string Id, string Severity, string Message, string File, int Line, int Column)
{
    /// <summary>The diagnostic at the severity the build reports it (<paramref name="reported"/>).</summary>
    public static LocatedDiagnostic From(DiagnosticInfo diagnostic, Diagnostic reported)
    {
        LocationInfo? location = diagnostic.Location;
        return new LocatedDiagnostic(
            diagnostic.Descriptor.Id,
            reported.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            reported.GetMessage(CultureInfo.InvariantCulture),
            location?.FilePath ?? string.Empty,
            (location?.LineSpan.Start.Line ?? 0) + 1,
            (location?.LineSpan.Start.Character ?? 0) + 1);
    }

    /// <summary>"budget.yaml(5,9)", as the build names a place.</summary>
    public string Place => File.Length == 0 ? "(no file)" : $"{File}({Line.ToString(CultureInfo.InvariantCulture)},{Column.ToString(CultureInfo.InvariantCulture)})";
}

/// <summary>
/// What the checks say of the change: the errors the new side has and the old did not (introduced), those the old
/// side had and the new does not (fixed), and every reference of the new side to an id nothing declares. An error
/// is what the side's build fails on, at the severities its configuration sets (a warning raised to an error
/// counts). Errors are matched by id and message, not by place, so that a fact moved or a line inserted above an
/// error is no change to it.
/// </summary>
public sealed record CheckDifference(IReadOnlyList<LocatedDiagnostic> Introduced, IReadOnlyList<LocatedDiagnostic> Fixed, IReadOnlyList<LocatedDiagnostic> Dangling, int NewErrors)
{
    /// <summary>Unknown entity, source, fact, retired fact's replacement and measure: a reference left dangling.</summary>
    private static readonly string[] DanglingIds = ["KG0021", "KG0022", "KG0023", "KG0066", "KG0072"];

    public static readonly CheckDifference None = new([], [], [], 0);

    public static CheckDifference Compare(CheckedKnowledgeBase old, SeverityConfig oldSeverities, CheckedKnowledgeBase @new, SeverityConfig newSeverities)
    {
        List<LocatedDiagnostic> oldErrors = Errors(old, oldSeverities);
        List<LocatedDiagnostic> newErrors = Errors(@new, newSeverities);
        return new CheckDifference(
            Unmatched(newErrors, oldErrors),
            Unmatched(oldErrors, newErrors),
            newErrors.Where(d => DanglingIds.Contains(d.Id)).ToList(),
            newErrors.Count);
    }

    private static List<LocatedDiagnostic> Errors(CheckedKnowledgeBase knowledgeBase, SeverityConfig severities) => knowledgeBase.Diagnostics
        .Select(d => severities.Apply(d) is { Severity: DiagnosticSeverity.Error } reported ? LocatedDiagnostic.From(d, reported) : null)
        .OfType<LocatedDiagnostic>()
        .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>The diagnostics of <paramref name="side"/> without a match (same id and message) left in <paramref name="other"/>: a multiset difference.</summary>
    private static List<LocatedDiagnostic> Unmatched(List<LocatedDiagnostic> side, List<LocatedDiagnostic> other)
    {
        var left = other.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var unmatched = new List<LocatedDiagnostic>();
        foreach (LocatedDiagnostic diagnostic in side)
        {
            if (left.TryGetValue(Key(diagnostic), out int count) && count > 0)
            {
                left[Key(diagnostic)] = count - 1;
            }
            else
            {
                unmatched.Add(diagnostic);
            }
        }

        return unmatched;
    }

    private static string Key(LocatedDiagnostic diagnostic) => diagnostic.Id + "\0" + diagnostic.Message;
}
