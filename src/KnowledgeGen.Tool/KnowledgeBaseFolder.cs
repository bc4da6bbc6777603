using KnowledgeGen.Checking;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool;

/// <summary>A facts folder read from disk and checked with the generator's own checks.</summary>
public sealed class KnowledgeBaseFolder
{
    private KnowledgeBaseFolder(CheckedKnowledgeBase knowledgeBase)
    {
        KnowledgeBase = knowledgeBase;
    }

    public CheckedKnowledgeBase KnowledgeBase { get; }

    public static KnowledgeBaseFolder Load(DirectoryInfo folder)
    {
        var files = Directory.EnumerateFiles(folder.FullName, "*", SearchOption.AllDirectories)
            .Where(p => FilePaths.IsFactFile(p) || FilePaths.IsSourceText(p))
            .Select(p => (p.Replace('\\', '/'), File.ReadAllText(p)));
        // Paths named inside messages read as the file locations do: relative to where the command runs.
        return new KnowledgeBaseFolder(KnowledgeBaseChecker.Check(files, Directory.GetCurrentDirectory()));
    }

    /// <summary>A path as a user would type it: relative to the current directory where it is below it.</summary>
    public static string Display(string path)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
