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
        /// <summary>
        /// The members every class has (<see cref="object"/>'s, and <c>ReferenceEquals</c> of a static class):
        /// a named member with one of these names would hide it, so it gets a trailing underscore instead.
        /// </summary>
        public static readonly string[] ObjectMembers = { "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals" };

        /// <summary>
        /// "us-china-surplus-2017" becomes "UsChinaSurplus2017"; a name that would start with a digit gets a leading
        /// underscore, a keyword an @, and a name that is its class's own or one of <see cref="ObjectMembers"/> a
        /// trailing underscore. No name made from letters and digits alone ends in an underscore, so no escaped
        /// name can meet another id's.
        /// </summary>
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

            // A member may not share its enclosing type's name (CS0542), nor hide what every object has (CS0108).
            return name == enclosingType || Array.IndexOf(ObjectMembers, name) >= 0 ? name + "_" : name;
        }

        /// <summary>Every fact kind, in the order of the generated FactKind enum.</summary>
        public static readonly FactKind[] FactKinds =
        {
            FactKind.Claim, FactKind.Money, FactKind.Quantity, FactKind.Percentage, FactKind.Date,
            FactKind.Role, FactKind.Stance, FactKind.Event, FactKind.Quote, FactKind.TradeAction,
        };

        /// <summary>The typed fact class of the kind: MoneyFact, RoleFact, ClaimFact.</summary>
        public static string FactClass(FactKind kind) => kind + "Fact";

        /// <summary>
        /// The kind of fact a measure's series holds, from its unit as the measure check compares it: "percent" for
        /// percentages, an ISO 4217 code (upper case, as currencies are written) for money, any other unit a quantity's.
        /// </summary>
        public static FactKind MeasureKind(MeasureSpec measure)
            => string.Equals(measure.Unit, "percent", StringComparison.OrdinalIgnoreCase) ? FactKind.Percentage
                : Checking.CurrencyCodes.IsKnown(measure.Unit) ? FactKind.Money
                : FactKind.Quantity;

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

        /// <summary>
        /// Every name the generated code declares inside the knowledge-base class: its support types, groups,
        /// members and private classes (data classes are KnowledgeGen_ and a hash). The class itself may not
        /// take one of them (KG0051), since a member may not share its class's name.
        /// </summary>
        public static readonly string[] ReservedInKnowledgeBase =
        {
            // Support types.
            "FactKind", "EntityKind", "DatePrecision", "FactDate", "FactPeriod", "Money", "Quantity", "Percentage",
            "DateValue", "RoleValue", "StanceValue", "EventValue", "QuoteValue", "TradeActionValue", "TradeInstrument", "ValueQualifier",
            "Citation", "Fact", "ClaimFact", "MoneyFact", "QuantityFact", "PercentageFact", "DateFact", "RoleFact", "StanceFact", "EventFact", "QuoteFact", "TradeActionFact",
            "Entity", "Source", "FactStatus", "Measure",

            // Groups.
            "Facts", "Sources", "People", "Organisations", "Countries", "Places", "Programmes", "Publications", "Groups", "Measures",

            // Members.
            "AllFacts", "AllEntities", "AllSources", "AllMeasures", "FactsOf", "FindFact", "FindEntity", "FindSource", "FindMeasure", "HoldingAt", "HoldingBetween",

            // Private classes.
            "KnowledgeGenTable", "KnowledgeGenIndex", "KnowledgeGenLookup", "KnowledgeGenFiles", "NumberWords",
        };

        public static bool IsReservedInKnowledgeBase(string name)
            => Array.IndexOf(ReservedInKnowledgeBase, name) >= 0 || name.StartsWith(DataHolderPrefix, StringComparison.Ordinal);

        public const string FactsGroup = "Facts";
        public const string MeasuresGroup = "Measures";

        /// <summary>"in force" for InForce: the status as the fact-file format writes it, in words.</summary>
        public static string StatusWords(FactStatus status) => status == FactStatus.InForce ? "in force" : status.ToString().ToLowerInvariant();
        public const string SourcesGroup = "Sources";

        public static string FactMember(string id) => Member(id, FactsGroup);

        public static string SourceMember(string id) => Member(id, SourcesGroup);

        public static string EntityMember(string id, EntityKind kind) => Member(id, EntityGroup(kind));

        /// <summary>
        /// The class holding one file's data, named from the file's path relative to the project (see
        /// <see cref="RelativePath"/>), so that no two files share it and no machine names it differently.
        /// </summary>
        /// <summary>
        /// A data class's name before its hash: every fact and measure member names its data class, so the name is short,
        /// and no name of ours without an underscore inside it (members, support types) can meet it.
        /// </summary>
        public const string DataHolderPrefix = "KnowledgeGen_";

        public static string DataHolder(string path, string? projectDirectory) => DataHolderPrefix + StableHash(RelativePath(path, projectDirectory));

        /// <summary>A hint name unique by path and readable in a file list: the file's own name, then a hash of its path relative to the project.</summary>
        public static string HintName(string path, string? projectDirectory) => SafeFileName(path) + "." + StableHash(RelativePath(path, projectDirectory)) + ".g.cs";

        /// <summary>
        /// The path relative to the project directory, with '/' separators, when the file is under it; otherwise
        /// (a file outside the project, or no directory known) the path as it is. A file outside the project keeps
        /// a path that may differ by machine, but one shared tree of fact files outside two clones still names the
        /// same relative way from each project: "../../facts/x.yaml".
        /// </summary>
        public static string RelativePath(string path, string? projectDirectory)
        {
            string file = Parsing.FilePaths.Normalize(path);
            if (string.IsNullOrEmpty(projectDirectory))
            {
                return file;
            }

            string directory = Parsing.FilePaths.Normalize(projectDirectory!).TrimEnd('/');
            string[] fileParts = file.Split('/');
            string[] directoryParts = directory.Split('/');
            int common = 0;
            while (common < fileParts.Length - 1 && common < directoryParts.Length && string.Equals(fileParts[common], directoryParts[common], StringComparison.Ordinal))
            {
                common++;
            }

            // Only the root in common (or different drives): nothing relative to say.
            if (common <= 1 && !(common == 1 && fileParts[0].Length > 0))
            {
                return file;
            }

            var relative = new StringBuilder();
            for (int i = common; i < directoryParts.Length; i++)
            {
                relative.Append("../");
            }

            relative.Append(string.Join("/", fileParts, common, fileParts.Length - common));
            return relative.ToString();
        }

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
