using System.Text;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// One side of a comparison, as the user named it: a facts folder, or <c>git:&lt;revision&gt;</c> for the same
/// folder as it stood at that revision (read from the repository's history, nothing checked out).
/// </summary>
public static class FactsSide
{
    public const string GitPrefix = "git:";

    public static bool IsGit(string side) => side.StartsWith(GitPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The fact files and source texts of a side, with paths relative to its facts folder. A git side reads the
    /// folder <paramref name="folder"/> names (the other side's folder) at its revision, or, when that is null,
    /// the folder facts/ at the root of the repository the current directory is in.
    /// </summary>
    public static List<(string Path, string Text)> Read(string side, string? folder)
    {
        if (!IsGit(side))
        {
            return ReadFolder(side);
        }

        (string repository, string revision, string inRepository) = Locate(side, folder);
        return GitRevision.ReadFolder(repository, revision, inRepository, Wanted);
    }

    /// <summary>
    /// The KG severities a build of a side reads (<see cref="BuildSeverities"/>): a folder's from its
    /// configuration files as they stand; a git side's from those its revision holds, and above the repository from
    /// those on disk, as a build of that revision checked out in place would read them.
    /// </summary>
    public static SeverityConfig Severities(string side, string? folder)
    {
        if (!IsGit(side))
        {
            return BuildSeverities.For(new DirectoryInfo(side));
        }

        (string repository, string revision, string inRepository) = Locate(side, folder);
        var factsFolder = new DirectoryInfo(Path.Combine(repository, inRepository));
        string InRepository(string path) => Path.GetRelativePath(repository, path).Replace('\\', '/');
        bool Outside(string relative) => relative == ".." || relative.StartsWith("../", StringComparison.Ordinal);
        Dictionary<string, string> held = GitRevision.ReadFiles(repository, revision, BuildSeverities.ConfigurationFiles(factsFolder).Select(InRepository).Where(r => !Outside(r)).ToList())
            .ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        return BuildSeverities.For(factsFolder, path =>
        {
            string relative = InRepository(path);
            return Outside(relative) ? (File.Exists(path) ? File.ReadAllText(path) : null) : held.GetValueOrDefault(relative);
        });
    }

    /// <summary>
    /// A git side's repository, revision and folder (relative to the repository's root, '/'-separated): the folder
    /// <paramref name="folder"/> names (the other side's folder), or, when that is null, facts/ at the root of the
    /// repository the current directory is in.
    /// </summary>
    private static (string Repository, string Revision, string Folder) Locate(string side, string? folder)
    {
        string revision = side[GitPrefix.Length..];
        if (revision.Length == 0)
        {
            throw new UnreadableInputException("'git:' needs a revision after it, such as git:main or git:HEAD~1.");
        }

        if (folder is null)
        {
            return (GitRevision.RepositoryRoot(Directory.GetCurrentDirectory()), revision, DefaultFolder);
        }

        string full = Path.GetFullPath(folder);
        string existing = full;
        while (!Directory.Exists(existing))
        {
            existing = Path.GetDirectoryName(existing) ?? throw new UnreadableInputException($"No folder of '{folder}' exists to find its git repository from.");
        }

        string repository = GitRevision.RepositoryRoot(existing);
        string inRepository = Path.GetRelativePath(repository, full).Replace('\\', '/');
        if (inRepository == ".")
        {
            inRepository = string.Empty;
        }
        else if (inRepository.StartsWith("..", StringComparison.Ordinal))
        {
            throw new UnreadableInputException($"'{folder}' is outside the git repository at '{repository}'.");
        }

        return (repository, revision, inRepository);
    }

    /// <summary>The knowledge base's folder in a repository, which a diff of two revisions compares.</summary>
    public const string DefaultFolder = "facts";

    /// <summary>The folder a git side reads: the folder side's, or null (the repository's facts/) when both are revisions.</summary>
    public static string? FolderFor(string side, string otherSide)
        => !IsGit(side) ? side : !IsGit(otherSide) ? otherSide : null;

    private static List<(string Path, string Text)> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UnreadableInputException($"'{folder}' is neither a folder nor git:<revision>.");
        }

        // Found as every command finds them: a link or an unsafe name stops the diff, rather than being followed or
        // left out of what the reviewer reads.
        KnowledgeBaseFiles found = KnowledgeBaseFiles.Of(folder);
        if (found.Refused.Count > 0)
        {
            var refused = found.Refused[0].ToDiagnostic();
            throw new UnreadableInputException($"{refused.Id}: {refused.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var files = new List<(string Path, string Text)>();
        foreach (string path in found.Readable)
        {
            string relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            try
            {
                files.Add((relative, File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                throw new UnreadableInputException($"Could not read '{PrintableText.Escape(KnowledgeBaseFolder.Display(path))}': {e.Message}");
            }
        }

        if (!files.Any(f => FilePaths.IsFactFile(f.Path)))
        {
            throw new UnreadableInputException($"'{folder}' holds no fact files (*.yaml, *.yml).");
        }

        return files;
    }

    private static bool Wanted(string path) => FilePaths.IsFactFile(path) || FilePaths.IsSourceText(path);
}
