using System;
using System.Collections.Generic;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Where the source's own characters stand for a match found in a paragraph's normalised text (its normalised
    /// sentences joined by a space): the span of the text that normalises to the match, and the span of the
    /// sentence(s) it stands in, as UTF-16 offsets of the text. Quotes are searched in normalised text; this puts
    /// the result back on the text as printed, curly quotes, dashes and doubled spaces included.
    /// </summary>
    public static class QuoteSpans
    {
        /// <summary>
        /// Where the quote stands in the source's text, for a quote that stands there (once, or at the chosen
        /// <paramref name="occurrence"/>); null otherwise.
        /// </summary>
        public static QuoteSpan? Find(SourceDocument document, string quote, int occurrence = 0)
            => Of(document, quote, QuoteLocator.Locate(document, quote, occurrence), occurrence);

        /// <summary>The span of a quote the locator placed, from its result; null when it found no single place.</summary>
        public static QuoteSpan? Of(SourceDocument document, string quote, QuoteResult found, int occurrence)
        {
            if (found.Problem != QuoteProblem.None || found.Places.Count == 0)
            {
                return null;
            }

            QuotePlace place = found.Places[Math.Min(Math.Max(occurrence, 1), found.Places.Count) - 1];
            return InText(document, place.Paragraph, place.Start, TextNormalizer.Normalize(quote).Length);
        }

        public static QuoteSpan InText(SourceDocument document, int paragraph, int normalizedStart, int normalizedLength)
        {
            SourceDocumentIndex index = SourceDocumentIndex.Of(document);
            (int first, int end) = index.ParagraphSentences(paragraph);
            PrintedParagraph printed = index.Printed(paragraph);

            int start;
            int stop;
            if (printed.CodePointEnds is null || printed.NormalizedLengths is null)
            {
                // Already normal (most paragraphs): the offsets are the text's own.
                start = printed.TextStart + normalizedStart;
                stop = start + normalizedLength;
            }
            else
            {
                List<int> ends = printed.CodePointEnds;
                int[] lengths = printed.NormalizedLengths;
                int startIndex = FirstLongerThan(lengths, normalizedStart);
                start = printed.TextStart + (startIndex == 0 ? 0 : ends[startIndex - 1]);
                stop = printed.TextStart + ends[FirstLongerThan(lengths, normalizedStart + normalizedLength - 1)];
            }

            int firstCovered = first;
            while (firstCovered + 1 < end && document.SentenceStarts[firstCovered + 1] <= start)
            {
                firstCovered++;
            }

            int lastCovered = firstCovered;
            while (lastCovered + 1 < end && document.SentenceStarts[lastCovered + 1] < stop)
            {
                lastCovered++;
            }

            return new QuoteSpan(start, stop, document.SentenceStarts[firstCovered], document.SentenceStarts[lastCovered] + document.Sentences[lastCovered].Length);
        }

        /// <summary>
        /// The index of the shortest prefix whose normalised form is longer than <paramref name="length"/>, from the
        /// normalised length of each prefix (the last prefix if none is). The lengths only grow with the prefix, so a
        /// binary search finds it.
        /// </summary>
        private static int FirstLongerThan(int[] prefixLengths, int length)
        {
            int low = 0;
            int high = prefixLengths.Length - 1;
            while (low < high)
            {
                int middle = low + ((high - low) / 2);
                if (prefixLengths[middle] > length)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low;
        }
    }

    /// <summary>A quote's span in its source's text and the span of the sentence(s) it stands in, as UTF-16 offsets.</summary>
    public sealed record QuoteSpan(int Start, int End, int SentenceStart, int SentenceEnd);
}
