using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Finds the sentence(s) of a source in which a quote stands, comparing normalised text; where the quote
    /// is not there, finds the sentence that resembles it most, to suggest as a correction.
    /// </summary>
    public static class QuoteLocator
    {
        /// <summary>The source's own sentence(s) containing the quote, joined by a space; null if it is not there.</summary>
        public static string? FindSentence(SourceDocument document, string quote) => Locate(document, quote)?.Sentence;

        /// <summary>
        /// The quote's first occurrence in the source: the sentence(s) it stands in and its span in the source's
        /// text; null if it is not there.
        /// </summary>
        public static QuoteMatch? Locate(SourceDocument document, string quote)
        {
            string needle = TextNormalizer.Normalize(quote);
            if (needle.Length == 0)
            {
                return null;
            }

            for (int i = 0; i < document.NormalizedSentences.Count; i++)
            {
                int at = document.NormalizedSentences[i].IndexOf(needle, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return Match(document, i, i, at, needle.Length);
                }
            }

            // A quote may run across a sentence break within one paragraph.
            for (int p = 0; p < document.ParagraphStarts.Count; p++)
            {
                int first = document.ParagraphStarts[p];
                int end = p + 1 < document.ParagraphStarts.Count ? document.ParagraphStarts[p + 1] : document.Sentences.Count;
                string paragraph = string.Join(" ", Enumerable.Range(first, end - first).Select(i => document.NormalizedSentences[i]));
                int at = paragraph.IndexOf(needle, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                int offset = 0;
                int firstCovered = -1;
                int lastCovered = -1;
                int atInFirst = 0;
                for (int i = first; i < end; i++)
                {
                    int length = document.NormalizedSentences[i].Length;
                    if (offset + length > at && offset < at + needle.Length)
                    {
                        if (firstCovered < 0)
                        {
                            firstCovered = i;
                            atInFirst = at - offset;
                        }

                        lastCovered = i;
                    }

                    offset += length + 1;
                }

                return Match(document, firstCovered, lastCovered, atInFirst, needle.Length);
            }

            return null;
        }

        /// <summary>
        /// Turns a match in the normalised text of sentences first..last (joined by a space) into the sentences as
        /// printed and the span of the source's text that normalises to the quote.
        /// </summary>
        private static QuoteMatch Match(SourceDocument document, int first, int last, int normalizedStart, int normalizedLength)
        {
            string sentence = string.Join(" ", Enumerable.Range(first, last - first + 1).Select(i => document.Sentences[i]));
            int paragraph = document.ParagraphStarts.Count - 1;
            while (document.ParagraphStarts[paragraph] > first)
            {
                paragraph--;
            }

            int inParagraph = normalizedStart;
            for (int i = document.ParagraphStarts[paragraph]; i < first; i++)
            {
                inParagraph += document.NormalizedSentences[i].Length + 1;
            }

            QuoteSpan span = QuoteSpans.InText(document, paragraph, inParagraph, normalizedLength);
            return new QuoteMatch(sentence, span.Start, span.End, span.SentenceStart, span.SentenceEnd);
        }

        /// <summary>The sentence sharing the most words with the quote (Dice coefficient over distinct words).</summary>
        public static string ClosestSentence(SourceDocument document, string quote)
        {
            HashSet<string> wanted = Words(TextNormalizer.Normalize(quote));
            string best = string.Empty;
            double bestScore = -1;
            for (int i = 0; i < document.Sentences.Count; i++)
            {
                HashSet<string> words = Words(document.NormalizedSentences[i]);
                int shared = words.Count(wanted.Contains);
                double score = words.Count + wanted.Count == 0 ? 0 : 2.0 * shared / (words.Count + wanted.Count);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = document.Sentences[i];
                }
            }

            return best;
        }

        private static HashSet<string> Words(string text)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            int start = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    words.Add(text.Substring(start, i - start).ToLowerInvariant());
                    start = -1;
                }
            }

            return words;
        }
    }

    /// <summary>
    /// Where a quote stands in its source: the sentence(s) as printed, the span of the source's text that
    /// normalises to the quote, and the span of those sentences, as UTF-16 offsets.
    /// </summary>
    public sealed record QuoteMatch(string Sentence, int Start, int End, int SentenceStart, int SentenceEnd);
}
