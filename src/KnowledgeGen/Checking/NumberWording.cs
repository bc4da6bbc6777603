using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The words a sentence puts before a number: a hedge ("roughly two-fifths", "more than $100 billion") that
    /// the value must record as its qualifier, and a verb of change ("fell 1.8 per cent", "up 4 per cent") that
    /// sets the value's sign. Both lists are documented in docs/fact-format.md.
    /// </summary>
    public static class NumberWording
    {
        /// <summary>How many words before the number a verb of change may stand ("fell by almost 2 per cent").</summary>
        private const int VerbReach = 3;

        /// <summary>Hedges and the qualifier each means, longest first so that "just under" wins over "under" (built on each use, docs/testing.md).</summary>
        public static IReadOnlyList<KeyValuePair<string, ValueQualifier>> Hedges => new[]
        {
            Pair("more than", ValueQualifier.MoreThan), Pair("over", ValueQualifier.MoreThan),
            Pair("at least", ValueQualifier.AtLeast),
            Pair("at most", ValueQualifier.AtMost), Pair("up to", ValueQualifier.AtMost),
            Pair("less than", ValueQualifier.LessThan), Pair("fewer than", ValueQualifier.LessThan), Pair("under", ValueQualifier.LessThan),
            Pair("almost", ValueQualifier.LessThan), Pair("nearly", ValueQualifier.LessThan),
            Pair("roughly", ValueQualifier.Approximately), Pair("about", ValueQualifier.Approximately), Pair("around", ValueQualifier.Approximately),
            Pair("approximately", ValueQualifier.Approximately), Pair("some", ValueQualifier.Approximately), Pair("an estimated", ValueQualifier.Approximately),
            Pair("between", ValueQualifier.Between),
        };

        /// <summary>Verbs and words that report a fall (built on each use).</summary>
        public static IReadOnlyList<string> Falls => new[]
        {
            "fell", "fall", "falls", "falling", "dropped", "drop", "drops", "declined", "decline", "declines", "decreased", "decrease",
            "shrank", "shrink", "shrinks", "shrunk", "slumped", "plunged", "slid", "lost", "down",
        };

        /// <summary>Verbs and words that report a rise (built on each use).</summary>
        public static IReadOnlyList<string> Rises => new[]
        {
            "rose", "rise", "rises", "rising", "grew", "grow", "grows", "increased", "increase", "increases", "gained", "jumped", "climbed", "up",
        };

        /// <summary>The hedge that the printed words start with or that stands right before them in the quote, or null.</summary>
        public static KeyValuePair<string, ValueQualifier>? Hedge(string quote, int at, string printed)
        {
            string before = quote.Substring(0, at).TrimEnd();
            foreach (KeyValuePair<string, ValueQualifier> hedge in Hedges)
            {
                if (StartsWithWords(printed, hedge.Key) || EndsWithWords(before, hedge.Key))
                {
                    return hedge;
                }
            }

            return null;
        }

        /// <summary>
        /// The verb of change among the few words before the number and whether it reports a fall (-1) or a rise
        /// (+1); null where there is none, or where "to" right before the number makes it a level ("fell to 5 per cent").
        /// </summary>
        public static (string Word, int Sign)? Change(string quote, int at)
        {
            string[] words = quote.Substring(0, at).Split(new[] { ' ', ',', ';', ':' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && string.Equals(words[words.Length - 1], "to", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            for (int i = words.Length - 1; i >= Math.Max(0, words.Length - VerbReach); i--)
            {
                string word = words[i].ToLowerInvariant();
                if (word.EndsWith(".", StringComparison.Ordinal))
                {
                    break;
                }

                if (Falls.Contains(word))
                {
                    return (word, -1);
                }

                if (Rises.Contains(word))
                {
                    return (word, 1);
                }
            }

            return null;
        }

        private static bool StartsWithWords(string text, string words)
            => text.StartsWith(words, StringComparison.OrdinalIgnoreCase) && (text.Length == words.Length || !char.IsLetterOrDigit(text[words.Length]));

        private static bool EndsWithWords(string text, string words)
            => text.EndsWith(words, StringComparison.OrdinalIgnoreCase) && (text.Length == words.Length || !char.IsLetterOrDigit(text[text.Length - words.Length - 1]));

        private static KeyValuePair<string, ValueQualifier> Pair(string words, ValueQualifier qualifier) => new KeyValuePair<string, ValueQualifier>(words, qualifier);
    }
}
