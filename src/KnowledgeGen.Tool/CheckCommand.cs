using System.Globalization;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tool;

/// <summary>
/// Prints every diagnostic of the build's checks as file(line,col): severity KGnnnn: message, and, when run in
/// GitHub Actions, as annotation lines too. Exits 1 if there is an error.
/// </summary>
public static class CheckCommand
{
    public static int Run(KnowledgeBaseFolder folder, TextWriter output, bool githubActions)
    {
        var diagnostics = folder.Diagnostics
            .OrderBy(d => d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.LineSpan.Start.Line ?? 0)
            .ThenBy(d => d.Location?.LineSpan.Start.Character ?? 0)
            .ToList();
        foreach (DiagnosticInfo info in diagnostics)
        {
            Diagnostic diagnostic = info.ToDiagnostic();
            string severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (info.Location is null)
            {
                output.WriteLine($"{severity} {diagnostic.Id}: {message}");
                continue;
            }

            // A file name is the one part of the line that no message argument escapes already; and no line may
            // start with "::", which CI reads as a workflow command, because of a file's name.
            string file = PrintableText.Escape(KnowledgeBaseFolder.Display(info.Location.FilePath));
            file = file.StartsWith("::", StringComparison.Ordinal) ? "./" + file : file;
            int line = info.Location.LineSpan.Start.Line + 1;
            int column = info.Location.LineSpan.Start.Character + 1;
            output.WriteLine($"{file}({line},{column}): {severity} {diagnostic.Id}: {message}");
            if (githubActions)
            {
                output.WriteLine($"::{severity} file={EscapeProperty(file)},line={line},col={column},title={diagnostic.Id}::{Escape(message)}");
            }
        }

        int errors = diagnostics.Count(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        output.WriteLine($"{folder.KnowledgeBase.Index.FactCount} facts checked: {errors} error(s), {diagnostics.Count - errors} warning(s).");
        return errors > 0 ? 1 : 0;
    }

    /// <summary>GitHub's workflow commands read '%', CR and LF specially in a message.</summary>
    private static string Escape(string message) => message.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>In a property (file=...), ',' ends the value and ':' may end the properties, so both are escaped too.</summary>
    private static string EscapeProperty(string value) => Escape(value).Replace(":", "%3A").Replace(",", "%2C");
}
