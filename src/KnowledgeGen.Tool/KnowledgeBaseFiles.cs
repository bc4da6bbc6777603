using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool;

/// <summary>
/// The files of a knowledge base's folder, found the one way every command finds them and held to the build's
/// path rule (<see cref="KnowledgeBasePaths"/>): a symbolic link, file or folder, is refused and never followed,
/// and so is a path with a character outside the safe set, each with the diagnostic the build's path gate
/// reports (KG0007, KG0008). What remains is split into the files KnowledgeGen reads (fact files and source
/// texts) and the others, which nothing reads.
/// </summary>
public sealed class KnowledgeBaseFiles
{
    private KnowledgeBaseFiles(List<string> readable, List<string> others, List<DiagnosticInfo> refused)
    {
        Readable = readable;
        Others = others;
        Refused = refused;
    }

    /// <summary>Full paths of the fact files and source texts, in ordinal order.</summary>
    public IReadOnlyList<string> Readable { get; }

    /// <summary>Full paths of the other files, neither fact files nor source texts, in ordinal order.</summary>
    public IReadOnlyList<string> Others { get; }

    /// <summary>A KG0007 or KG0008 at each file or link refused, in the order found.</summary>
    public IReadOnlyList<DiagnosticInfo> Refused { get; }

    public static KnowledgeBaseFiles Of(string folder)
    {
        var readable = new List<string>();
        var others = new List<string>();
        var refused = new List<DiagnosticInfo>();
        var folders = new Stack<string>();
        folders.Push(Path.GetFullPath(folder));
        while (folders.Count > 0)
        {
            foreach (string entry in Directory.EnumerateFileSystemEntries(folders.Pop()).Order(StringComparer.Ordinal))
            {
                PathProblem? problem = KnowledgeBasePaths.Check(entry, folder);
                if (problem is not null)
                {
                    refused.Add(Refusal(entry, problem));
                }
                else if (Directory.Exists(entry))
                {
                    folders.Push(entry);
                }
                else if (FilePaths.IsFactFile(entry) || FilePaths.IsSourceText(entry))
                {
                    readable.Add(entry);
                }
                else
                {
                    others.Add(entry);
                }
            }
        }

        readable.Sort(StringComparer.Ordinal);
        others.Sort(StringComparer.Ordinal);
        return new KnowledgeBaseFiles(readable, others, refused);
    }

    private static DiagnosticInfo Refusal(string path, PathProblem problem)
    {
        string shown = KnowledgeBaseFolder.Display(path);
        return problem.Id == KnowledgeBasePaths.LinkId
            ? DiagnosticInfo.Create(Diagnostics.LinkedFile, LocationInfo.StartOf(path), shown, problem.Reason)
            : DiagnosticInfo.Create(Diagnostics.UnsafePath, LocationInfo.StartOf(path), shown, problem.Reason);
    }
}
