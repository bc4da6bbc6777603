using KnowledgeGen.Checking;

namespace KnowledgeGen.Tool;

/// <summary>A facts folder read from disk and checked with the generator's own checks.</summary>
public sealed class KnowledgeBaseFolder
{
    private KnowledgeBaseFolder(string root, CheckedKnowledgeBase knowledgeBase, IReadOnlyDictionary<string, string> texts)
    {
        Root = root;
        KnowledgeBase = knowledgeBase;
        Texts = texts;
    }

    /// <summary>The folder, as a full path with '/' separators.</summary>
    public string Root { get; }

    public CheckedKnowledgeBase KnowledgeBase { get; }

    /// <summary>Every file's text by its full path with '/' separators.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    public static KnowledgeBaseFolder Load(DirectoryInfo folder)
    {
        var texts = Directory.EnumerateFiles(folder.FullName, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => p.Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        return new KnowledgeBaseFolder(folder.FullName.Replace('\\', '/'), KnowledgeBaseChecker.Check(texts.Select(t => (t.Key, t.Value))), texts);
    }

    /// <summary>A path as a user would type it: relative to the current directory where it is below it.</summary>
    public static string Display(string path)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
