using System.Text;
using KnowledgeGen.Checking;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>`knowledgegen diff OLD NEW`: what a change claims, by meaning rather than by line.</summary>
public static class DiffCommand
{
    public static int Run(string oldSide, string newSide, string format, FileInfo? outFile, TextWriter output, TextWriter error, string? linkBase = null)
    {
        Uri? linkUrl = null;
        if (linkBase is not null && !(Uri.TryCreate(linkBase, UriKind.Absolute, out linkUrl) && DiffMarkdownWriter.IsLinkBase(linkUrl)))
        {
            error.WriteLine($"--link-base takes an absolute http or https URL, not '{linkBase}'.");
            return 2;
        }

        if (format is not ("markdown" or "json"))
        {
            error.WriteLine($"Unknown format '{format}': use markdown or json.");
            return 2;
        }

        KnowledgeDiff diff;
        try
        {
            diff = Compare(oldSide, newSide);
        }
        catch (UnreadableInputException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }

        string text = format == "json" ? DiffJsonWriter.Write(diff, oldSide, newSide) : DiffMarkdownWriter.Write(diff, oldSide, newSide, linkUrl);
        if (outFile is null)
        {
            output.Write(text);
        }
        else
        {
            File.WriteAllText(outFile.FullName, text, new UTF8Encoding(false));
        }

        return 0;
    }

    /// <summary>The two sides compared by meaning, and each side checked as its build would check it, at the severities it reads.</summary>
    public static KnowledgeDiff Compare(string oldSide, string newSide)
    {
        string? newFolder = FactsSide.FolderFor(newSide, oldSide);
        string? oldFolder = FactsSide.FolderFor(oldSide, newSide);
        List<(string Path, string Text)> newFiles = FactsSide.Read(newSide, newFolder);
        List<(string Path, string Text)> oldFiles = FactsSide.Read(oldSide, oldFolder);
        ParsedKnowledgeBase @new = ParsedKnowledgeBase.Read(newFiles);
        ParsedKnowledgeBase old = ParsedKnowledgeBase.Read(oldFiles, @new);
        return KnowledgeDiff.Compare(old, @new) with
        {
            Checks = CheckDifference.Compare(
                KnowledgeBaseChecker.Check(oldFiles), FactsSide.Severities(oldSide, oldFolder),
                KnowledgeBaseChecker.Check(newFiles), FactsSide.Severities(newSide, newFolder)),
        };
    }
}
