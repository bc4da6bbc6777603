using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The text of one source, split into sentences, each kept as printed and as normalised, with where each
    /// sentence starts in the text and the text's SHA-256. Built once per text file and compared by value, so an
    /// unchanged text is never split again.
    /// <see cref="ParagraphLines"/> is the line (0-based) of each paragraph and <see cref="NormalizedParagraphs"/> its
    /// normalised sentences joined by a space, which quotes are searched in; <see cref="InvalidText"/> says where
    /// the text was not valid UTF-8 ("line 2, column 31, byte 94"), if it was not.
    /// </summary>
    public sealed record SourceDocument(
        string Path,
        string Sha256,
        string Text,
        EquatableArray<string> Sentences,
        EquatableArray<string> NormalizedSentences,
        EquatableArray<int> SentenceStarts,
        EquatableArray<int> ParagraphStarts,
        EquatableArray<int> ParagraphLines,
        EquatableArray<string> NormalizedParagraphs,
        string? InvalidText,
        int OversizeLength = 0)
    {
        /// <summary>
        /// The most characters a source text may have (docs/security.md). Every quote is searched for in its
        /// source's text, so this bounds what one quote can cost; a news article has a few thousand characters.
        /// </summary>
        public const int MaxTextLength = 1024 * 1024;

        /// <summary>
        /// A text over <see cref="MaxTextLength"/>, refused unread (KG0034): no sentences, no hash, so nothing is
        /// split, searched or hashed however large it is; <paramref name="length"/> is its length in characters.
        /// </summary>
        public static SourceDocument Oversize(string path, int length)
            => new SourceDocument(path, string.Empty, string.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<int>.Empty, EquatableArray<int>.Empty, EquatableArray<int>.Empty, EquatableArray<string>.Empty, null, length);

        public static SourceDocument Create(string path, string text)
        {
            if (text.Length > MaxTextLength)
            {
                return Oversize(path, text.Length);
            }

            var sentences = new List<string>();
            var normalized = new List<string>();
            var starts = new List<int>();
            var paragraphStarts = new List<int>();
            var paragraphLines = new List<int>();
            var normalizedParagraphs = new List<string>();
            int cursor = 0;
            foreach ((int line, List<string> paragraph) in SentenceSplitter.SplitByLine(text))
            {
                paragraphStarts.Add(sentences.Count);
                paragraphLines.Add(line);
                int first = normalized.Count;
                foreach (string sentence in paragraph)
                {
                    // Sentences are the text's own characters, in order, separated only by white space: the first
                    // occurrence after the previous one is this one.
                    int start = text.IndexOf(sentence, cursor, StringComparison.Ordinal);
                    starts.Add(start);
                    cursor = start + sentence.Length;
                    sentences.Add(sentence);
                    normalized.Add(TextNormalizer.Normalize(sentence));
                }

                normalizedParagraphs.Add(string.Join(" ", normalized.GetRange(first, normalized.Count - first)));
            }

            return new SourceDocument(
                path,
                ComputeSha256(text),
                text,
                sentences.ToEquatableArray(),
                normalized.ToEquatableArray(),
                starts.ToEquatableArray(),
                paragraphStarts.ToEquatableArray(),
                paragraphLines.ToEquatableArray(),
                normalizedParagraphs.ToEquatableArray(),
                Utf8Check.Describe(text));
        }

        /// <summary>The SHA-256 of the text encoded as UTF-8 without a byte-order mark, in lower-case hex.</summary>
        public static string ComputeSha256(string text)
        {
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(new UTF8Encoding(false).GetBytes(text));
            var builder = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash)
            {
                builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }
}
