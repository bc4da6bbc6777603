using System.Globalization;
using System.Text;

namespace KnowledgeGen
{
    /// <summary>
    /// Text from a fact file, a source text or a file name, made safe to print: every output (a diagnostic message,
    /// a line of the command-line tool, JSON, HTML, Markdown) passes hostile text through here first. A control
    /// character, a line or paragraph separator, or an invisible format character (bidirectional overrides
    /// among them) could end a line early, start a forged CI log command, or make a name read as another;
    /// each is shown as an escape instead: \n, \r, \t, \uXXXX. Nothing else changes, so ordinary text reads
    /// exactly as written. Linked into the build task's assembly too, so that the path gate escapes as the
    /// generator and the tool do.
    /// </summary>
    public static class PrintableText
    {
        public static string Escape(string text)
        {
            int first = FirstUnprintable(text);
            if (first < 0)
            {
                return text;
            }

            var escaped = new StringBuilder(text.Length + 8);
            escaped.Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (!IsUnprintable(c))
                {
                    escaped.Append(c);
                    continue;
                }

                escaped.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }

            return escaped.ToString();
        }

        /// <summary>Whether <see cref="Escape"/> would change the text.</summary>
        public static bool NeedsEscaping(string text) => FirstUnprintable(text) >= 0;

        private static int FirstUnprintable(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (IsUnprintable(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsUnprintable(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Format:
                    // U+200D joins the parts of many emoji; alone it changes nothing a reader relies on.
                    return c != '\u200d';
                default:
                    return false;
            }
        }
    }
}
