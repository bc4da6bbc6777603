using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// What every citation of a source asks of its sentences and paragraphs, computed once per source and shared by
    /// all the facts that cite it (most sentences are cited by several): the paragraph of each sentence, the
    /// sentences of each length (to find a located sentence without comparing it with every sentence), the paragraphs
    /// of each word (to search a quote only where it can stand), and, for each paragraph cited, how its printed text
    /// maps onto its normalised text. It is kept beside the document rather than
    /// in it, so that it takes no part in the document's value equality, and it is dropped with the document.
    /// </summary>
    internal sealed class SourceDocumentIndex
    {
        private static readonly ConditionalWeakTable<SourceDocument, SourceDocumentIndex> Indexes = new ConditionalWeakTable<SourceDocument, SourceDocumentIndex>();

        private readonly SourceDocument _document;
        private readonly int[] _paragraphOf;
        private readonly Dictionary<int, List<int>> _sentencesOfLength = new Dictionary<int, List<int>>();

        // Keyed by a hash of the word rather than the word, so that neither building nor asking allocates a string per
        // word; words that share a hash share a list, which can only add paragraphs to search, never leave one out.
        private readonly Dictionary<ulong, List<int>> _paragraphsOfWord = new Dictionary<ulong, List<int>>();

        // Filled on first use, paragraph by paragraph; two threads filling one slot compute the same value.
        private readonly PrintedParagraph?[] _printed;

        private SourceDocumentIndex(SourceDocument document)
        {
            _document = document;
            _paragraphOf = new int[document.Sentences.Count];
            for (int p = 0; p < document.ParagraphStarts.Count; p++)
            {
                (int first, int end) = ParagraphSentences(p);
                for (int i = first; i < end; i++)
                {
                    _paragraphOf[i] = p;
                }
            }

            for (int i = 0; i < document.Sentences.Count; i++)
            {
                int length = document.Sentences[i].Length;
                if (!_sentencesOfLength.TryGetValue(length, out List<int>? sentences))
                {
                    _sentencesOfLength.Add(length, sentences = new List<int>());
                }

                sentences.Add(i);
            }

            for (int p = 0; p < document.NormalizedParagraphs.Count; p++)
            {
                string text = document.NormalizedParagraphs[p];
                for (int start = NextWord(text, 0, text.Length); start < text.Length; start = NextWord(text, start, text.Length))
                {
                    ulong hash = HashWord(text, ref start, text.Length);
                    if (!_paragraphsOfWord.TryGetValue(hash, out List<int>? paragraphs))
                    {
                        _paragraphsOfWord.Add(hash, paragraphs = new List<int>());
                    }

                    if (paragraphs.Count == 0 || paragraphs[paragraphs.Count - 1] != p)
                    {
                        paragraphs.Add(p);
                    }
                }
            }

            _printed = new PrintedParagraph?[document.ParagraphStarts.Count];
        }

        public static SourceDocumentIndex Of(SourceDocument document) => Indexes.GetValue(document, d => new SourceDocumentIndex(d));

        /// <summary>The paragraph (0-based) that holds sentence <paramref name="sentence"/>.</summary>
        public int ParagraphOf(int sentence) => _paragraphOf[sentence];

        /// <summary>The first sentence of paragraph <paramref name="paragraph"/>, and one past its last.</summary>
        public (int First, int End) ParagraphSentences(int paragraph)
        {
            int first = _document.ParagraphStarts[paragraph];
            int end = paragraph + 1 < _document.ParagraphStarts.Count ? _document.ParagraphStarts[paragraph + 1] : _document.Sentences.Count;
            return (first, end);
        }

        /// <summary>The sentences, in order, whose printed text is <paramref name="length"/> characters long.</summary>
        public IReadOnlyList<int> SentencesOfLength(int length)
            => _sentencesOfLength.TryGetValue(length, out List<int>? sentences) ? sentences : (IReadOnlyList<int>)System.Array.Empty<int>();

        /// <summary>
        /// The paragraphs (0-based, in order) that can hold <paramref name="needle"/> (normalised text) anywhere, on whole
        /// words or not; null where any can. A word inside the needle, with a character that is not a letter or digit on
        /// both sides, stands as a whole word wherever the needle stands, so only the paragraphs holding that word (the
        /// fewest, of the needle's inner words) can hold the needle.
        /// </summary>
        public IReadOnlyList<int>? ParagraphsThatCanHold(string needle)
        {
            int start = 0;
            while (start < needle.Length && char.IsLetterOrDigit(needle[start]))
            {
                start++; // the first word may be the end of a longer one in the paragraph
            }

            int end = needle.Length;
            while (end > start && char.IsLetterOrDigit(needle[end - 1]))
            {
                end--; // and the last the start of one
            }

            List<int>? fewest = null;
            for (int at = NextWord(needle, start, end); at < end; at = NextWord(needle, at, end))
            {
                if (!_paragraphsOfWord.TryGetValue(HashWord(needle, ref at, end), out List<int>? paragraphs))
                {
                    return System.Array.Empty<int>();
                }

                if (fewest is null || paragraphs.Count < fewest.Count)
                {
                    fewest = paragraphs;
                }
            }

            return fewest;
        }

        /// <summary>Where the next run of letters and digits at or after <paramref name="at"/> starts (<paramref name="end"/> if none).</summary>
        private static int NextWord(string text, int at, int end)
        {
            while (at < end && !char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            return at;
        }

        /// <summary>The FNV-1a hash of the run of letters and digits starting at <paramref name="at"/>, which is moved past it.</summary>
        private static ulong HashWord(string text, ref int at, int end)
        {
            ulong hash = 14695981039346656037UL;
            for (; at < end && char.IsLetterOrDigit(text[at]); at++)
            {
                hash = (hash ^ text[at]) * 1099511628211UL;
            }

            return hash;
        }

        /// <summary>How paragraph <paramref name="paragraph"/>'s printed text maps onto its normalised text.</summary>
        public PrintedParagraph Printed(int paragraph) => _printed[paragraph] ??= PrintedParagraph.Of(_document, paragraph, ParagraphSentences(paragraph));
    }

    /// <summary>
    /// A paragraph as printed: where it starts and ends in the source's text and, unless its printed text is already
    /// its normalised text, the offset after each code point and the normalised length of the text up to there.
    /// </summary>
    internal sealed class PrintedParagraph
    {
        private PrintedParagraph(int textStart, int textEnd, List<int>? codePointEnds, int[]? normalizedLengths)
        {
            TextStart = textStart;
            TextEnd = textEnd;
            CodePointEnds = codePointEnds;
            NormalizedLengths = normalizedLengths;
        }

        public int TextStart { get; }

        public int TextEnd { get; }

        /// <summary>Null where the printed text is already normal (most paragraphs): offsets are then the text's own.</summary>
        public List<int>? CodePointEnds { get; }

        /// <summary>The normalised length of each prefix ending at <see cref="CodePointEnds"/>; null where those are.</summary>
        public int[]? NormalizedLengths { get; }

        public static PrintedParagraph Of(SourceDocument document, int paragraph, (int First, int End) sentences)
        {
            int textStart = document.SentenceStarts[sentences.First];
            int textEnd = document.SentenceStarts[sentences.End - 1] + document.Sentences[sentences.End - 1].Length;
            string printed = document.Text.Substring(textStart, textEnd - textStart);
            if (string.Equals(printed, document.NormalizedParagraphs[paragraph], System.StringComparison.Ordinal))
            {
                return new PrintedParagraph(textStart, textEnd, null, null);
            }

            List<int> ends = EndsOfCodePoints(printed);
            return new PrintedParagraph(textStart, textEnd, ends, TextNormalizer.PrefixLengths(printed, ends));
        }

        /// <summary>The offset after each code point of the text, so that no prefix splits a surrogate pair.</summary>
        private static List<int> EndsOfCodePoints(string text)
        {
            var ends = new List<int>(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                ends.Add(i + 1);
            }

            return ends;
        }
    }
}
