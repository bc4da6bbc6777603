using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Where a located quote's sentence(s) stand in a source, as sentence numbers, and which paragraph holds
    /// them; the checks of mentions and of sentence accounting work with these numbers.
    /// </summary>
    public readonly struct SentenceRange
    {
        public SentenceRange(int first, int last, int paragraphFirst, int paragraphEnd)
        {
            First = first;
            Last = last;
            ParagraphFirst = paragraphFirst;
            ParagraphEnd = paragraphEnd;
        }

        /// <summary>The first sentence the quote stands in.</summary>
        public int First { get; }

        /// <summary>The last sentence the quote stands in (the same as <see cref="First"/> unless it runs across a break).</summary>
        public int Last { get; }

        /// <summary>The first sentence of the paragraph.</summary>
        public int ParagraphFirst { get; }

        /// <summary>One past the last sentence of the paragraph.</summary>
        public int ParagraphEnd { get; }
    }

    public static class CitedSentences
    {
        /// <summary>
        /// The numbers of the sentence(s) the quote locator returned for a citation (its first occurrence), or
        /// null where the citation was not located.
        /// </summary>
        public static SentenceRange? Find(SourceDocument document, string? located)
        {
            if (located is null)
            {
                return null;
            }

            for (int i = 0; i < document.Sentences.Count; i++)
            {
                if (!located.StartsWith(document.Sentences[i], StringComparison.Ordinal))
                {
                    continue;
                }

                (int first, int end) = Paragraph(document, i);
                string joined = document.Sentences[i];
                for (int last = i; last < end; last++)
                {
                    if (last > i)
                    {
                        joined += " " + document.Sentences[last];
                    }

                    if (joined.Length == located.Length && joined == located)
                    {
                        return new SentenceRange(i, last, first, end);
                    }

                    if (joined.Length >= located.Length)
                    {
                        break;
                    }
                }
            }

            return null;
        }

        /// <summary>The first sentence number of the paragraph holding sentence <paramref name="index"/>, and one past its last.</summary>
        public static (int First, int End) Paragraph(SourceDocument document, int index)
        {
            int first = 0;
            int end = document.Sentences.Count;
            for (int p = 0; p < document.ParagraphStarts.Count; p++)
            {
                if (document.ParagraphStarts[p] <= index)
                {
                    first = document.ParagraphStarts[p];
                    end = p + 1 < document.ParagraphStarts.Count ? document.ParagraphStarts[p + 1] : document.Sentences.Count;
                }
                else
                {
                    break;
                }
            }

            return (first, end);
        }

        /// <summary>The normalised text of sentences <paramref name="from"/> through <paramref name="to"/>, joined by spaces.</summary>
        public static string NormalizedText(SourceDocument document, int from, int to)
            => string.Join(" ", Enumerable.Range(from, Math.Max(0, to - from + 1)).Select(i => document.NormalizedSentences[i]));

        /// <summary>
        /// True where the normalised text names the entity: its name or one of its aliases as whole words, case
        /// ignored. Aliases that identify nothing alone are not counted, so that refusing them does not depend
        /// on the order the checks run in.
        /// </summary>
        public static bool Names(string normalizedText, CatalogEntity entity)
        {
            if (TextSearch.ContainsWords(normalizedText, Searchable(entity.Name)))
            {
                return true;
            }

            foreach (string alias in entity.Aliases)
            {
                if (!VagueNames.IdentifiesNothing(alias) && TextSearch.ContainsWords(normalizedText, Searchable(alias)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A name or phrase normalised as the sentences are, to search them; text that Unicode cannot normalise
        /// (it holds a noncharacter, which no source sentence can) is returned as written, and so is simply not found.
        /// </summary>
        public static string Searchable(string text)
        {
            try
            {
                return TextNormalizer.Normalize(text);
            }
            catch (ArgumentException)
            {
                return text;
            }
        }

        internal static IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from + 1));
    }
}
