using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tool;

/// <summary>
/// A facts folder read from disk and checked with the generator's own checks. Files are named by their path
/// relative to the current directory, so that every message (and every path inside a message) reads as the
/// user would type it.
/// </summary>
public sealed class KnowledgeBaseFolder
{
    private const string SourcesFile = "sources.yaml";

    private KnowledgeBaseFolder(CheckedKnowledgeBase knowledgeBase, SeverityConfig severities)
    {
        KnowledgeBase = knowledgeBase;
        Severities = severities;
    }

    public CheckedKnowledgeBase KnowledgeBase { get; }

    /// <summary>The KG severities the project's build reads from its configuration files.</summary>
    public SeverityConfig Severities { get; }

    /// <summary>
    /// Every diagnostic a build prints, at the severity the configuration gives it: those turned off, or lowered to
    /// suggestion or silent (which a build does not print), left out.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics => KnowledgeBase.Diagnostics
        .Select(Severities.Apply)
        .OfType<Diagnostic>()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    /// <summary>Whether the build would fail: an error, or a warning the configuration raises to one.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public static KnowledgeBaseFolder Load(DirectoryInfo folder)
    {
        var files = Directory.EnumerateFiles(folder.FullName, "*", SearchOption.AllDirectories)
            .Where(p => FilePaths.IsFactFile(p) || FilePaths.IsSourceText(p))
            .Select(p => (Display(p), File.ReadAllText(p)));
        // Paths named inside messages read as the file locations do: relative to where the command runs. The
        // files are named relative to it already, so that a path outside it is shown as ../x rather than in full.
        return new KnowledgeBaseFolder(KnowledgeBaseChecker.Check(files, Directory.GetCurrentDirectory()), BuildSeverities.For(folder));
    }

    /// <summary>
    /// Loads the folder, or writes one line saying why it is not a knowledge base (missing, a file, no fact files,
    /// no sources declared: usually a subfolder of one) and returns null, so that a wrong folder never produces
    /// hundreds of knock-on errors.
    /// </summary>
    public static KnowledgeBaseFolder? TryLoad(DirectoryInfo folder, TextWriter error)
    {
        if (!folder.Exists)
        {
            string typed = folder.ToString(); // as given, which says more than a path made relative to here
            error.WriteLine(File.Exists(folder.FullName)
                ? $"'{typed}' is a file; give the folder that holds the knowledge base (the one with {SourcesFile})."
                : $"There is no folder '{typed}'; give the folder that holds the knowledge base (the one with {SourcesFile}).");
            return null;
        }

        string shown = Display(folder.FullName);
        bool hasFactFiles = Directory.EnumerateFiles(folder.FullName, "*", SearchOption.AllDirectories).Any(FilePaths.IsFactFile);
        if (!hasFactFiles)
        {
            error.WriteLine($"'{shown}' holds no fact files (*.yaml, *.yml){Hint(folder)}");
            return null;
        }

        KnowledgeBaseFolder loaded = Load(folder);
        if (!loaded.KnowledgeBase.Files.Any(f => f.File.Sources.Count > 0))
        {
            error.WriteLine($"'{shown}' has no {SourcesFile} and declares no sources, so it is not a whole knowledge base{Hint(folder)}");
            return null;
        }

        return loaded;
    }

    /// <summary>A path as a user would type it: relative to the current directory, with forward slashes.</summary>
    public static string Display(string path)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return Path.IsPathRooted(relative) ? path.Replace('\\', '/') : relative;
    }

    /// <summary>"; give ..., such as 'facts'" naming the nearest folder above with a sources.yaml, where there is one.</summary>
    private static string Hint(DirectoryInfo folder)
    {
        for (DirectoryInfo? parent = folder.Parent; parent is not null; parent = parent.Parent)
        {
            if (File.Exists(Path.Combine(parent.FullName, SourcesFile)))
            {
                return $"; give the knowledge base's root folder, such as '{Display(parent.FullName)}', which has {SourcesFile}.";
            }
        }

        return $"; give the folder that holds the knowledge base's {SourcesFile}.";
    }
}
