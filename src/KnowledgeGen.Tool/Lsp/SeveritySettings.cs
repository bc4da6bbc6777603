using System.Text.RegularExpressions;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// The severities set with <c>dotnet_diagnostic.KGnnnn.severity</c> in the .editorconfig files above a
/// knowledge base, nearest first, up to one marked <c>root = true</c>: the build reads the same settings from the
/// sections that match the project's C# files (docs/diagnostics.md, "Severity"), so a setting in any section counts.
/// </summary>
public static partial class SeveritySettings
{
    public static SeverityConfig Read(string folder)
    {
        var entries = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);
        for (DirectoryInfo? directory = new(folder); directory is not null; directory = directory.Parent)
        {
            string file = Path.Combine(directory.FullName, ".editorconfig");
            if (!File.Exists(file))
            {
                continue;
            }

            bool root = false;
            foreach (string line in File.ReadLines(file))
            {
                Match setting = Setting().Match(line);
                if (setting.Success && Parse(setting.Groups[2].Value) is { } severity)
                {
                    // A nearer file has already set it.
                    entries.TryAdd(setting.Groups[1].Value, new ConfiguredSeverity(setting.Groups[1].Value.ToUpperInvariant(), severity));
                }

                root |= RootLine().IsMatch(line);
            }

            if (root)
            {
                break;
            }
        }

        return entries.Count == 0 ? SeverityConfig.None : new SeverityConfig(entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToEquatableArray());
    }

    private static ReportDiagnostic? Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "error" => ReportDiagnostic.Error,
        "warning" => ReportDiagnostic.Warn,
        "suggestion" => ReportDiagnostic.Info,
        "silent" => ReportDiagnostic.Hidden,
        "none" => ReportDiagnostic.Suppress,
        "default" => ReportDiagnostic.Default,
        _ => null,
    };

    [GeneratedRegex(@"^\s*dotnet_diagnostic\.(KG\d{4})\.severity\s*=\s*([A-Za-z]+)\s*(?:[#;].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Setting();

    [GeneratedRegex(@"^\s*root\s*=\s*true\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RootLine();
}
