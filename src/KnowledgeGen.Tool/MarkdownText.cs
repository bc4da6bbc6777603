using System.Text;

namespace KnowledgeGen.Tool;

/// <summary>
/// Text from fact files (statements, quotes, names, ids, file names) placed in Markdown so that it renders as
/// the same text and nothing else: no raw HTML, link, image, mention, table, heading, list or emphasis can come
/// from it, and it cannot end the code span it is put in. Control characters are shown escaped first
/// (<see cref="PrintableText"/>). Held to a real CommonMark/GFM renderer in MarkdownTextTests.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// An invisible character that keeps GitHub from reading "@name" as a mention and "http://", "www." as a bare
    /// link: GitHub finds those in the rendered text, after backslash escapes are gone, so escaping cannot stop them.
    /// </summary>
    private const char WordJoiner = '\u2060';

    /// <summary>Text on one line, with every character Markdown could read as markup escaped.</summary>
    public static string Inline(string text)
    {
        string printable = PrintableText.Escape(text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' '));
        var escaped = new StringBuilder(printable.Length + 8);
        for (int i = 0; i < printable.Length; i++)
        {
            char c = printable[i];
            if (c == ' ' && escaped.Length == i * "&#32;".Length && printable.StartsWith("    ", StringComparison.Ordinal))
            {
                // Four spaces that start the text would indent a line into a code block: as references they are text.
                escaped.Append("&#32;");
                continue;
            }

            if (c == '@' || (c == ':' && string.CompareOrdinal(printable, i + 1, "//", 0, 2) == 0) || (c == '.' && EndsWithWww(escaped)))
            {
                // The joiner goes after '@' and before ':' or '.', where it splits the pattern GitHub looks for.
                escaped.Append(c == '@' ? "@" + WordJoiner : WordJoiner + c.ToString());
                continue;
            }

            // Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones that can
            // start markup anywhere in a line (& an entity), or ('-', '+', '=', '.', ')') at its start.
            if ("\\`*_{}[]<>#|!~&".Contains(c) || (i == 0 && "-+=".Contains(c)) || ((c is '.' or ')') && IsListNumber(printable, i)))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>
    /// An id or path as inline code, its control characters escaped and its line breaks shown as \n; the fence
    /// is one backtick longer than the longest run of backticks inside, so that nothing inside can close it.
    /// </summary>
    public static string Code(string text)
    {
        string printable = PrintableText.Escape(text);
        int longest = 0;
        for (int i = 0, run = 0; i < printable.Length; i++)
        {
            run = printable[i] == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        string fence = new('`', longest + 1);
        bool pad = printable.StartsWith('`') || printable.EndsWith('`') || (printable.StartsWith(' ') && printable.EndsWith(' '));
        return fence + (pad ? " " + printable + " " : printable) + fence;
    }

    /// <summary>Whether the text's first characters up to <paramref name="at"/> are digits, so that it would start an ordered list.</summary>
    private static bool IsListNumber(string text, int at) => at > 0 && text.Take(at).All(char.IsAsciiDigit);

    private static bool EndsWithWww(StringBuilder text)
        => text.Length >= 3 && char.ToLowerInvariant(text[^1]) == 'w' && char.ToLowerInvariant(text[^2]) == 'w' && char.ToLowerInvariant(text[^3]) == 'w';
}
