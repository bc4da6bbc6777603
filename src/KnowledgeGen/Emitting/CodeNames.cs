using System;
using System.Globalization;
using System.Text;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Emitting
{
    /// <summary>The C# names made from ids, kinds and file paths; both emitters and the collision check use them.</summary>
    public static class CodeNames
    {
        /// <summary>"us-china-surplus-2017" becomes "UsChinaSurplus2017"; a name that would start with a digit gets a leading underscore.</summary>
        public static string Member(string id, string enclosingType)
        {
            var builder = new StringBuilder(id.Length);
            bool upper = true;
            foreach (char c in id)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            string name = builder.Length == 0 || char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
            if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            {
                name = "@" + name;
            }

            // A member may not share its enclosing type's name (CS0542).
            return name == enclosingType ? name + "_" : name;
        }

        public static string KindGroup(FactKind kind) => kind switch
        {
            FactKind.Claim => "Claims",
            FactKind.Money => "Money",
            FactKind.Quantity => "Quantities",
            FactKind.Percentage => "Percentages",
            FactKind.Date => "Dates",
            FactKind.Role => "Roles",
            FactKind.Stance => "Stances",
            FactKind.Event => "Events",
            FactKind.Quote => "Quotes",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        public static string EntityGroup(EntityKind kind) => kind switch
        {
            EntityKind.Person => "People",
            EntityKind.Organisation => "Organisations",
            EntityKind.Country => "Countries",
            EntityKind.Place => "Places",
            EntityKind.Programme => "Programmes",
            EntityKind.Publication => "Publications",
            EntityKind.Group => "Groups",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        public const string FactsGroup = "Facts";
        public const string SourcesGroup = "Sources";

        public static string FactMember(string id) => Member(id, FactsGroup);

        public static string SourceMember(string id) => Member(id, SourcesGroup);

        public static string EntityMember(string id, EntityKind kind) => Member(id, EntityGroup(kind));

        /// <summary>The class holding one file's data, named from the file so that no two files share it.</summary>
        public static string DataHolder(string path) => "Data_" + StableHash(path);

        /// <summary>A hint name unique by path and readable in a file list: the file's own name, then a hash of its path.</summary>
        public static string HintName(string path) => SafeFileName(path) + "." + StableHash(path) + ".g.cs";

        /// <summary>
        /// The file's own name with every character but ASCII letters, digits, '-' and '_' replaced by '_', so
        /// that it is safe in a hint name and in a comment of generated code whatever the file is called.
        /// </summary>
        public static string SafeFileName(string path)
        {
            string normalized = path.Replace('\\', '/');
            string fileName = normalized.Substring(normalized.LastIndexOf('/') + 1);
            var safe = new StringBuilder(fileName.Length);
            foreach (char c in fileName)
            {
                bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
                safe.Append(plain ? c : '_');
            }

            return safe.ToString();
        }

        /// <summary>FNV-1a over the path: stable across runs and machines, unlike string.GetHashCode.</summary>
        public static string StableHash(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text.Replace('\\', '/'))
            {
                hash = unchecked((hash ^ c) * 16777619);
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }
}
