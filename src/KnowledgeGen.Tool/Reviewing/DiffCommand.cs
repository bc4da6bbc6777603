using System.Text;

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

    public static KnowledgeDiff Compare(string oldSide, string newSide)
    {
        ParsedKnowledgeBase @new = ParsedKnowledgeBase.Read(FactsSide.Read(newSide, FactsSide.FolderFor(newSide, oldSide)));
        ParsedKnowledgeBase old = ParsedKnowledgeBase.Read(FactsSide.Read(oldSide, FactsSide.FolderFor(oldSide, newSide)), @new);
        return KnowledgeDiff.Compare(old, @new);
    }
}
