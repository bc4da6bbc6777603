using System;
using System.Collections.Generic;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Words that name no one in particular: a role without its holder ("the official"), a pronoun, a
    /// nationality ("Chinese"). As an entity's alias such a word would let any sentence using it count as naming
    /// that entity, so it is refused as an alias; a citation's <c>mention:</c> ties it to an entity where one
    /// sentence uses it so. The list is documented in docs/fact-format.md.
    /// </summary>
    public static class VagueNames
    {
        // Built on each use rather than in a static initializer, whose mutants would re-run every test (docs/testing.md).
        private static HashSet<string> Words => new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            // Roles without their holder.
            "official", "officials", "government official", "government officials", "senior official", "senior officials",
            "chinese official", "chinese officials", "us official", "us officials", "u.s. official", "u.s. officials",
            "american official", "american officials", "spokesman", "spokeswoman", "spokesperson", "minister",
            "secretary", "president", "premier", "leader", "leaders", "government", "administration", "delegation",
            "team", "negotiator", "negotiators", "source", "sources", "analyst", "analysts", "expert", "experts",
            "adviser", "advisers", "advisor", "advisors", "people", "person", "company", "companies",
            // Pronouns.
            "he", "she", "they", "him", "her", "them", "it", "his", "their", "its",
            // Nationalities and other adjectives of a country.
            "chinese", "american", "americans", "british", "european", "europeans", "canadian", "mexican", "australian",
            "japanese", "korean", "german", "french",
        };

        private static string[] Articles => new[] { "the ", "a ", "an " };

        /// <summary>True where <paramref name="alias"/> is on the list, a leading "the", "a" or "an" ignored.</summary>
        public static bool IdentifiesNothing(string alias)
        {
            string text = CitedSentences.Searchable(alias);
            foreach (string article in Articles)
            {
                if (text.StartsWith(article, StringComparison.OrdinalIgnoreCase))
                {
                    text = text.Substring(article.Length);
                    break;
                }
            }

            return Words.Contains(text);
        }

        /// <summary>The list, for the docs and the tests.</summary>
        public static IEnumerable<string> All => Words;
    }
}
