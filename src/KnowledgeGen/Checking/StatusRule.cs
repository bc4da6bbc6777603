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
            "threat", "threats", "threaten", "threatens", "threatened", "threatening",
            "propose", "proposes", "proposed", "proposal",
            "announce", "announces", "announced",
            "plan to", "plans to", "planned", "planning",
            "impose", "imposes", "imposed", "imposition",
            "in force", "took effect", "take effect", "takes effect",
            "suspend", "suspends", "suspended",
            "cancel", "cancels", "cancelled", "canceled", "called off",
            "expect", "expects", "expected",
            "deny", "denies", "denied",
            "held",
        };

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
