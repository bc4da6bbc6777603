using System.Text;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The normalisation under which a quote is compared with its source: Unicode NFKC, typographic quotes and
    /// dashes folded to ASCII, every run of white space collapsed to one space, ends trimmed. Editors can then
    /// type a quote with a plain keyboard and still match a typeset article.
    /// </summary>
    public static class TextNormalizer
    {
        public static string Normalize(string text)
        {
            string composed = ReplaceLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
            var builder = new StringBuilder(composed.Length);
            bool pendingSpace = false;
            foreach (char c in composed)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (c == '\u00AD')
                {
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(Fold(c));
            }

            return builder.ToString();
        }

        private static char Fold(char c)
        {
            switch (c)
            {
                case '\u2018': // left single quotation mark
                case '\u2019': // right single quotation mark
                case '\u201A':
                case '\u201B':
                case '\u2032': // prime
                    return '\'';
                case '\u201C': // left double quotation mark
                case '\u201D': // right double quotation mark
                case '\u201E':
                case '\u201F':
                case '\u2033': // double prime
                    return '"';
                case '\u2010': // hyphen
                case '\u2011': // non-breaking hyphen
                case '\u2012': // figure dash
                case '\u2013': // en dash
                case '\u2014': // em dash
                case '\u2015': // horizontal bar
                case '\u2212': // minus sign
                    return '-';
                default:
                    return c;
            }
        }

        /// <summary>NFKC rejects unpaired surrogates; they can never match a source anyway, so they become U+FFFD.</summary>
        private static string ReplaceLoneSurrogates(string text)
        {
            StringBuilder? builder = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool paired = char.IsHighSurrogate(c)
                    ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
                if (!paired)
                {
                    builder ??= new StringBuilder(text, 0, i, text.Length);
                    builder.Append('\uFFFD');
                }
                else
                {
                    builder?.Append(c);
                }
            }

            return builder?.ToString() ?? text;
        }
    }
}
