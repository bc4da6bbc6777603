using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using KnowledgeGen.Model;
using KnowledgeGen.Yaml;

namespace KnowledgeGen.Parsing
{
    /// <summary>
    /// Reads the fields of one YAML mapping by name and type. Unknown fields are reported on construction;
    /// a missing or mistyped field is reported where it is asked for, and comes back as null.
    /// </summary>
    internal sealed class FieldReader
    {
        /// <summary>The longest id accepted; documented in docs/fact-format.md. Longer ones make unreadable C# names.</summary>
        public const int MaxIdLength = 80;

        /// <summary>The largest number a value may hold: what a C# decimal holds.</summary>
        private static string LargestNumber => decimal.MaxValue.ToString("#,0", CultureInfo.InvariantCulture);

        private readonly MappingNode _mapping;
        private readonly string _context;
        private readonly List<DiagnosticInfo> _diagnostics;

        public FieldReader(MappingNode mapping, string context, string[] allowedFields, List<DiagnosticInfo> diagnostics)
        {
            _mapping = mapping;
            _context = context;
            _diagnostics = diagnostics;
            foreach (KeyValuePair<ScalarNode, TreeNode> entry in mapping.Entries)
            {
                ReportUnknown(entry.Key, context, allowedFields, diagnostics);
            }
        }

        /// <summary>Reports a key that is not one of the fields a mapping may have, with the field it may have meant.</summary>
        public static void ReportUnknown(ScalarNode key, string context, string[] allowedFields, List<DiagnosticInfo> diagnostics)
        {
            if (Array.IndexOf(allowedFields, key.Value) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownField, key.Location, key.Value, context, string.Join(", ", allowedFields), Spelling.MeantHint(key.Value, allowedFields)));
            }
        }

        public LocationInfo Location => _mapping.Location;

        public bool Has(string field) => Find(field) is { } node && !(node is ScalarNode scalar && scalar.IsNull);

        public LocationInfo LocationOf(string field) => Find(field)?.Location ?? _mapping.Location;

        public TreeNode? Node(string field, bool required)
        {
            TreeNode? node = Find(field);
            if (node is null || (node is ScalarNode scalar && scalar.IsNull))
            {
                if (required)
                {
                    Report(Diagnostics.MissingField, node?.Location ?? _mapping.Location, field, _context);
                }

                return null;
            }

            return node;
        }

        public ScalarNode? Scalar(string field, bool required)
        {
            TreeNode? node = Node(field, required);
            if (node is null)
            {
                return null;
            }

            if (node is ScalarNode scalar)
            {
                return scalar;
            }

            Report(Diagnostics.WrongFieldType, node.Location, field, "text, not " + node.Describe());
            return null;
        }

        public string? Text(string field, bool required)
        {
            ScalarNode? scalar = Scalar(field, required);
            if (scalar is null)
            {
                return null;
            }

            if (scalar.Value.Trim().Length == 0)
            {
                Report(Diagnostics.MissingField, scalar.Location, field, _context);
                return null;
            }

            return scalar.Value;
        }

        public string? Id(string field, bool required)
        {
            string? id = Text(field, required);
            if (id is null)
            {
                return null;
            }

            if (id.Length > MaxIdLength)
            {
                Report(Diagnostics.IdTooLong, LocationOf(field), id.Length.ToString(CultureInfo.InvariantCulture), MaxIdLength.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            if (!IsKebabCase(id))
            {
                Report(Diagnostics.InvalidId, LocationOf(field), id);
                return null;
            }

            return id;
        }

        public IdReference? Reference(string field, bool required)
        {
            string? id = Id(field, required);
            return id is null ? null : new IdReference(id, LocationOf(field));
        }

        public decimal? Decimal(string field, bool required)
        {
            ScalarNode? scalar = Scalar(field, required);
            if (scalar is null)
            {
                return null;
            }

            if (decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                return value;
            }

            // Patterns go through Regex's own cache rather than static fields: a static initializer's mutants
            // would re-run every test (docs/testing.md).
            if (Regex.IsMatch(scalar.Value, @"^[+-]?\d+(?:\.\d+)?$", RegexOptions.CultureInvariant))
            {
                Report(Diagnostics.NumberTooLarge, scalar.Location, field, scalar.Value, "29 digits, up to " + LargestNumber);
                return null;
            }

            Report(Diagnostics.WrongFieldType, scalar.Location, field, "a number such as 375200000000 or 1.8, written without separators");
            return null;
        }

        /// <summary>A whole number from 1 up, such as an occurrence.</summary>
        public int? Count(string field, bool required)
        {
            ScalarNode? scalar = Scalar(field, required);
            if (scalar is null)
            {
                return null;
            }

            if (int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1)
            {
                return value;
            }

            Report(Diagnostics.WrongFieldType, scalar.Location, field, "a whole number from 1 up, such as 2 for the second place");
            return null;
        }

        public PartialDate? Date(string field, bool required)
        {
            ScalarNode? scalar = Scalar(field, required);
            return scalar is null ? null : ParseDate(scalar, field);
        }

        public PartialDate? ParseDate(ScalarNode scalar, string field)
        {
            PartialDate? date = PartialDate.TryParse(scalar.Value);
            if (date is not null)
            {
                return date;
            }

            Match shape = Regex.Match(scalar.Value, @"^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$", RegexOptions.CultureInvariant);
            if (shape.Success)
            {
                (string reason, string part) = WhyNotInCalendar(shape);
                Report(Diagnostics.DateNotInCalendar, scalar.Location, scalar.Value, reason, part);
            }
            else
            {
                Report(Diagnostics.WrongFieldType, scalar.Location, field, "a date written yyyy, yyyy-MM or yyyy-MM-dd");
            }

            return null;
        }

        /// <summary>Which part of a date written in the right shape is not in the calendar, and why.</summary>
        private static (string Reason, string Part) WhyNotInCalendar(Match shape)
        {
            int year = int.Parse(shape.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year < 1)
            {
                return ("there is no year 0", "year");
            }

            if (!shape.Groups["month"].Success)
            {
                return ("the year cannot be read", "year");
            }

            int month = int.Parse(shape.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month < 1 || month > 12)
            {
                return ("there is no month " + month.ToString(CultureInfo.InvariantCulture) + " (months run from 01 to 12)", "month");
            }

            int day = shape.Groups["day"].Success ? int.Parse(shape.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
            int days = DateTime.DaysInMonth(year, month);
            string monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) + " " + year.ToString(CultureInfo.InvariantCulture);
            return (day < 1
                ? "there is no day 0"
                : monthName + " has " + days.ToString(CultureInfo.InvariantCulture) + " days, not " + day.ToString(CultureInfo.InvariantCulture), "day");
        }

        public TEnum? Enum<TEnum>(string field, bool required)
            where TEnum : struct
        {
            ScalarNode? scalar = Scalar(field, required);
            if (scalar is null)
            {
                return null;
            }

            if (EnumNames<TEnum>.ByName.TryGetValue(scalar.Value, out TEnum value))
            {
                return value;
            }

            Report(Diagnostics.WrongFieldType, scalar.Location, field, "one of: " + string.Join(", ", EnumNames<TEnum>.ByName.Keys));
            return null;
        }

        public MappingNode? Mapping(string field, bool required)
        {
            TreeNode? node = Node(field, required);
            if (node is null or MappingNode)
            {
                return (MappingNode?)node;
            }

            Report(Diagnostics.WrongFieldType, node.Location, field, "a mapping of fields, not " + node.Describe());
            return null;
        }

        /// <summary>
        /// A list field; a single item written without brackets is taken as a list of one. An absent list is the empty
        /// array, so that the many optional lists a fact leaves out cost no allocation.
        /// </summary>
        public IReadOnlyList<TreeNode> List(string field, bool required)
        {
            TreeNode? node = Node(field, required);
            if (node is null)
            {
                return Array.Empty<TreeNode>();
            }

            if (node is SequenceNode sequence)
            {
                if (required && sequence.Items.Count == 0)
                {
                    Report(Diagnostics.MissingField, node.Location, field, _context);
                }

                return sequence.Items;
            }

            return new[] { node };
        }

        public IReadOnlyList<ScalarNode> TextList(string field, bool required)
        {
            IReadOnlyList<TreeNode> items = List(field, required);
            if (items.Count == 0)
            {
                return Array.Empty<ScalarNode>();
            }

            var result = new List<ScalarNode>(items.Count);
            foreach (TreeNode item in items)
            {
                if (item is ScalarNode scalar && !scalar.IsNull)
                {
                    result.Add(scalar);
                }
                else
                {
                    Report(Diagnostics.WrongFieldType, item.Location, field, "a list of text items, not of " + item.Describe());
                }
            }

            return result;
        }

        public EquatableArray<IdReference> References(string field, bool required)
        {
            IReadOnlyList<ScalarNode> items = TextList(field, required);
            if (items.Count == 0)
            {
                return EquatableArray<IdReference>.Empty;
            }

            var result = new List<IdReference>(items.Count);
            foreach (ScalarNode scalar in items)
            {
                if (IsKebabCase(scalar.Value))
                {
                    result.Add(new IdReference(scalar.Value, scalar.Location));
                }
                else
                {
                    Report(Diagnostics.InvalidId, scalar.Location, scalar.Value);
                }
            }

            return result.ToEquatableArray();
        }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

        /// <summary>Lower-case letters and digits joined by single hyphens, as ids must be.</summary>
        public static bool IsKebabCase(string text)
        {
            bool afterHyphen = true;
            foreach (char c in text)
            {
                if (c == '-')
                {
                    if (afterHyphen)
                    {
                        return false;
                    }

                    afterHyphen = true;
                }
                else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                {
                    afterHyphen = false;
                }
                else
                {
                    return false;
                }
            }

            return !afterHyphen;
        }

        private TreeNode? Find(string field)
        {
            foreach (KeyValuePair<ScalarNode, TreeNode> entry in _mapping.Entries)
            {
                if (entry.Key.Value == field)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The YAML names of an enum's members, worked out once per enum type.</summary>
    internal static class EnumNames<TEnum>
        where TEnum : struct
    {
        public static readonly Dictionary<string, TEnum> ByName = Create();

        public static readonly Dictionary<TEnum, string> ByValue = ByName.ToDictionary(p => p.Value, p => p.Key);

        private static Dictionary<string, TEnum> Create()
        {
            var names = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (TEnum value in (TEnum[])Enum.GetValues(typeof(TEnum)))
            {
                names.Add(Regex.Replace(value.ToString()!, "(?<=[a-z0-9])([A-Z])", "-$1", RegexOptions.CultureInvariant).ToLowerInvariant(), value);
            }

            return names;
        }
    }
}
