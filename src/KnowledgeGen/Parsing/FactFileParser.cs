using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeGen.Model;
using KnowledgeGen.Yaml;

namespace KnowledgeGen.Parsing
{
    /// <summary>
    /// Turns the text of one fact file into a <see cref="FactFileSpec"/>: declared sources, entities and facts,
    /// each field typed, and a diagnostic for everything that could not be read. Never throws, except to honour
    /// cancellation.
    /// </summary>
    public static class FactFileParser
    {
        public static FactFileSpec Parse(string path, string text, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var declarations = new Declarations(path, diagnostics, cancellationToken);
            try
            {
                // Reported first and parsed on regardless: the build fails on it, and the rest is still checked.
                if (Checking.Utf8Check.Check(Diagnostics.InvalidUtf8, path, text) is { } invalid)
                {
                    diagnostics.Add(invalid);
                }

                // Each top-level item is read into its record while the file is read, and its tree dropped, so that
                // no tree of a whole file lives on (the collector would copy it from generation to generation). Its
                // diagnostics come in the file's order. The reader's own diagnostics are kept apart: where it refuses
                // the file, what was read before the refusal does not count, and they are all that is reported.
                int before = diagnostics.Count;
                var reading = new List<DiagnosticInfo>();
                TreeNode? root = YamlTreeReader.Read(path, text, reading, declarations, cancellationToken);
                if (root is null && reading.Count > 0)
                {
                    diagnostics.RemoveRange(before, diagnostics.Count - before);
                    declarations = new Declarations(path, diagnostics, cancellationToken);
                }

                diagnostics.AddRange(reading);
                if (root is MappingNode)
                {
                    // 'facts: []' or a bare 'facts:' declares as little as an empty file, and is told so alike.
                    if (diagnostics.Count == before && declarations.Count == 0)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.EmptyFile, LocationInfo.StartOf(path)));
                    }
                }
                else if (root is null || (root is ScalarNode scalar && scalar.IsNull))
                {
                    if (diagnostics.Count == before)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.EmptyFile, LocationInfo.StartOf(path)));
                    }
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        Diagnostics.WrongFieldType, root.Location, "(the whole file)", "a mapping with 'sources:', 'entities:' and/or 'facts:', not " + root.Describe()));
                }
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, LocationInfo.StartOf(path), e.GetType().Name, e.Message));
            }

            return new FactFileSpec(
                path,
                declarations.Sources.ToEquatableArray(),
                declarations.Entities.ToEquatableArray(),
                declarations.Facts.ToEquatableArray(),
                diagnostics.ToEquatableArray(),
                declarations.Measures.ToEquatableArray(),
                declarations.Retired.ToEquatableArray());
        }

        /// <summary>The records of one file's top-level lists, each read from its item's tree as the reader completes it.</summary>
        private sealed class Declarations : ITopLevelItems
        {
            private readonly string _path;
            private readonly List<DiagnosticInfo> _diagnostics;
            private readonly CancellationToken _cancellationToken;

            public Declarations(string path, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
            {
                _path = path;
                _diagnostics = diagnostics;
                _cancellationToken = cancellationToken;
            }

            public List<SourceSpec> Sources { get; } = new List<SourceSpec>();

            public List<EntitySpec> Entities { get; } = new List<EntitySpec>();

            public List<MeasureSpec> Measures { get; } = new List<MeasureSpec>();

            public List<FactSpec> Facts { get; } = new List<FactSpec>();

            public List<RetiredSpec> Retired { get; } = new List<RetiredSpec>();

            public int Count => Sources.Count + Entities.Count + Measures.Count + Facts.Count + Retired.Count;

            public void Field(ScalarNode key) => FieldReader.ReportUnknown(key, "a fact file", FactFileFields.File, _diagnostics);

            public void Item(ScalarNode field, TreeNode item, bool listed)
            {
                // A single item written without a list is taken as a list of one; a bare 'facts:' as an empty list.
                if (Array.IndexOf(FactFileFields.File, field.Value) < 0 || (!listed && item is ScalarNode { IsNull: true }))
                {
                    return;
                }

                switch (item)
                {
                    case MappingNode mapping:
                        Read(field.Value, mapping);
                        break;
                    default:
                        _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.WrongFieldType, item.Location, field.Value, "a list of mappings, one per item, not of " + item.Describe()));
                        break;
                }
            }

            private void Read(string field, MappingNode item)
            {
                switch (field)
                {
                    case "sources":
                        Add(Sources, ReadSource(_path, item, _diagnostics));
                        break;
                    case "entities":
                        Add(Entities, ReadEntity(item, _diagnostics));
                        break;
                    case "measures":
                        Add(Measures, ReadMeasure(item, _diagnostics));
                        break;
                    case "facts":
                        _cancellationToken.ThrowIfCancellationRequested();
                        Add(Facts, ReadFact(item, _diagnostics));
                        break;
                    case "retired":
                        Add(Retired, ReadRetired(item, _diagnostics));
                        break;
                }
            }
        }

        private static void Add<T>(List<T> list, T? item)
            where T : class
        {
            if (item is not null)
            {
                list.Add(item);
            }
        }

        private static SourceSpec? ReadSource(string path, MappingNode mapping, List<DiagnosticInfo> diagnostics)
        {
            var fields = new FieldReader(mapping, "a source", FactFileFields.Source, diagnostics);
            string? id = fields.Id("id", required: true);
            string? file = fields.Text("file", required: true);
            string? title = fields.Text("title", required: true);
            string? publisher = fields.Text("publisher", required: false);
            DateSpec? published = ReadDate(fields, "published", required: false, diagnostics);
            string? sha256 = fields.Text("sha256", required: true);
            if (sha256 is not null && !IsSha256(sha256))
            {
                fields.Report(Diagnostics.WrongFieldType, fields.LocationOf("sha256"), "sha256", "64 lower-case hexadecimal digits, as printed by sha256sum");
                sha256 = null;
            }

            EquatableArray<NotClaimSpec> notClaims = ReadNotClaims(fields, diagnostics);
            if (id is null || file is null || title is null || sha256 is null)
            {
                return null;
            }

            return new SourceSpec(
                id,
                fields.LocationOf("id"),
                file,
                FilePaths.ResolveRelativeTo(path, file),
                fields.LocationOf("file"),
                title,
                publisher,
                published,
                sha256,
                fields.LocationOf("sha256"),
                notClaims);
        }

        /// <summary>The sentences of a source judged to hold no claim, each with its reason.</summary>
        private static EquatableArray<NotClaimSpec> ReadNotClaims(FieldReader source, List<DiagnosticInfo> diagnostics)
        {
            var notClaims = new List<NotClaimSpec>();
            foreach (TreeNode node in source.List("not-claims", required: false))
            {
                // A switch on the node's type, not "is not … continue" (see ReadCitation).
                switch (node)
                {
                    case MappingNode mapping:
                        var fields = new FieldReader(mapping, "a not-claims entry", FactFileFields.NotClaim, diagnostics);
                        string? quote = fields.Text("quote", required: true);
                        string? through = fields.Text("through", required: false);
                        NotClaimReason? reason = fields.Enum<NotClaimReason>("reason", required: true);
                        if (quote is not null && reason is not null)
                        {
                            notClaims.Add(new NotClaimSpec(quote, through, reason.Value, fields.LocationOf("quote")));
                        }

                        break;
                    default:
                        source.Report(Diagnostics.WrongFieldType, node.Location, "not-claims", "a list of mappings with 'quote:' and 'reason:', not of " + node.Describe());
                        break;
                }
            }

            return notClaims.ToEquatableArray();
        }

        private static MeasureSpec? ReadMeasure(MappingNode mapping, List<DiagnosticInfo> diagnostics)
        {
            var fields = new FieldReader(mapping, "a measure", FactFileFields.Measure, diagnostics);
            string? id = fields.Id("id", required: true);
            string? description = fields.Text("description", required: true);
            string? unit = fields.Text("unit", required: true);
            EquatableArray<MeasureDifference> differences = ReadDifferences(fields);
            return id is null || description is null || unit is null ? null : new MeasureSpec(id, fields.LocationOf("id"), description, unit, differences);
        }

        /// <summary>A measure's <c>differs-from:</c>, a mapping from another measure's id to how the two differ.</summary>
        private static EquatableArray<MeasureDifference> ReadDifferences(FieldReader measure)
        {
            const string Expected = "a mapping from another measure's id to how the two differ, such as '{ us-trade-deficit-with-china: Printed without \"in goods\" }'";
            switch (measure.Node("differs-from", required: false))
            {
                case MappingNode mapping:
                    var differences = new List<MeasureDifference>();
                    foreach (KeyValuePair<ScalarNode, TreeNode> entry in mapping.Entries)
                    {
                        if (!FieldReader.IsKebabCase(entry.Key.Value))
                        {
                            measure.Report(Diagnostics.InvalidId, entry.Key.Location, entry.Key.Value);
                        }
                        else if (entry.Value is ScalarNode { IsNull: false } how && how.Value.Trim().Length > 0)
                        {
                            differences.Add(new MeasureDifference(new IdReference(entry.Key.Value, entry.Key.Location), how.Value));
                        }
                        else
                        {
                            measure.Report(Diagnostics.WrongFieldType, entry.Value.Location, "differs-from", Expected);
                        }
                    }

                    return differences.ToEquatableArray();
                case TreeNode other:
                    measure.Report(Diagnostics.WrongFieldType, other.Location, "differs-from", Expected + ", not " + other.Describe());
                    return EquatableArray<MeasureDifference>.Empty;
                default:
                    return EquatableArray<MeasureDifference>.Empty;
            }
        }

        private static RetiredSpec? ReadRetired(MappingNode mapping, List<DiagnosticInfo> diagnostics)
        {
            var fields = new FieldReader(mapping, "a retired fact", FactFileFields.Retired, diagnostics);
            string? id = fields.Id("id", required: true);
            string? reason = fields.Text("reason", required: true);
            IdReference? replacement = fields.Reference("replacement", required: false);
            return id is null || reason is null ? null : new RetiredSpec(id, fields.LocationOf("id"), reason, replacement);
        }

        private static EntitySpec? ReadEntity(MappingNode mapping, List<DiagnosticInfo> diagnostics)
        {
            var fields = new FieldReader(mapping, "an entity", FactFileFields.Entity, diagnostics);
            string? id = fields.Id("id", required: true);
            EntityKind? kind = fields.Enum<EntityKind>("kind", required: true);
            string? name = fields.Text("name", required: true);
            var aliases = new List<string>();
            foreach (ScalarNode alias in fields.TextList("aliases", required: false))
            {
                aliases.Add(alias.Value);
            }

            string? description = fields.Text("description", required: false);
            if (id is null || kind is null || name is null)
            {
                return null;
            }

            return new EntitySpec(id, fields.LocationOf("id"), kind.Value, name, aliases.ToEquatableArray(), description);
        }

        private static FactSpec? ReadFact(MappingNode mapping, List<DiagnosticInfo> diagnostics)
        {
            var fields = new FieldReader(mapping, "a fact", FactFileFields.Fact, diagnostics);
            string? id = fields.Id("id", required: true);
            FactKind? kind = fields.Enum<FactKind>("kind", required: true);
            string? statement = fields.Text("statement", required: true);
            EquatableArray<IdReference> about = fields.References("about", required: false);
            EquatableArray<IdReference> accordingTo = fields.References("according-to", required: false);
            (FactStatus? status, string? statusReason) = ReadStatus(fields, kind);
            FactValueSpec? value = null;
            bool valueRead = true;
            if (kind == FactKind.Claim)
            {
                if (fields.Has("value"))
                {
                    fields.Report(Diagnostics.WrongFieldType, fields.LocationOf("value"), "value", "absent for a fact of kind 'claim'; choose a typed kind to give a value");
                }
            }
            else if (kind is not null && fields.Mapping("value", required: true) is { } valueMapping)
            {
                value = FactValueReader.Read(kind.Value, valueMapping, diagnostics);
                valueRead = value is not null;
            }
            else
            {
                valueRead = kind is null;
            }

            IdReference? measure = fields.Reference("measure", required: false);
            if (measure is not null && kind is not null && !FactFileFields.IsNumeric(kind.Value))
            {
                fields.Report(Diagnostics.WrongFieldType, measure.Location, "measure", "absent for a fact of kind '" + FactFileFields.Name(kind.Value) + "'; only money, quantity and percentage facts measure something");
                measure = null;
            }

            PeriodSpec? holds = ReadPeriod(fields, diagnostics);
            string? context = fields.Text("context", required: false);
            var citations = new List<CitationSpec>();
            foreach (TreeNode node in fields.List("citations", required: true))
            {
                Add(citations, ReadCitation(fields, node, diagnostics));
            }

            EquatableArray<IdReference> supersedes = fields.References("supersedes", required: false);
            EquatableArray<IdReference> contradicts = fields.References("contradicts", required: false);
            if (id is null || kind is null || statement is null || !valueRead || citations.Count == 0)
            {
                return null;
            }

            return new FactSpec(
                id,
                fields.LocationOf("id"),
                kind.Value,
                statement,
                about,
                value,
                holds,
                context,
                citations.ToEquatableArray(),
                supersedes,
                contradicts,
                accordingTo,
                status,
                measure,
                statusReason);
        }

        /// <summary>
        /// <c>status:</c>, which is a stage or <c>none</c>; <c>none</c> needs a <c>status-reason:</c> saying why no
        /// stage applies, and a trade action always has a stage.
        /// </summary>
        private static (FactStatus? Status, string? Reason) ReadStatus(FieldReader fields, FactKind? kind)
        {
            ScalarNode? stage = fields.Scalar("status", required: kind == FactKind.TradeAction);
            bool none = stage is { Value: "none" };
            if (none && kind == FactKind.TradeAction)
            {
                fields.Report(Diagnostics.WrongFieldType, fields.LocationOf("status"), "status", "a stage for a trade action: one of " + string.Join(", ", EnumNames<FactStatus>.ByName.Keys));
                return (null, null);
            }

            if (none)
            {
                return (null, fields.Text("status-reason", required: true));
            }

            if (fields.Has("status-reason"))
            {
                fields.Report(Diagnostics.WrongFieldType, fields.LocationOf("status-reason"), "status-reason", "absent unless 'status: none' says that no stage applies");
            }

            return (stage is null ? null : fields.Enum<FactStatus>("status", required: false), null);
        }

        /// <summary>
        /// A citation's <c>mention:</c>: a mapping from entity id to the phrase, or phrases, of the cited sentence
        /// that stand for that entity.
        /// </summary>
        private static EquatableArray<MentionSpec> ReadMentions(FieldReader citation, List<DiagnosticInfo> diagnostics)
        {
            const string Expected = "a mapping from entity id to the phrase (or list of phrases) of the quoted sentence that names it, such as '{ robert-lighthizer: he }'";
            // A switch on the node's type, not "is not … return" (docs/testing.md, as in ReadCitation).
            switch (citation.Node("mention", required: false))
            {
                case MappingNode mapping:
                    return ReadMentionEntries(citation, mapping, Expected);
                case TreeNode other:
                    citation.Report(Diagnostics.WrongFieldType, other.Location, "mention", Expected + ", not " + other.Describe());
                    return EquatableArray<MentionSpec>.Empty;
                default:
                    return EquatableArray<MentionSpec>.Empty;
            }
        }

        /// <summary>The entries of a <c>mention:</c> mapping; an entry without a usable phrase is reported and left out.</summary>
        private static EquatableArray<MentionSpec> ReadMentionEntries(FieldReader citation, MappingNode mapping, string expected)
        {
            var mentions = new List<MentionSpec>();
            foreach (KeyValuePair<ScalarNode, TreeNode> entry in mapping.Entries)
            {
                if (!FieldReader.IsKebabCase(entry.Key.Value))
                {
                    citation.Report(Diagnostics.InvalidId, entry.Key.Location, entry.Key.Value);
                    continue;
                }

                if (entry.Value is SequenceNode { Items.Count: 0 })
                {
                    // An empty list would otherwise vanish without a word: the editor meant to name a phrase.
                    citation.Report(Diagnostics.WrongFieldType, entry.Value.Location, "mention", expected + ", not an empty list");
                }

                var phrases = new List<string>();
                IEnumerable<TreeNode> items = entry.Value is SequenceNode sequence ? sequence.Items : new List<TreeNode> { entry.Value };
                foreach (TreeNode item in items)
                {
                    if (item is ScalarNode scalar && !scalar.IsNull && scalar.Value.Trim().Length > 0)
                    {
                        phrases.Add(scalar.Value);
                    }
                    else
                    {
                        citation.Report(Diagnostics.WrongFieldType, item.Location, "mention", expected);
                    }
                }

                if (phrases.Count > 0)
                {
                    mentions.Add(new MentionSpec(new IdReference(entry.Key.Value, entry.Key.Location), phrases.ToEquatableArray(), entry.Value.Location));
                }
            }

            return mentions.ToEquatableArray();
        }

        /// <summary>A citation: a mapping with source and quote.</summary>
        private static CitationSpec? ReadCitation(FieldReader owner, TreeNode node, List<DiagnosticInfo> diagnostics)
        {
            // A switch on the node's type, not "is not … continue": a mutant that drops the continue would leave
            // the mapping unassigned, fail to compile, and take every mutant of the method with it (docs/testing.md).
            switch (node)
            {
                case MappingNode mapping:
                    var citation = new FieldReader(mapping, "a citation", FactFileFields.Citation, diagnostics);
                    IdReference? source = citation.Reference("source", required: true);
                    string? quote = citation.Text("quote", required: true);
                    EquatableArray<MentionSpec> mentions = ReadMentions(citation, diagnostics);
                    int? occurrence = citation.Count("occurrence", required: false);
                    string? via = citation.Text("via", required: false);
                    return source is null || quote is null || (citation.Has("occurrence") && occurrence is null)
                        ? null
                        : new CitationSpec(source, quote, citation.LocationOf("quote"), Occurrence: occurrence ?? 0, OccurrenceLocation: citation.Has("occurrence") ? citation.LocationOf("occurrence") : null, Mentions: mentions)
                        {
                            Via = via,
                            ViaLocation = via is null ? null : citation.LocationOf("via"),
                        };
                default:
                    owner.Report(Diagnostics.WrongFieldType, node.Location, "citations", "a list of mappings with 'source:' and 'quote:', not of " + node.Describe());
                    return null;
            }
        }

        /// <summary>A date: either <c>2018-05-19</c> alone, or a mapping with date, printed and inferred.</summary>
        internal static DateSpec? ReadDate(FieldReader owner, string field, bool required, List<DiagnosticInfo> diagnostics)
        {
            TreeNode? node = owner.Node(field, required);
            switch (node)
            {
                case null:
                    return null;
                case ScalarNode scalar:
                    PartialDate? date = owner.ParseDate(scalar, field);
                    return date is null ? null : new DateSpec(date, null, scalar.Location);
                case MappingNode mapping:
                    var fields = new FieldReader(mapping, "a date", FactFileFields.Date, diagnostics);
                    PartialDate? value = fields.Date("date", required: true);
                    string? printed = fields.Text("printed", required: false);
                    InferenceSpec? evidence = ReadInference(fields, diagnostics);
                    return value is null ? null : new DateSpec(value, printed, fields.LocationOf("date"), evidence);
                default:
                    owner.Report(Diagnostics.WrongFieldType, node.Location, field, "a date or a mapping with 'date:', 'printed:' and 'inferred:'");
                    return null;
            }
        }

        /// <summary>
        /// What a date was inferred from: a mapping of words, published, facts and reason, or text alone, kept so that
        /// the check can report it as no evidence (KG0086) at its place rather than the parser refusing the date.
        /// </summary>
        internal static InferenceSpec? ReadInference(FieldReader owner, List<DiagnosticInfo> diagnostics)
        {
            TreeNode? node = owner.Node("inferred", required: false);
            switch (node)
            {
                case null:
                    return null;
                case ScalarNode scalar when !scalar.IsNull:
                    return new InferenceSpec(EquatableArray<LocatedText>.Empty, EquatableArray<IdReference>.Empty, EquatableArray<IdReference>.Empty, scalar.Value, scalar.Location);
                case MappingNode mapping:
                    var fields = new FieldReader(mapping, "an inference", FactFileFields.Inference, diagnostics);
                    EquatableArray<LocatedText> words = fields.TextList("words", required: false).Select(w => new LocatedText(w.Value, w.Location)).ToEquatableArray();
                    return new InferenceSpec(words, fields.References("published", required: false), fields.References("facts", required: false), fields.Text("reason", required: false), mapping.Location);
                default:
                    owner.Report(Diagnostics.WrongFieldType, node.Location, "inferred", "a mapping with 'words:', 'published:', 'facts:' and 'reason:'");
                    return null;
            }
        }

        /// <summary>A period: a single date (the whole year, month or day) or a mapping with from, to and inferred.</summary>
        private static PeriodSpec? ReadPeriod(FieldReader owner, List<DiagnosticInfo> diagnostics)
        {
            TreeNode? node = owner.Node("holds", required: false);
            switch (node)
            {
                case null:
                    return null;
                case ScalarNode scalar:
                    PartialDate? date = owner.ParseDate(scalar, "holds");
                    return date is null ? null : new PeriodSpec(date, date, scalar.Location);
                case MappingNode mapping:
                    var fields = new FieldReader(mapping, "a period", FactFileFields.Period, diagnostics);
                    PartialDate? from = fields.Date("from", required: false);
                    PartialDate? to = fields.Date("to", required: false);
                    InferenceSpec? evidence = ReadInference(fields, diagnostics);
                    if (from is null && to is null)
                    {
                        fields.Report(Diagnostics.MissingField, mapping.Location, "from", "a period");
                        return null;
                    }

                    // Compared at the coarser precision of the two: 2019-03 is not after 2019.
                    if (from is not null && to is not null && Coarsest(from, to.Precision).CompareTo(Coarsest(to, from.Precision)) > 0)
                    {
                        fields.Report(Diagnostics.PeriodReversed, fields.LocationOf("from"), from.ToString(), to.ToString());
                        return null;
                    }

                    return new PeriodSpec(from, to, mapping.Location, evidence);
                default:
                    owner.Report(Diagnostics.WrongFieldType, node.Location, "holds", "a date or a mapping with 'from:' and/or 'to:'");
                    return null;
            }
        }

        private static PartialDate Coarsest(PartialDate date, DatePrecision other)
        {
            DatePrecision precision = date.Precision < other ? date.Precision : other;
            return new PartialDate(date.Year, precision >= DatePrecision.Month ? date.Month : 0, precision == DatePrecision.Day ? date.Day : 0, precision);
        }

        private static bool IsSha256(string text)
        {
            if (text.Length != 64)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
