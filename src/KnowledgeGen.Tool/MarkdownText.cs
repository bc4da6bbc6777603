using System.Text;

namespace KnowledgeGen.Tool;

/// <summary>Text placed in Markdown so that it reads as written, never as markup.</summary>
public static class MarkdownText
{
    /// <summary>Text on one line, with the characters Markdown would read as markup escaped.</summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                escaped.Append(' ');
            }
            else
            {
                if ("\\`*_{}[]<>#|!~".Contains(c))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>An id or path as inline code; a backtick inside it lengthens the fence.</summary>
    public static string Code(string text)
    {
        string oneLine = text.Replace('\n', ' ').Replace('\r', ' ');
        string fence = oneLine.Contains('`') ? "``" : "`";
        return fence + (oneLine.StartsWith('`') || oneLine.EndsWith('`') ? " " + oneLine + " " : oneLine) + fence;
    }
}
