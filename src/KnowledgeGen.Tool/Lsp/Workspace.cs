using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// One knowledge-base folder as the editor sees it: the files on disk, with the text of each open document in
/// place of its file. Every check is the build's (<see cref="KnowledgeBaseChecker"/>); a fact file or source text
/// whose text has not changed since the last check is not read, parsed or split again, and a fact file is not
/// checked again unless it or the declarations of the others (the catalog) changed.
/// </summary>
public sealed class Workspace
{
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, FactFileSpec Spec)> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, SourceDocument Document)> _split = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FactFileSpec Spec, KnowledgeCatalog Catalog, CheckedFactFile Result)> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTime Written, long Length, string Text)> _disk = new(StringComparer.Ordinal);
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

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        // Read again only when the file has been written since.
        if (!_disk.TryGetValue(path, out var read) || read.Written != file.LastWriteTimeUtc || read.Length != file.Length)
        {
            read = (file.LastWriteTimeUtc, file.Length, File.ReadAllText(path));
            _disk[path] = read;
        }

        return read.Text;
    }

    /// <summary>Runs the build's checks over every fact file and source text of the folder as they stand now.</summary>
    public Snapshot Check(CancellationToken cancellationToken = default)
    {
        // The files every command reads, links and unsafe names refused as the build's path gate refuses them; an
        // open document stands in for its file.
        KnowledgeBaseFiles found = KnowledgeBaseFiles.Of(Folder);
        var factFiles = new List<FactFileSpec>();
        var documents = new List<SourceDocument>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in found.Readable)
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

        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check(factFiles, documents, _displayDirectory, cancellationToken, (file, catalog) => Checked(file, catalog, cancellationToken));
        return new Snapshot(checkedBase, checkedBase.Diagnostics.Concat(found.Refused).ToList(), texts, Severities);
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

    /// <summary>A file's own checks, again only where the file or what it depends on from other files (the catalog) changed.</summary>
    private CheckedFactFile Checked(FactFileSpec file, KnowledgeCatalog catalog, CancellationToken cancellationToken)
    {
        if (_checked.TryGetValue(file.Path, out var memo) && ReferenceEquals(memo.Spec, file) && memo.Catalog.Equals(catalog))
        {
            return memo.Result;
        }

        CheckedFactFile result = FactFileChecker.Check(file, catalog, cancellationToken);
        _checked[file.Path] = (file, catalog, result);
        return result;
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
