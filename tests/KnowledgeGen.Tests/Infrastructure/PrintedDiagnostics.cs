using System.Globalization;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>KnowledgeGen's diagnostics as a build prints them, one a line, in order, for comparing whole outputs.</summary>
public static class PrintedDiagnostics
{
    /// <summary>Lines such as <c>facts.yaml(5,13): error KG0021: …</c>; <paramref name="folder"/> is left out of paths and messages.</summary>
    public static string[] Of(IEnumerable<Diagnostic> diagnostics, string folder = "")
        => InOrder(diagnostics.Where(d => d.Id.StartsWith("KG", StringComparison.Ordinal)), folder)
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Every diagnostic given, KnowledgeGen's or another's, in the order given, as <see cref="Of"/> prints it.</summary>
    public static string[] InOrder(IEnumerable<Diagnostic> diagnostics, string folder = "")
        => diagnostics.Select(d => Line(d, folder)).ToArray();

    private static string Line(Diagnostic diagnostic, string folder)
    {
        string severity = diagnostic.Severity.ToString().ToLowerInvariant();
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (folder.Length > 0)
        {
            message = message.Replace(folder, string.Empty, StringComparison.Ordinal);
        }

        if (diagnostic.Location == Location.None)
        {
            return $"CSC : {severity} {diagnostic.Id}: {message}";
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string path = folder.Length > 0 ? span.Path.Replace(folder, string.Empty, StringComparison.Ordinal) : span.Path;
        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message}";
    }
}
