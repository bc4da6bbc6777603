using System.Text;
using KnowledgeGen.Checking;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>`knowledgegen diff OLD NEW`: what a change claims, by meaning rather than by line.</summary>
public static class DiffCommand
{
    public static int Run(string oldSide, string newSide, string format, FileInfo? outFile, TextWriter output, TextWriter error)
    {
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

        string text = format == "json" ? DiffJsonWriter.Write(diff, oldSide, newSide) : DiffMarkdownWriter.Write(diff, oldSide, newSide);
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

    /// <summary>The two sides compared by meaning, and each side checked as the build would check it.</summary>
    public static KnowledgeDiff Compare(string oldSide, string newSide)
    {
        List<(string Path, string Text)> newFiles = FactsSide.Read(newSide, FactsSide.FolderFor(newSide, oldSide));
        List<(string Path, string Text)> oldFiles = FactsSide.Read(oldSide, FactsSide.FolderFor(oldSide, newSide));
        ParsedKnowledgeBase @new = ParsedKnowledgeBase.Read(newFiles);
        ParsedKnowledgeBase old = ParsedKnowledgeBase.Read(oldFiles, @new);
        return KnowledgeDiff.Compare(old, @new) with
        {
            Checks = CheckDifference.Compare(KnowledgeBaseChecker.Check(oldFiles), KnowledgeBaseChecker.Check(newFiles)),
        };
    }
}
