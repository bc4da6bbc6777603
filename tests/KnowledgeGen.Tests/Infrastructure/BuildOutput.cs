using System.Text.RegularExpressions;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>One diagnostic line a build printed: where it stands (relative to the project), and its ID.</summary>
public sealed record BuiltDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}";
}

/// <summary>
/// Reads the diagnostics a `dotnet build` printed, each once: MSBuild prints every warning and error a second
/// time in its summary, after "Build FAILED." or "Build succeeded.", so only the lines before it are read.
/// </summary>
public static partial class BuildOutput
{
    public static IReadOnlyList<BuiltDiagnostic> Diagnostics(string output, string projectDirectory)
    {
        string compilerOutput = BeforeSummary(output);
        string root = projectDirectory.Replace('\\', '/').TrimEnd('/') + "/";
        var diagnostics = new List<BuiltDiagnostic>();
        foreach (string line in compilerOutput.Split('\n'))
        {
            Match match = LocatedDiagnostic().Match(line.Trim());
            if (match.Success)
            {
                string file = match.Groups["file"].Value.Replace('\\', '/');
                diagnostics.Add(new BuiltDiagnostic(
                    file.StartsWith(root, StringComparison.Ordinal) ? file[root.Length..] : file,
                    int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    match.Groups["severity"].Value,
                    match.Groups["id"].Value,
                    match.Groups["message"].Value));
            }
            else if (UnlocatedDiagnostic().Match(line.Trim()) is { Success: true } unlocated)
            {
                diagnostics.Add(new BuiltDiagnostic(string.Empty, 0, 0, unlocated.Groups["severity"].Value, unlocated.Groups["id"].Value, unlocated.Groups["message"].Value));
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// The lines a build of several projects printed for one of them, before the summary: MSBuild ends each warning
    /// and error line with the path of the project file it belongs to, in brackets.
    /// </summary>
    public static string ForProject(string output, string projectFile)
        => string.Join('\n', BeforeSummary(output).Split('\n').Where(line => line.TrimEnd('\r').EndsWith(" [" + projectFile + "]", StringComparison.Ordinal)));

    private static string BeforeSummary(string output) => output.Split(["Build FAILED.", "Build succeeded."], StringSplitOptions.None)[0];

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)(,\d+,\d+)?\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)( \[[^\]]*\])?$")]
    private static partial Regex LocatedDiagnostic();

    [GeneratedRegex(@"^(CSC|.*\.csproj) ?: (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)( \[[^\]]*\])?$")]
    private static partial Regex UnlocatedDiagnostic();
}
