using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Finds where a quote stands in its source, comparing normalised text paragraph by paragraph (a quote may
    /// run across a sentence break, never across a paragraph break), and tells what is wrong where it does not
    /// stand exactly once on whole words: not there, there only as part of a longer word, there only in other
    /// capitals, there only across two paragraphs, or in several different sentences.
    /// </summary>
    public static class QuoteLocator
    {
        /// <summary>The fewest words a quote may have, unless it is a whole sentence.</summary>
        public const int MinimumWords = 4;

        /// <summary>The fewest letters and digits a quote may have, unless it is a whole sentence.</summary>
        public const int MinimumLetters = 20;

        /// <summary>
        /// Where the quote stands. <paramref name="occurrence"/> (1-based, 0 for none given) picks one of several
        /// places.
        /// </summary>
        public static QuoteResult Locate(SourceDocument document, string quote, int occurrence)
        {
            string needle = TextNormalizer.Normalize(quote);
            if (needle.Length == 0)
            {
                return new QuoteResult(QuoteProblem.NotFound);
            }

            IReadOnlyList<string> paragraphs = document.NormalizedParagraphs;
            List<QuotePlace> places = Find(paragraphs, needle, StringComparison.Ordinal);
            List<QuotePlace> whole = places.Where(p => p.CutWord is null).ToList();
            if (whole.Count == 0 && places.Count > 0)
            {
                QuotePlace cut = places[0];
                return new QuoteResult(QuoteProblem.CutsWord) { Places = places, CutWord = cut.CutWord, CutAtStart = cut.CutAtStart };
            }

            if (whole.Count == 0)
            {
                List<QuotePlace> anyCase = Find(paragraphs, needle, StringComparison.OrdinalIgnoreCase);
                if (anyCase.Count > 0)
                {
                    QuotePlace place = anyCase[0];
                    return new QuoteResult(QuoteProblem.CaseDiffers) { Places = anyCase, SourceWording = paragraphs[place.Paragraph].Substring(place.Start, needle.Length) };
                }

                string all = string.Join(" ", paragraphs);
                int at = all.IndexOf(needle, StringComparison.Ordinal);
                if (at >= 0)
                {
                    int first = ParagraphAt(paragraphs, at);
                    int last = ParagraphAt(paragraphs, at + needle.Length - 1);
                    return new QuoteResult(QuoteProblem.SpansParagraphs) { FromLine = document.ParagraphLines[first] + 1, ToLine = document.ParagraphLines[last] + 1 };
                }

                return new QuoteResult(QuoteProblem.NotFound);
            }

            // A sentence the article repeats word for word (some pages print a passage twice) is one place: the
            // quote means the same in either.
            var located = whole
                .Select(p => p with { Sentence = SentencesAt(document, p, needle.Length), Line = document.ParagraphLines[p.Paragraph] + 1 })
                .GroupBy(p => p.Sentence, StringComparer.Ordinal)
                .Select(g => g.First())
                .ToList();
            if (occurrence > located.Count || (occurrence == 0 && located.Count > 1))
            {
                return new QuoteResult(occurrence == 0 ? QuoteProblem.Ambiguous : QuoteProblem.OccurrenceOutOfRange) { Places = located };
            }

            QuotePlace chosen = located[Math.Max(occurrence, 1) - 1];
            return new QuoteResult(QuoteProblem.None)
            {
                Places = located,
                Sentence = chosen.Sentence,
                IsWholeSentence = IsWholeSentence(document, chosen, needle.Length),
            };
        }

        /// <summary>The source's own sentence(s) containing the quote, joined by a space; null if it is not there once.</summary>
        public static string? FindSentence(SourceDocument document, string quote) => Locate(document, quote, 0).Sentence;

        /// <summary>
        /// The words of a quote (what stands between spaces and holds a letter or digit, so "2.5" and "U.S." are one
        /// word each and a lone dash is none) and its letters and digits.
        /// </summary>
        public static (int Words, int Letters) Measure(string quote)
        {
            int words = 0;
            int letters = 0;
            foreach (string token in TextNormalizer.Normalize(quote).Split(' '))
            {
                int inToken = token.Count(char.IsLetterOrDigit);
                letters += inToken;
                words += inToken > 0 ? 1 : 0;
            }

            return (words, letters);
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

        private static (int First, int End) SentenceRange(SourceDocument document, int paragraph)
        {
            int first = document.ParagraphStarts[paragraph];
            int end = paragraph + 1 < document.ParagraphStarts.Count ? document.ParagraphStarts[paragraph + 1] : document.Sentences.Count;
            return (first, end);
        }

        /// <summary>Every place the needle stands, noting any word it cuts at its start or end.</summary>
        private static List<QuotePlace> Find(IReadOnlyList<string> paragraphs, string needle, StringComparison comparison)
        {
            var places = new List<QuotePlace>();
            for (int p = 0; p < paragraphs.Count; p++)
            {
                string text = paragraphs[p];
                for (int at = text.IndexOf(needle, comparison); at >= 0; at = at + 1 < text.Length ? text.IndexOf(needle, at + 1, comparison) : -1)
                {
                    int end = at + needle.Length;
                    bool cutsStart = char.IsLetterOrDigit(needle[0]) && at > 0 && char.IsLetterOrDigit(text[at - 1]);
                    bool cutsEnd = char.IsLetterOrDigit(needle[needle.Length - 1]) && end < text.Length && char.IsLetterOrDigit(text[end]);
                    string? word = cutsStart ? WordAround(text, at) : cutsEnd ? WordAround(text, end - 1) : null;
                    places.Add(new QuotePlace(p, at, word, cutsStart));
                }
            }

            return places;
        }

        private static string WordAround(string text, int index)
        {
            int start = index;
            while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                start--;
            }

            int end = index;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            return text.Substring(start, end - start);
        }

        private static int ParagraphAt(IReadOnlyList<string> paragraphs, int offset)
        {
            int start = 0;
            for (int p = 0; p < paragraphs.Count; p++)
            {
                start += paragraphs[p].Length + 1;
                if (offset < start)
                {
                    return p;
                }
            }

            return paragraphs.Count - 1;
        }

        /// <summary>The sentences (as printed) that the place covers, joined by a space.</summary>
        private static string SentencesAt(SourceDocument document, QuotePlace place, int length)
        {
            (int first, int end) = SentenceRange(document, place.Paragraph);
            int offset = 0;
            var covered = new List<string>();
            for (int i = first; i < end; i++)
            {
                int sentenceLength = document.NormalizedSentences[i].Length;
                if (offset + sentenceLength > place.Start && offset < place.Start + length)
                {
                    covered.Add(document.Sentences[i]);
                }

                offset += sentenceLength + 1;
            }

            return string.Join(" ", covered);
        }

        /// <summary>True when the place begins a sentence and runs to the end of one, but for closing punctuation.</summary>
        private static bool IsWholeSentence(SourceDocument document, QuotePlace place, int length)
        {
            (int first, int end) = SentenceRange(document, place.Paragraph);
            int offset = 0;
            bool starts = false;
            for (int i = first; i < end; i++)
            {
                string sentence = document.NormalizedSentences[i];
                starts |= offset == place.Start;
                int quoteEnd = place.Start + length;
                if (starts && quoteEnd <= offset + sentence.Length && quoteEnd > offset)
                {
                    return sentence.Substring(quoteEnd - offset).All(c => !char.IsLetterOrDigit(c));
                }

                offset += sentence.Length + 1;
            }

            return false;
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

    public enum QuoteProblem
    {
        None,
        NotFound,
        CutsWord,
        CaseDiffers,
        SpansParagraphs,
        Ambiguous,
        OccurrenceOutOfRange,
    }

    /// <summary>
    /// One place a quote stands: the paragraph (0-based) and offset in its normalised text; the word it cuts, if
    /// any; and, for a place on whole words, the line (1-based) and the sentence(s) as printed.
    /// </summary>
    public sealed record QuotePlace(int Paragraph, int Start, string? CutWord, bool CutAtStart, int Line = 0, string? Sentence = null);

    /// <summary>What <see cref="QuoteLocator.Locate"/> found.</summary>
    public sealed class QuoteResult
    {
        public QuoteResult(QuoteProblem problem)
        {
            Problem = problem;
        }

        public QuoteProblem Problem { get; }

        /// <summary>The sentence(s) of the chosen place, where the quote stands once (or is pinned by its occurrence).</summary>
        public string? Sentence { get; set; }

        public IReadOnlyList<QuotePlace> Places { get; set; } = Array.Empty<QuotePlace>();

        public bool IsWholeSentence { get; set; }

        public string? CutWord { get; set; }

        public bool CutAtStart { get; set; }

        /// <summary>Where only the case differs: the source's own wording of the quote.</summary>
        public string? SourceWording { get; set; }

        /// <summary>Where the quote spans paragraphs: the lines (1-based) it runs from and into.</summary>
        public int FromLine { get; set; }

        public int ToLine { get; set; }
    }
}
