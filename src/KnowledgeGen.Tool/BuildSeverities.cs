using KnowledgeGen.Model;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tool;

/// <summary>
/// The KG severities a build of the project holding a facts folder reads, found without a build: the
/// <c>.editorconfig</c> and <c>.globalconfig</c> files of the folder above the facts folder (where a project keeps
/// its <c>facts/</c>) and of every folder above it, as MSBuild passes them to the compiler, read by Roslyn's own
/// <see cref="AnalyzerConfigSet"/>. The generator reads a setting from the sections matching the project's C#
/// files, so the setting taken here is the one for a C# file in that folder.
/// </summary>
public static class BuildSeverities
{
    private const string EditorConfig = ".editorconfig";
    private const string GlobalConfig = ".globalconfig";

    public static SeverityConfig For(DirectoryInfo factsFolder)
        => For(factsFolder, path => File.Exists(path) ? File.ReadAllText(path) : null);

    /// <summary>
    /// The same, with each configuration file read through <paramref name="read"/> (an absolute path; null where
    /// no such file is): a facts folder as a revision of its repository holds it, not as it stands on disk.
    /// </summary>
    public static SeverityConfig For(DirectoryInfo factsFolder, Func<string, string?> read)
    {
        DirectoryInfo project = factsFolder.Parent ?? factsFolder;
        var configs = new List<AnalyzerConfig>();
        foreach (string path in ConfigurationFiles(factsFolder))
        {
            if (read(path) is string text)
            {
                configs.Add(AnalyzerConfig.Parse(text, path));
            }
        }

        if (configs.Count == 0)
        {
            return SeverityConfig.None;
        }

        AnalyzerConfigSet set = AnalyzerConfigSet.Create(configs, out _);
        AnalyzerConfigOptionsResult global = set.GlobalConfigOptions;
        AnalyzerConfigOptionsResult file = set.GetOptionsForSourcePath(Path.Combine(project.FullName, "Program.cs"));
        // As the generator asks the compiler: a global setting first, then the C# file's sections.
        return SeverityConfig.From(id => global.TreeOptions.TryGetValue(id, out ReportDiagnostic g) ? g
            : file.TreeOptions.TryGetValue(id, out ReportDiagnostic f) ? f
            : null);
    }

    /// <summary>Where a build of the project holding <paramref name="factsFolder"/> looks for its configuration files, nearest first.</summary>
    public static IEnumerable<string> ConfigurationFiles(DirectoryInfo factsFolder)
    {
        for (DirectoryInfo? folder = factsFolder.Parent ?? factsFolder; folder is not null; folder = folder.Parent)
        {
            yield return Path.Combine(folder.FullName, EditorConfig);
            yield return Path.Combine(folder.FullName, GlobalConfig);
        }
    }
}
