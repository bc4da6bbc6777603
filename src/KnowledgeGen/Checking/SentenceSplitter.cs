using System;
using System.Collections.Generic;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Splits an article into paragraphs (its lines) and each paragraph into sentences, keeping the article's
    /// own characters. A sentence ends at . ! ? or … (with any closing quote or bracket) followed by white space
    /// and a capital, a digit or an opening quote; "U.S." and "Mr." do not end one.
    /// </summary>
    public static class SentenceSplitter
    {
        public static List<List<string>> Split(string text)
        {
            var paragraphs = new List<List<string>>();
            foreach ((int _, List<string> sentences) in SplitByLine(text))
            {
                paragraphs.Add(sentences);
            }

            return paragraphs;
        }

        /// <summary>Each paragraph with its line number (0-based), so that a place in the article can be named.</summary>
        public static List<(int Line, List<string> Sentences)> SplitByLine(string text)
        {
            var paragraphs = new List<(int, List<string>)>();
            string[] lines = text.Split(new[] { "\r\n", "\n", "\r", "\u2028", "\u2029", "\u0085" }, StringSplitOptions.None);
            for (int i = 0; i < lines.Length; i++)
            {
                string trimmed = lines[i].Trim();
                if (trimmed.Length > 0)
                {
                    paragraphs.Add((i, SplitParagraph(trimmed)));
                }
            }

            return paragraphs;
        }

        private static List<string> SplitParagraph(string paragraph)
        {
            var sentences = new List<string>();
            int start = 0;
            for (int i = 0; i < paragraph.Length; i++)
            {
                char c = paragraph[i];
                if (c != '.' && c != '!' && c != '?' && c != '\u2026')
                {
                    continue;
                }

                int end = i + 1;
                while (end < paragraph.Length && IsCloser(paragraph[end]))
                {
                    end++;
                }

                if (end >= paragraph.Length || !char.IsWhiteSpace(paragraph[end]))
                {
                    continue;
                }

                int next = end;
                while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
                {
                    next++;
                }

                if (next >= paragraph.Length || !IsOpener(paragraph[next]) || (c == '.' && IsAbbreviation(paragraph, i)))
                {
                    continue;
                }

                sentences.Add(paragraph.Substring(start, end - start).Trim());
                start = next;
                i = next - 1;
            }

            if (start < paragraph.Length)
            {
                sentences.Add(paragraph.Substring(start).Trim());
            }

            return sentences;
        }

        private static bool IsCloser(char c) => c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';

        private static bool IsOpener(char c) => char.IsUpper(c) || char.IsDigit(c) || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[';

        /// <summary>True when the word ending at <paramref name="dot"/> is an abbreviation or initials such as "U.S.".</summary>
        private static bool IsAbbreviation(string paragraph, int dot)
        {
            int wordStart = dot;
            while (wordStart > 0 && !char.IsWhiteSpace(paragraph[wordStart - 1]))
            {
                wordStart--;
            }

            string word = paragraph.Substring(wordStart, dot - wordStart).TrimStart('(', '"', '\u201C');
            if (IsKnownAbbreviation(word))
            {
                return true;
            }

            // Initials: single letters each followed by a dot, the last dot being this one ("U.S", "D.C").
            if (word.Length == 0)
            {
                return false;
            }

            for (int i = 0; i < word.Length; i++)
            {
                bool expectLetter = i % 2 == 0;
                if (expectLetter ? !char.IsUpper(word[i]) : word[i] != '.')
                {
                    return false;
                }
            }

            return word.Length % 2 == 1;
        }

        /// <summary>Words that end with a dot without ending a sentence (a switch, not a static set: see docs/testing.md).</summary>
        private static bool IsKnownAbbreviation(string word)
        {
            switch (word)
            {
                case "Mr": case "Mrs": case "Ms": case "Dr": case "St": case "Jr": case "Sr":
                case "Inc": case "Co": case "Corp": case "Ltd":
                case "Gov": case "Sen": case "Rep": case "Gen": case "No": case "vs": case "etc":
                case "Jan": case "Feb": case "Mar": case "Apr": case "Jun": case "Jul": case "Aug":
                case "Sep": case "Sept": case "Oct": case "Nov": case "Dec":
                    return true;
                default:
                    return false;
            }
        }
    }
}
