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

            // Only a sentence the located text begins with can begin it, and that sentence ends where the text does or
            // at one of its spaces (sentences are joined by one): only sentences of those lengths are compared, and the
            // first in the source that matches is the one.
            SourceDocumentIndex index = SourceDocumentIndex.Of(document);
            SentenceRange? found = null;
            int foundAt = int.MaxValue;
            for (int length = 0; length <= located.Length; length++)
            {
                if (length < located.Length && located[length] != ' ')
                {
                    continue;
                }

                foreach (int i in index.SentencesOfLength(length))
                {
                    if (i >= foundAt)
                    {
                        break;
                    }

                    if (StartingAt(document, index, i, located) is SentenceRange range)
                    {
                        found = range;
                        foundAt = i;
                    }
                }
            }

            return found;
        }

        /// <summary>The sentences from <paramref name="i"/> on, up to the end of its paragraph, that make up <paramref name="located"/>, if some do.</summary>
        private static SentenceRange? StartingAt(SourceDocument document, SourceDocumentIndex index, int i, string located)
        {
            if (!located.StartsWith(document.Sentences[i], StringComparison.Ordinal))
            {
                return null;
            }

            (int first, int end) = index.ParagraphSentences(index.ParagraphOf(i));
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

            return null;
        }

        /// <summary>The first sentence number of the paragraph holding sentence <paramref name="index"/>, and one past its last.</summary>
        public static (int First, int End) Paragraph(SourceDocument document, int index)
        {
            SourceDocumentIndex sentences = SourceDocumentIndex.Of(document);
            return sentences.ParagraphSentences(sentences.ParagraphOf(index));
        }

        /// <summary>The normalised text of sentences <paramref name="from"/> through <paramref name="to"/>, joined by spaces.</summary>
        public static string NormalizedText(SourceDocument document, int from, int to)
        {
            if (from == to)
            {
                return document.NormalizedSentences[from];
            }

            SourceDocumentIndex index = SourceDocumentIndex.Of(document);
            if (from < to && index.ParagraphOf(from) == index.ParagraphOf(to))
            {
                // A run of one paragraph's sentences is a piece of the paragraph's normalised text, which joins them the same way.
                int paragraph = index.ParagraphOf(from);
                int start = 0;
                for (int i = index.ParagraphSentences(paragraph).First; i < from; i++)
                {
                    start += document.NormalizedSentences[i].Length + 1;
                }

                int length = -1;
                for (int i = from; i <= to; i++)
                {
                    length += document.NormalizedSentences[i].Length + 1;
                }

                return document.NormalizedParagraphs[paragraph].Substring(start, length);
            }

            return string.Join(" ", Enumerable.Range(from, Math.Max(0, to - from + 1)).Select(i => document.NormalizedSentences[i]));
        }

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
