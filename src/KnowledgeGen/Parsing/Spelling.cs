using System;
using System.Collections.Generic;

namespace KnowledgeGen.Parsing
{
    /// <summary>
    /// The known name a misspelt one was most likely meant to be, for "did you mean" hints: within two edits
    /// (a transposed pair counts as one), ignoring case, and fewer edits than half the name, so that short
    /// unrelated names are not offered.
    /// </summary>
    public static class Spelling
    {
        public static string? Closest(string word, IEnumerable<string> known)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in known)
            {
                int distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance <= 2 && distance * 2 < candidate.Length && distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        /// <summary>" (did you mean 'x'?)" for the closest known name, or nothing; for the end of a message.</summary>
        public static string MeantHint(string word, IEnumerable<string> known)
        {
            string? meant = Closest(word, known);
            return meant is null ? string.Empty : " (did you mean '" + meant + "'?)";
        }

        /// <summary>Edits (insert, delete, substitute, swap two neighbours) from one string to the other.</summary>
        private static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (int j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }
    }
}
