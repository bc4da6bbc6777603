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

    private KnowledgeBaseFolder(CheckedKnowledgeBase knowledgeBase, IReadOnlyList<DiagnosticInfo> fileDiagnostics, SeverityConfig severities)
    {
        KnowledgeBase = knowledgeBase;
        Diagnostics = knowledgeBase.Diagnostics.Concat(fileDiagnostics).ToList();
        Severities = severities;
    }

    public CheckedKnowledgeBase KnowledgeBase { get; }

    /// <summary>The checks' diagnostics, and those of the folder's files: each refused (KG0007, KG0008) or read by nothing (KG0054).</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

    /// <summary>The KG severities the project's build reads from its configuration files.</summary>
    public SeverityConfig Severities { get; }

    /// <summary>
    /// Every diagnostic as a build prints it, at the severity the configuration gives it: those turned off, or
    /// lowered to suggestion or silent (which a build does not print), left out.
    /// </summary>
    public IReadOnlyList<(DiagnosticInfo Info, Diagnostic Reported)> Reported => Diagnostics
        .Select(info => (Info: info, Reported: Severities.Apply(info)))
        .Where(d => d.Reported is { Severity: >= DiagnosticSeverity.Warning })
        .Select(d => (d.Info, d.Reported!))
        .ToList();

    /// <summary>Whether the build would fail: an error, or a warning the configuration raises to one.</summary>
    public bool HasErrors => Reported.Any(d => d.Reported.Severity == DiagnosticSeverity.Error);

    public static KnowledgeBaseFolder Load(DirectoryInfo folder)
    {
        KnowledgeBaseFiles found = KnowledgeBaseFiles.Of(folder.FullName);
        var files = found.Readable.Select(p => (Display(p), File.ReadAllText(p)));
        // Paths named inside messages read as the file locations do: relative to where the command runs. The
        // files are named relative to it already, so that a path outside it is shown as ../x rather than in full.
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check(files, Directory.GetCurrentDirectory());
        return new KnowledgeBaseFolder(checkedBase, found.Refused.Concat(Unread(found, checkedBase)).ToList(), BuildSeverities.For(folder));
    }

    /// <summary>
    /// Files a reviewer would not see in any check, diff or report because nothing reads them: files that are
    /// neither fact files nor source texts, and source texts no source declares. A README.md explains the folder
    /// and is left alone.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> Unread(KnowledgeBaseFiles found, CheckedKnowledgeBase checkedBase)
    {
        var declared = new HashSet<string>(checkedBase.Files.SelectMany(f => f.File.Sources).Select(s => s.ResolvedPath), StringComparer.Ordinal);
        foreach (string path in found.Others.Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.OrdinalIgnoreCase)))
        {
            yield return DiagnosticInfo.Create(KnowledgeGen.Diagnostics.UnreadFile, LocationInfo.StartOf(path), Display(path), "is neither a fact file (*.yaml, *.yml) nor a source text (*.txt)");
        }

        // A fact file that could not be read may declare the texts: its one YAML error is the one to fix.
        bool declarationsMissing = checkedBase.Files.Any(f => ClaimSummary.ReadingStoppedIn(f.File));
        foreach (string path in found.Readable.Where(p => !declarationsMissing && FilePaths.IsSourceText(p) && !declared.Contains(FilePaths.Normalize(Display(p)))))
        {
            yield return DiagnosticInfo.Create(KnowledgeGen.Diagnostics.UnreadFile, LocationInfo.StartOf(path), Display(path), "is a text that no source declares");
        }
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
        bool hasFactFiles = KnowledgeBaseFiles.Of(folder.FullName).Readable.Any(FilePaths.IsFactFile);
        if (!hasFactFiles)
        {
            error.WriteLine($"'{shown}' holds no fact files (*.yaml, *.yml){Hint(folder)}");
            return null;
        }

        KnowledgeBaseFolder loaded = Load(folder);
        // A sources.yaml that could not be read declares nothing: its YAML error is the message, not this one.
        if (!loaded.KnowledgeBase.Files.Any(f => f.File.Sources.Count > 0) && !File.Exists(Path.Combine(folder.FullName, SourcesFile)))
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
