using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The text of one source, split into sentences, each kept as printed and as normalised, with the text's
    /// SHA-256. Built once per text file and compared by value, so an unchanged text is never split again.
    /// <see cref="ParagraphLines"/> is the line (0-based) of each paragraph and <see cref="NormalizedParagraphs"/> its
    /// normalised sentences joined by a space, which quotes are searched in; <see cref="InvalidText"/> says where
    /// the text was not valid UTF-8 ("line 2, column 31, byte 94"), if it was not.
    /// </summary>
    public sealed record SourceDocument(
        string Path,
        string Sha256,
        EquatableArray<string> Sentences,
        EquatableArray<string> NormalizedSentences,
        EquatableArray<int> ParagraphStarts,
        EquatableArray<int> ParagraphLines,
        EquatableArray<string> NormalizedParagraphs,
        string? InvalidText)
    {
        public static SourceDocument Create(string path, string text)
        {
            var sentences = new List<string>();
            var normalized = new List<string>();
            var paragraphStarts = new List<int>();
            var paragraphLines = new List<int>();
            var normalizedParagraphs = new List<string>();
            foreach ((int line, List<string> paragraph) in SentenceSplitter.SplitByLine(text))
            {
                paragraphStarts.Add(sentences.Count);
                paragraphLines.Add(line);
                int first = normalized.Count;
                foreach (string sentence in paragraph)
                {
                    sentences.Add(sentence);
                    normalized.Add(TextNormalizer.Normalize(sentence));
                }

                normalizedParagraphs.Add(string.Join(" ", normalized.GetRange(first, normalized.Count - first)));
            }

            return new SourceDocument(
                path,
                ComputeSha256(text),
                sentences.ToEquatableArray(),
                normalized.ToEquatableArray(),
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
