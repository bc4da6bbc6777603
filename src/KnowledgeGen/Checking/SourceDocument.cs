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
    /// </summary>
    public sealed record SourceDocument(
        string Path,
        string Sha256,
        string Text,
        EquatableArray<string> Sentences,
        EquatableArray<string> NormalizedSentences,
        EquatableArray<int> SentenceStarts,
        EquatableArray<int> ParagraphStarts)
    {
        public static SourceDocument Create(string path, string text)
        {
            var sentences = new List<string>();
            var normalized = new List<string>();
            var starts = new List<int>();
            var paragraphStarts = new List<int>();
            int cursor = 0;
            foreach (List<string> paragraph in SentenceSplitter.Split(text))
            {
                paragraphStarts.Add(sentences.Count);
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
            }

            return new SourceDocument(
                path,
                ComputeSha256(text),
                text,
                sentences.ToEquatableArray(),
                normalized.ToEquatableArray(),
                starts.ToEquatableArray(),
                paragraphStarts.ToEquatableArray());
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
