using System.Collections.Generic;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The verb rule: a statement that uses one of these words reports an action, measure or meeting at some
    /// stage, so its fact must say which stage with <c>status:</c>. Only presence is required; which stage is the
    /// editor's reading of the sentence. Nouns that do not name a stage ("the 2019 plans") are left out; their
    /// verb phrases ("plans to") are in. The list is documented in docs/fact-format.md.
    /// </summary>
    public static class StatusRule
    {
        /// <summary>The words, built on each use rather than in a static initializer (docs/testing.md).</summary>
        public static IReadOnlyList<string> Words => new[]
        {
            "threat", "threats", "threaten", "threatens", "threatened", "threatening", "danger", "warned", "warns",
            "propose", "proposes", "proposed", "proposal",
            "announce", "announces", "announced",
            "plan to", "plans to", "planned", "planning",
            "impose", "imposes", "imposed", "imposition",
            "in force", "took effect", "take effect", "takes effect",
            "suspend", "suspends", "suspended",
            "cancel", "cancels", "cancelled", "canceled", "called off",
            "expect", "expects", "expected", "foresee", "foresees", "foresaw",
            "deny", "denies", "denied",
            "held",
            "promise", "promises", "promised", "pledge", "pledged",
        };

        /// <summary>
        /// Words that, up to <see cref="NegationReach"/> words before a stage word, say the stage is not reached:
        /// "did not threaten", "avoided repeating its earlier threat", "will not bow to threats", "do not plan to"
        /// (built on each use).
        /// </summary>
        public static IReadOnlyList<string> Negations => new[]
        {
            "not", "never", "no", "nor", "without", "avoided", "avoids", "avoid", "refused", "refuses", "won't", "didn't", "don't", "doesn't", "isn't", "wasn't",
        };

        private const int NegationReach = 4;

        /// <summary>
        /// The first stage word the text uses that no negation before it takes back, or null: the rule applied to a
        /// quoted sentence, where a curator cannot word it away.
        /// </summary>
        public static string? AssertedStageWord(string text) => AssertedStageWord(text, Words);

        /// <summary>
        /// As <see cref="AssertedStageWord(string)"/>, with <see cref="Words"/> fetched once by the caller for many texts:
        /// the list is built on each use (see <see cref="Words"/>), and built per statement and per quote it was a
        /// fortieth of what a full run allocates.
        /// </summary>
        public static string? AssertedStageWord(string text, IReadOnlyList<string> words)
        {
            string normalized = text;
            foreach (string word in words)
            {
                for (int at = TextSearch.IndexOfWords(normalized, word, 0); at >= 0; at = TextSearch.IndexOfWords(normalized, word, at + 1))
                {
                    if (!Negated(normalized, at))
                    {
                        return word;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Whether one of the <see cref="NegationReach"/> words before <paramref name="at"/> (words separated by spaces,
        /// commas and semicolons, read back to the end of the sentence before) is a negation. Read in place: a stage
        /// word stands in most quotes, and splitting the text before each one into strings was a twentieth of the checks.
        /// </summary>
        private static bool Negated(string text, int at)
        {
            int end = at;
            for (int word = 0; word < NegationReach; word++)
            {
                while (end > 0 && IsWordSeparator(text[end - 1]))
                {
                    end--;
                }

                if (end == 0 || text[end - 1] == '.')
                {
                    return false;
                }

                int start = end;
                while (start > 0 && !IsWordSeparator(text[start - 1]))
                {
                    start--;
                }

                if (IsNegation(text, start, end - start))
                {
                    return true;
                }

                end = start;
            }

            return false;
        }

        private static bool IsWordSeparator(char c) => c == ' ' || c == ',' || c == ';';

        /// <summary>One of <see cref="Negations"/>, or any word ending in "n't" (either apostrophe), ignoring case.</summary>
        private static bool IsNegation(string text, int start, int length)
        {
            int end = start + length;
            if (length >= 3 && char.ToLowerInvariant(text[end - 1]) == 't' && (text[end - 2] == '\'' || text[end - 2] == '\u2019') && char.ToLowerInvariant(text[end - 3]) == 'n')
            {
                return true;
            }

            foreach (string negation in Negations)
            {
                if (negation.Length == length && string.Compare(text, start, negation, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first word of the rule that the statement uses, or null where it uses none.</summary>
        public static string? StageWord(string statement)
        {
            foreach (string word in Words)
            {
                if (TextSearch.ContainsWords(statement, word))
                {
                    return word;
                }
            }

            return null;
        }
    }
}
