using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>Between the checker's places and the protocol's: file paths and URIs, spans and ranges.</summary>
public static class LspConvert
{
    public static Range Range(LocationInfo location)
        => new(new Position(location.LineSpan.Start.Line, location.LineSpan.Start.Character), new Position(location.LineSpan.End.Line, location.LineSpan.End.Character));

    public static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    public static string Path(string uri) => new System.Uri(uri).LocalPath;

    /// <summary>The offset in the text of a line and UTF-16 column, clamped to the line's end.</summary>
    public static int Offset(string text, Position position)
    {
        int offset = 0;
        for (int line = 0; line < position.Line; line++)
        {
            int next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        int end = text.IndexOf('\n', offset);
        int lineEnd = end < 0 ? text.Length : end;
        return Math.Min(offset + position.Character, lineEnd);
    }

    /// <summary>The line and UTF-16 column of an offset in the text.</summary>
    public static Position PositionOf(string text, int offset)
    {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, offset - lineStart);
    }

    /// <summary>The id-like word (letters, digits, '-', '_') under the position, with its range; null where there is none.</summary>
    public static (string Word, Range Range)? WordAt(string text, Position position)
    {
        int offset = Offset(text, position);
        int start = offset;
        while (start > 0 && IsIdChar(text[start - 1]))
        {
            start--;
        }

        int end = offset;
        while (end < text.Length && IsIdChar(text[end]))
        {
            end++;
        }

        return end > start ? (text.Substring(start, end - start), new Range(PositionOf(text, start), PositionOf(text, end))) : null;
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
