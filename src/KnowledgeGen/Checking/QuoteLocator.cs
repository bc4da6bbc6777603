using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>A sentence a quote not found may have been copied from: its number, text, the share of the quote's words it holds in the quote's order, and the quote's words it lacks.</summary>
    public sealed record SentenceCandidate(int Index, string Sentence, double Share, EquatableArray<string> MissingWords);

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
            List<QuotePlace> places = Find(paragraphs, SourceDocumentIndex.Of(document).ParagraphsThatCanHold(needle), needle, StringComparison.Ordinal);
            var whole = new List<QuotePlace>(places.Count);
            foreach (QuotePlace place in places)
            {
                if (place.CutWord is null)
                {
                    whole.Add(place);
                }
            }

            if (whole.Count == 0 && places.Count > 0)
            {
                QuotePlace cut = places[0];
                return new QuoteResult(QuoteProblem.CutsWord) { Places = places, CutWord = cut.CutWord, CutAtStart = cut.CutAtStart };
            }

            if (whole.Count == 0)
            {
                List<QuotePlace> anyCase = Find(paragraphs, null, needle, StringComparison.OrdinalIgnoreCase);
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
            var located = new List<QuotePlace>(whole.Count);
            foreach (QuotePlace place in whole)
            {
                string sentence = SentencesAt(document, place, needle.Length);
                if (!located.Exists(l => string.Equals(l.Sentence, sentence, StringComparison.Ordinal)))
                {
                    located.Add(place with { Sentence = sentence, Line = document.ParagraphLines[place.Paragraph] + 1 });
                }
            }

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
            bool inWord = false;
            foreach (char c in TextNormalizer.Normalize(quote))
            {
                if (c == ' ')
                {
                    inWord = false;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    letters++;
                    words += inWord ? 0 : 1;
                    inWord = true;
                }
            }

            return (words, letters);
        }

        /// <summary>The sentence closest to the quote (see <see cref="ClosestSentences"/>), or "" for a text without sentences.</summary>
        public static string ClosestSentence(SourceDocument document, string quote)
        {
            IReadOnlyList<SentenceCandidate> candidates = ClosestSentences(document, quote);
            return candidates.Count == 0 ? string.Empty : candidates[0].Sentence;
        }

        /// <summary>
        /// The sentences a quote not found was most likely copied from, closest first: how many of the quote's
        /// words each holds in the quote's order (so that a long sentence holding them all beats a short one sharing
        /// a few, and the sentence the words were copied from beats one using them apart), then the share of the
        /// quote's distinct words it holds, then the Dice coefficient over distinct words (the shorter of two that
        /// hold as many), then the earlier.
        /// Up to <paramref name="most"/>, of which those after the first only where they hold nearly as many of
        /// the quote's words. Each comes with the quote's words it lacks, which are what to correct.
        /// </summary>
        public static IReadOnlyList<SentenceCandidate> ClosestSentences(SourceDocument document, string quote, int most = 3)
        {
            List<string> quoteWords = WordList(TextNormalizer.Normalize(quote));
            var wanted = new HashSet<string>(quoteWords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
            string[] quoteSequence = quoteWords.Select(w => w.ToLowerInvariant()).ToArray();
            var scored = new List<(SentenceCandidate Candidate, double Distinct, double Dice)>();
            for (int i = 0; i < document.Sentences.Count; i++)
            {
                string[] sequence = WordList(document.NormalizedSentences[i]).Select(w => w.ToLowerInvariant()).ToArray();
                var words = new HashSet<string>(sequence, StringComparer.Ordinal);
                int shared = words.Count(wanted.Contains);
                double inOrder = quoteSequence.Length == 0 ? 0 : (double)InOrder(quoteSequence, sequence) / quoteSequence.Length;
                double distinct = wanted.Count == 0 ? 0 : (double)shared / wanted.Count;
                double dice = words.Count + wanted.Count == 0 ? 0 : 2.0 * shared / (words.Count + wanted.Count);
                EquatableArray<string> missing = quoteWords.Where(w => !words.Contains(w.ToLowerInvariant())).Distinct(StringComparer.Ordinal).ToEquatableArray();
                scored.Add((new SentenceCandidate(i, document.Sentences[i], inOrder, missing), distinct, dice));
            }

            var ordered = scored
                .OrderByDescending(s => s.Candidate.Share)
                .ThenByDescending(s => s.Distinct)
                .ThenByDescending(s => s.Dice)
                .ThenBy(s => s.Candidate.Index)
                .Select(s => s.Candidate)
                .ToList();
            if (ordered.Count == 0)
            {
                return ordered;
            }

            // Others only where they hold most of the quote's words, nearly as many as the first; a sentence printed
            // twice is offered once.
            double best = ordered[0].Share;
            var offered = new List<SentenceCandidate> { ordered[0] };
            var texts = new HashSet<string>(StringComparer.Ordinal) { document.NormalizedSentences[ordered[0].Index] };
            foreach (SentenceCandidate candidate in ordered.Skip(1))
            {
                if (offered.Count == most || candidate.Share < MinimumShare || best - candidate.Share > CloseShare)
                {
                    break;
                }

                if (texts.Add(document.NormalizedSentences[candidate.Index]))
                {
                    offered.Add(candidate);
                }
            }

            return offered;
        }

        /// <summary>
        /// What KG0040 says after "does not stand in source": the closest sentence, or the close ones numbered,
        /// each with the quote's words it lacks. A sentence is put in quotation marks unless it opens with one of
        /// its own, so that no mark is doubled.
        /// </summary>
        public static string DescribeClosest(SourceDocument document, string quote)
        {
            IReadOnlyList<SentenceCandidate> candidates = ClosestSentences(document, quote);
            if (candidates.Count == 0)
            {
                return "the source has no sentence to compare it with";
            }

            if (candidates.Count == 1)
            {
                return "the closest sentence is: " + Describe(candidates[0], quote);
            }

            return "the closest sentences are: " + string.Join("; ", candidates.Select((c, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + Describe(c, quote)));
        }

        private static string Describe(SentenceCandidate candidate, string quote)
        {
            const string QuotationMarks = "\"\u201C\u201D\u2018\u2019'";
            string sentence = candidate.Sentence;
            string shown = sentence.Length > 0 && QuotationMarks.IndexOf(sentence[0]) >= 0 ? sentence : "\"" + sentence + "\"";
            string trimmed = quote.Trim();
            if (candidate.Share == 0 && candidate.MissingWords.Count == 0)
            {
                return shown; // a quote of no words: nothing to compare
            }

            if (candidate.MissingWords.Count > 0)
            {
                return shown + " (not in it: " + string.Join(", ", candidate.MissingWords.Select(w => "'" + w + "'")) + ")";
            }

            // Quotation marks typed around a plain YAML value are part of its text.
            return trimmed.Length > 0 && (QuotationMarks.IndexOf(trimmed[0]) >= 0 || QuotationMarks.IndexOf(trimmed[trimmed.Length - 1]) >= 0)
                ? shown + " (it holds every word of the quote; the quotation marks around the quote are part of its text: remove them, or quote the value as docs/fact-format.md shows)"
                : shown + " (it holds every word of the quote: look at their order and the punctuation between them)";
        }

        /// <summary>How many words both sequences hold in the same order, not necessarily side by side.</summary>
        private static int InOrder(string[] a, string[] b)
        {
            var previous = new int[b.Length + 1];
            for (int i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                for (int j = 1; j <= b.Length; j++)
                {
                    current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
                }

                previous = current;
            }

            return previous[b.Length];
        }

        /// <summary>The share of the quote's words a sentence after the first must hold to be offered at all.</summary>
        private const double MinimumShare = 0.5;

        /// <summary>How much smaller a share of the quote's words another sentence may hold and still be offered.</summary>
        private const double CloseShare = 0.1;

        private static (int First, int End) SentenceRange(SourceDocument document, int paragraph)
            => SourceDocumentIndex.Of(document).ParagraphSentences(paragraph);

        /// <summary>
        /// Every place the needle stands, noting any word it cuts at its start or end; only in <paramref name="candidates"/>
        /// (the paragraphs that can hold it, in order) where given.
        /// </summary>
        private static List<QuotePlace> Find(IReadOnlyList<string> paragraphs, IReadOnlyList<int>? candidates, string needle, StringComparison comparison)
        {
            var places = new List<QuotePlace>();
            int count = candidates?.Count ?? paragraphs.Count;
            for (int c = 0; c < count; c++)
            {
                int p = candidates is null ? c : candidates[c];
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
            int firstCovered = -1;
            int lastCovered = -1;
            for (int i = first; i < end; i++)
            {
                int sentenceLength = document.NormalizedSentences[i].Length;
                if (offset + sentenceLength > place.Start && offset < place.Start + length)
                {
                    firstCovered = firstCovered < 0 ? i : firstCovered;
                    lastCovered = i;
                }

                offset += sentenceLength + 1;
            }

            return firstCovered < 0 ? string.Empty
                : firstCovered == lastCovered ? document.Sentences[firstCovered]
                : string.Join(" ", CitedSentences.Range(firstCovered, lastCovered).Select(i => document.Sentences[i]));
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

        private static HashSet<string> Words(string text) => new HashSet<string>(WordList(text).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);

        /// <summary>The words of a text (runs of letters and digits) in order, as written.</summary>
        private static List<string> WordList(string text)
        {
            var words = new List<string>();
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
                    words.Add(text.Substring(start, i - start));
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
