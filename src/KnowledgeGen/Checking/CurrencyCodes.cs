using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The ISO 4217 currency codes, read once from Iso4217.txt (embedded in this assembly): each line that is not
    /// a comment starts with a code of three capital letters, followed by the currency's name.
    /// </summary>
    public static class CurrencyCodes
    {
        public const string ResourceName = "KnowledgeGen.Iso4217.txt";

        private static readonly Lazy<Dictionary<string, string>> Codes = new Lazy<Dictionary<string, string>>(() => Parse(ReadResource()));

        /// <summary>Code to currency name.</summary>
        public static IReadOnlyDictionary<string, string> All => Codes.Value;

        public static bool IsKnown(string code) => Codes.Value.ContainsKey(code);

        /// <summary>Reads the list's format; throws <see cref="FormatException"/> naming the first line that breaks it.</summary>
        public static Dictionary<string, string> Parse(string text)
        {
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                bool wellFormed = line.Length > 4 && line[3] == ' ' && IsCapital(line[0]) && IsCapital(line[1]) && IsCapital(line[2]) && line.Substring(4).Trim().Length > 0;
                if (!wellFormed || codes.ContainsKey(line.Substring(0, 3)))
                {
                    throw new FormatException("Iso4217.txt line " + (i + 1) + " is not 'CODE Name' with a new three-capital-letter code: " + line);
                }

                codes.Add(line.Substring(0, 3), line.Substring(4).Trim());
            }

            return codes;
        }

        public static string ReadResource()
        {
            using Stream stream = typeof(CurrencyCodes).GetTypeInfo().Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("The currency list " + ResourceName + " is not embedded");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        private static bool IsCapital(char c) => c >= 'A' && c <= 'Z';
    }
}
