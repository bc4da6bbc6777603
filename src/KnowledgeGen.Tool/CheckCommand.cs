using System.Globalization;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tool;

/// <summary>
/// Prints every diagnostic of the build's checks as file(line,col): severity KGnnnn: message, and, when run in
/// GitHub Actions, as annotation lines too, each at the severity the project's build gives it (see
/// <see cref="BuildSeverities"/>). Exits 1 exactly when the build would fail: an error, or a warning raised to one.
/// </summary>
public static class CheckCommand
{
    public static int Run(KnowledgeBaseFolder folder, TextWriter output, bool githubActions)
    {
        var diagnostics = folder.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
            .ToList();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            string severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            // As the compiler prints it, so that a line reads the same from the tool and from a build.
            string link = diagnostic.Descriptor.HelpLinkUri.Length > 0 ? $" ({diagnostic.Descriptor.HelpLinkUri})" : string.Empty;
            if (diagnostic.Location.Kind == LocationKind.None)
            {
                output.WriteLine($"{severity} {diagnostic.Id}: {message}{link}");
                continue;
            }

            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            string file = KnowledgeBaseFolder.Display(span.Path);
            int line = span.StartLinePosition.Line + 1;
            int column = span.StartLinePosition.Character + 1;
            output.WriteLine($"{file}({line},{column}): {severity} {diagnostic.Id}: {message}{link}");
            if (githubActions)
            {
                output.WriteLine($"::{severity} file={file},line={line},col={column},title={diagnostic.Id}::{Escape(message)}");
            }
        }

        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine($"{folder.KnowledgeBase.Index.FactCount} facts checked: {errors} error(s), {warnings} warning(s).");
        return errors > 0 ? 1 : 0;
    }

    /// <summary>GitHub's workflow commands read '%', CR and LF specially in a message.</summary>
    private static string Escape(string message) => message.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
}
