using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Refuses aliases that would make a sentence seem to name an entity it does not: words that identify no one
    /// on their own (see <see cref="VagueNames"/>), and a name shared between a place and a country, where
    /// "Beijing" would then name both the city and the government.
    /// </summary>
    public static class AliasChecker
    {
        public static void Check(FactFileSpec file, IEnumerable<CatalogEntity> catalog, List<DiagnosticInfo> diagnostics)
        {
            var places = new List<CatalogEntity>();
            var countries = new List<CatalogEntity>();
            foreach (CatalogEntity entity in catalog)
            {
                if (entity.Kind == EntityKind.Place)
                {
                    places.Add(entity);
                }
                else if (entity.Kind == EntityKind.Country)
                {
                    countries.Add(entity);
                }
            }

            foreach (EntitySpec entity in file.Entities)
            {
                foreach (string alias in entity.Aliases)
                {
                    if (VagueNames.IdentifiesNothing(alias))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.AliasNamesNothingAlone, entity.IdLocation, alias, entity.Id, "identifies no one on its own"));
                        continue;
                    }

                    List<CatalogEntity> others = entity.Kind == EntityKind.Place ? countries : entity.Kind == EntityKind.Country ? places : new List<CatalogEntity>();
                    foreach (CatalogEntity other in others)
                    {
                        if (other.Id != entity.Id && HasName(other, alias))
                        {
                            string kind = other.Kind == EntityKind.Place ? "place" : "country";
                            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.AliasNamesNothingAlone, entity.IdLocation, alias, entity.Id, "is also a name of the " + kind + " '" + other.Id + "'"));
                        }
                    }

                    if (!IsProperName(alias) && !others.Any(other => other.Id != entity.Id && HasName(other, alias)))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.AliasNamesNothingAlone, entity.IdLocation, alias, entity.Id, "is no proper name (no word of it but a quantifier is capitalised), so it describes a kind of people or things rather than naming one"));
                    }
                    else if (IsProperName(alias) && DescribingName(alias, entity.Id, catalog) is string modifier)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.AliasNamesNothingAlone, entity.IdLocation, alias, entity.Id, "is a description ('" + modifier + "' and common nouns), which fits more than one group or body, so it does not name this one"));
                    }
                }
            }
        }

        /// <summary>Quantifiers and articles that a capital at the start of an alias does not make a name ("Many economists").</summary>
        private static string[] Quantifiers => new[] { "the", "a", "an", "many", "some", "several", "most", "all", "other", "few", "various" };

        /// <summary>Whether a word of the alias, after its leading articles and quantifiers, starts with a capital letter or a digit.</summary>
        public static bool IsProperName(string alias)
        {
            string[] words = alias.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            int first = 0;
            while (first < words.Length && Array.IndexOf(Quantifiers, words[first].ToLowerInvariant()) >= 0)
            {
                first++;
            }

            for (int i = first; i < words.Length; i++)
            {
                if (char.IsUpper(words[i][0]) || char.IsDigit(words[i][0]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The capitalised word that makes the alias look like a name when it is only a description: every capitalised
        /// word of it is the name of another entity ("US negotiators", "Beijing officials", "China's leaders") or the
        /// first word of a phrase in sentence case ("Seminar participants"). Null for a name ("White House", "Mr Liu",
        /// "2025 plan") or a single word.
        /// </summary>
        public static string? DescribingName(string alias, string ownerId, IEnumerable<CatalogEntity> catalog)
        {
            string[] words = alias.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                return null;
            }

            string? modifier = null;
            for (int i = 0; i < words.Length; i++)
            {
                string word = words[i].EndsWith("'s", StringComparison.Ordinal) || words[i].EndsWith("\u2019s", StringComparison.Ordinal) ? words[i].Substring(0, words[i].Length - 2) : words[i];
                if (char.IsDigit(word[0]))
                {
                    return null;
                }

                if (!char.IsUpper(word[0]))
                {
                    continue;
                }

                bool otherName = catalog.Any(other => other.Id != ownerId && HasName(other, word));
                if (!otherName && i > 0)
                {
                    return null;
                }

                modifier ??= words[i];
            }

            return modifier;
        }

        private static bool HasName(CatalogEntity entity, string name)
        {
            string wanted = CitedSentences.Searchable(name);
            if (string.Equals(CitedSentences.Searchable(entity.Name), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (string alias in entity.Aliases)
            {
                if (string.Equals(CitedSentences.Searchable(alias), wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
