using System;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Finds a value's words in a quote as whole words: "US" is not found in "because", nor "2.5 million" in
    /// "12.5 million". A needle that starts or ends with punctuation ("$375.2 billion") is bounded only where it
    /// has a letter or digit.
    /// </summary>
    public static class TextSearch
    {
        public static bool ContainsWords(string haystack, string needle) => IndexOfWords(haystack, needle, 0) >= 0;

        /// <summary>Where the needle first stands as whole words at or after <paramref name="from"/>; -1 if nowhere.</summary>
        public static int IndexOfWords(string haystack, string needle, int from)
        {
            if (needle.Length == 0)
            {
                return -1;
            }

            while (from <= haystack.Length - needle.Length)
            {
                int at = haystack.IndexOf(needle, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    return -1;
                }

                bool startBounded = !char.IsLetterOrDigit(needle[0]) || at == 0 || !char.IsLetterOrDigit(haystack[at - 1]);
                int end = at + needle.Length;
                bool endBounded = !char.IsLetterOrDigit(needle[needle.Length - 1]) || end == haystack.Length || !char.IsLetterOrDigit(haystack[end]);
                if (startBounded && endBounded)
                {
                    return at;
                }

                from = at + 1;
            }

            return -1;
        }
    }
}
