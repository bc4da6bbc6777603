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
        public static string? AssertedStageWord(string text)
        {
            string normalized = TextNormalizer.Normalize(text);
            foreach (string word in Words)
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

        private static bool Negated(string text, int at)
        {
            string[] before = text.Substring(0, at).Split(new[] { ' ', ',', ';' }, System.StringSplitOptions.RemoveEmptyEntries);
            for (int i = before.Length - 1; i >= 0 && i >= before.Length - NegationReach; i--)
            {
                string word = before[i].ToLowerInvariant().Replace('\u2019', '\'');
                if (word.EndsWith(".", System.StringComparison.Ordinal))
                {
                    return false;
                }

                if (System.Linq.Enumerable.Contains(Negations, word) || word.EndsWith("n't", System.StringComparison.Ordinal))
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
