using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// One knowledge-base folder as the editor sees it: the files on disk, with the text of each open document in
/// place of its file. Every check is the build's (<see cref="KnowledgeBaseChecker"/>); a fact file or source text
/// whose text has not changed since the last check is not parsed or split again.
/// </summary>
public sealed class Workspace
{
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, FactFileSpec Spec)> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, SourceDocument Document)> _split = new(StringComparer.Ordinal);
    private readonly string _displayDirectory;

    public Workspace(string folder, string displayDirectory)
    {
        Folder = Path.GetFullPath(folder);
        _displayDirectory = displayDirectory;
        Severities = SeveritySettings.Read(Folder);
    }

    /// <summary>The folder holding the knowledge base (the one with sources.yaml), as a full path.</summary>
    public string Folder { get; }

    /// <summary>The severities the repository configures for KG warnings.</summary>
    public SeverityConfig Severities { get; }

    public bool Holds(string path) => path.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public void Open(string path, string text) => _open[path] = text;

    public void Close(string path) => _open.Remove(path);

    public bool IsOpen(string path) => _open.ContainsKey(path);

    /// <summary>The text of a file as the editor holds it, else as it stands on disk; null where there is none.</summary>
    public string? TextOf(string path)
    {
        if (_open.TryGetValue(path, out string? text))
        {
            return text;
        }

        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Runs the build's checks over every fact file and source text of the folder as they stand now.</summary>
    public Snapshot Check(CancellationToken cancellationToken = default)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            paths.Add(path);
        }

        paths.UnionWith(_open.Keys.Where(Holds));
        var factFiles = new List<FactFileSpec>();
        var documents = new List<SourceDocument>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            bool isFactFile = FilePaths.IsFactFile(path);
            if (!isFactFile && !FilePaths.IsSourceText(path))
            {
                continue;
            }

            string? text = TextOf(path);
            if (text is null)
            {
                continue;
            }

            texts[path] = text;
            if (isFactFile)
            {
                factFiles.Add(Parsed(path, text, cancellationToken));
            }
            else
            {
                documents.Add(Split(path, text));
            }
        }

        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check(factFiles, documents, _displayDirectory, cancellationToken);
        return new Snapshot(checkedBase, texts, Severities);
    }

    private FactFileSpec Parsed(string path, string text, CancellationToken cancellationToken)
    {
        if (_parsed.TryGetValue(path, out var memo) && memo.Text == text)
        {
            return memo.Spec;
        }

        FactFileSpec spec = FactFileParser.Parse(path, text, cancellationToken);
        _parsed[path] = (text, spec);
        return spec;
    }

    private SourceDocument Split(string path, string text)
    {
        if (_split.TryGetValue(path, out var memo) && memo.Text == text)
        {
            return memo.Document;
        }

        SourceDocument document = SourceDocument.Create(FilePaths.Normalize(path), text);
        _split[path] = (text, document);
        return document;
    }
}
