using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The words that name each trade instrument. A trade action's printed words must hold a word of each group
    /// its instrument lists ("curbs on Chinese investment": a restricting word and an investment word), so that
    /// an instrument cannot be chosen that the sentence does not name. The lists are documented in
    /// docs/fact-format.md.
    /// </summary>
    public static class InstrumentWords
    {
        /// <summary>The groups of words for the instrument, built on each use (docs/testing.md).</summary>
        public static IReadOnlyList<string[]> Groups(TradeInstrument instrument)
        {
            string[] restricting =
            {
                "restrict", "restricts", "restricted", "restriction", "restrictions", "curb", "curbs", "ban", "bans", "banned",
                "block", "blocks", "blocked", "limit", "limits", "control", "controls", "quota", "quotas",
            };
            return instrument switch
            {
                TradeInstrument.Tariff => new[] { new[] { "tariff", "tariffs", "duty", "duties" } },
                TradeInstrument.ImportRestriction => new[] { restricting, new[] { "import", "imports", "sell", "selling", "sale", "sales" } },
                TradeInstrument.ExportControl => new[] { restricting, new[] { "export", "exports", "sell", "selling", "sale", "sales", "buy", "buying", "purchases" } },
                TradeInstrument.InvestmentRestriction => new[] { restricting, new[] { "investment", "investments", "invest", "investing", "acquire", "acquisitions" } },
                TradeInstrument.PurchaseCommitment => new[]
                {
                    new[] { "promise", "promises", "promised", "pledge", "pledged", "commit", "committed", "commitment", "offer", "offered", "agree", "agreed" },
                    new[] { "buy", "buying", "purchase", "purchases", "import", "imports" },
                },
                _ => new string[0][],
            };
        }

        /// <summary>The first group of the instrument that the printed words hold no word of, or null where they name it.</summary>
        public static string[]? Missing(TradeInstrument instrument, string printed)
        {
            string words = TextNormalizer.Normalize(printed);
            return Groups(instrument).FirstOrDefault(group => !group.Any(word => TextSearch.ContainsWords(words, word)));
        }
    }
}
