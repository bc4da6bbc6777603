using System.Collections.Generic;
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
            if (IsPlainAndSpaced(text))
            {
                // Most sentences and quotes: NFKC, folding and spacing would give them back unchanged.
                return text;
            }

            string composed = ReplaceLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
            var builder = new StringBuilder(composed.Length);
            bool pendingSpace = false;
            foreach (char c in composed)
            {
                if (IsSpace(c))
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

        /// <summary>
        /// The length of the normalised form of each prefix <c>text[0..ends[i]]</c>, for ascending code-point ends,
        /// in one pass rather than one normalisation per prefix. NFKC never joins a character to an ASCII character
        /// after it (each is a starter that nothing composes with), so the text is composed piece by piece, a piece
        /// ending before each ASCII character, and the spacing rules are applied as a running count.
        /// </summary>
        public static int[] PrefixLengths(string text, IReadOnlyList<int> ends)
        {
            var lengths = new int[ends.Count];
            var committed = default(SpacedLength);
            int pieceStart = 0;
            for (int i = 0; i < ends.Count; i++)
            {
                int end = ends[i];
                SpacedLength length = end - pieceStart == 1 && text[pieceStart] < 0x80
                    ? committed.After(text[pieceStart])
                    : committed.After(Compose(text, pieceStart, end));
                lengths[i] = length.Length;
                if (end == text.Length || text[end] < 0x80)
                {
                    committed = length;
                    pieceStart = end;
                }
            }

            return lengths;
        }

        private static string Compose(string text, int start, int end)
            => ReplaceLoneSurrogates(text.Substring(start, end - start)).Normalize(NormalizationForm.FormKC);

        /// <summary>The length <see cref="Normalize"/> has given so far, and whether a space is owed before what comes next.</summary>
        private readonly struct SpacedLength
        {
            public SpacedLength(int length, bool spaceOwed)
            {
                Length = length;
                SpaceOwed = spaceOwed;
            }

            public int Length { get; }

            public bool SpaceOwed { get; }

            public SpacedLength After(string composed)
            {
                SpacedLength length = this;
                foreach (char c in composed)
                {
                    length = length.After(c);
                }

                return length;
            }

            public SpacedLength After(char composed)
                => IsSpace(composed) ? new SpacedLength(Length, Length > 0)
                    : composed == '\u00AD' ? this
                    : new SpacedLength(Length + (SpaceOwed ? 2 : 1), false);
        }

        private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

        /// <summary>Printable ASCII with single spaces between words and none at the ends: already normal.</summary>
        private static bool IsPlainAndSpaced(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : c < '!' || c > '~')
                {
                    return false;
                }
            }

            return true;
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
