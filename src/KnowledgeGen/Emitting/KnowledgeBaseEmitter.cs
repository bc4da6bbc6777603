using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// Writes the code shared by all fact files of a knowledge base: the support types nested in its class (see
    /// <see cref="SupportTypesTemplate"/>), one typed fact class per kind, and the class's collections, lookups and
    /// index, which gather the facts from each file's data class (see <see cref="QueriesTemplate"/>).
    /// </summary>
    public static class KnowledgeBaseEmitter
    {
        private const string List = "global::System.Collections.Generic.IReadOnlyList";

        public static string EmitSupportTypes(GeneratorOptions options)
        {
            IndentedWriter writer = GeneratedCode.Start(options, comment: null);
            writer.Open("namespace " + options.Namespace);
            writer.Open(options.Visibility + " static partial class " + options.ClassName);
            GeneratedCode.WriteLines(writer, GeneratedCode.Apply(SupportTypesTemplate.Text, options));
            foreach (FactKind kind in CodeNames.FactKinds)
            {
                writer.Line();
                WriteTypedFact(writer, kind, options);
            }

            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        public static string EmitQueries(KnowledgeIndex index, GeneratorOptions options)
        {
            IndentedWriter writer = GeneratedCode.Start(options, comment: null);
            writer.Open("namespace " + options.Namespace);
            XmlDoc.Line(writer, "summary", string.Format(
                CultureInfo.InvariantCulture,
                "The knowledge base, each fact citing the sentence it comes from. Facts: {0}; entities: {1}; sources: {2}.",
                index.FactCount,
                index.EntityCount,
                index.SourceCount));
            string body = QueriesTemplate.Text
                .Replace("VISIBILITY", options.Visibility)
                .Replace("CLASS_NAME", options.ClassName)
                .Replace("KIND_MEMBERS\n", KindMembers())
                .Replace("KIND_CASES\n", KindCases())
                .Replace("KIND_ARRAYS\n", KindArrays())
                .Replace("FACT_ARRAYS", Arrays(index, options, "AllFacts"))
                .Replace("ENTITY_ARRAYS", Arrays(index, options, "AllEntities"))
                .Replace("SOURCE_ARRAYS", Arrays(index, options, "AllSources"))
                .Replace("MEASURE_ARRAYS", Arrays(index, options, "AllMeasures"));
            GeneratedCode.WriteLines(writer, GeneratedCode.Apply(body.Replace("\r\n", "\n"), options));
            writer.Close();
            return writer.ToString();
        }

        /// <summary>A fact class per kind, whose <c>Value</c> hides the base's with the kind's value type, non-null.</summary>
        private static void WriteTypedFact(IndentedWriter writer, FactKind kind, GeneratorOptions options)
        {
            string type = CodeNames.FactClass(kind);
            string? value = CodeNames.ValueClass(kind);
            string q = options.QualifiedClassName + ".";
            XmlDoc.Line(writer, "summary", CodeNames.KindDescription(kind) + (value is null ? " Its Value is null." : " Its Value is typed and never null."));
            writer.Line(GeneratedCode.Attribute);
            writer.Open("public sealed class " + type + " : " + q + "Fact");
            string parameters = "string id, string statement, string[] aboutIds, " + q + "FactPeriod" + GeneratedCode.Nullable(options) + " holds, string" + GeneratedCode.Nullable(options)
                + " context, " + q + "Citation[] citations, string[] supersedesIds, string[] contradictsIds, string[] accordingToIds, " + q + "FactStatus? status, string"
                + GeneratedCode.Nullable(options) + " measureId";
            writer.Line("internal " + type + "(" + parameters + (value is null ? string.Empty : ", " + q + value + " value") + ")");
            writer.Line("    : base(id, " + q + "FactKind." + kind + ", statement, aboutIds, holds, context, citations, supersedesIds, contradictsIds, accordingToIds, status, measureId)");
            writer.Line("{");
            if (value is not null)
            {
                writer.Line("    Value = value;");
            }

            writer.Line("}");
            writer.Line();
            if (value is not null)
            {
                XmlDoc.Line(writer, "summary", "The " + CodeNames.ValueNoun(kind) + ".");
                writer.Line("public new " + q + value + " Value { get; }");
                writer.Line();
            }

            writer.Line("internal override " + q + "FactValue" + GeneratedCode.Nullable(options) + " UntypedValue => " + (value is null ? "null" : "Value") + ";");
            writer.Close();
        }

        private static string KindMembers()
        {
            var text = new System.Text.StringBuilder();
            foreach (FactKind kind in CodeNames.FactKinds)
            {
                text.Append("    /// <summary>Every ").Append(CodeNames.KindNoun(kind)).Append(" fact, typed, ordered by id.</summary>\n");
                text.Append("    public static ").Append(List).Append("<KB::").Append(CodeNames.FactClass(kind)).Append("> ")
                    .Append(CodeNames.KindList(kind)).Append(" => KB::KnowledgeGenIndex.").Append(CodeNames.KindList(kind)).Append(";\n\n");
            }

            return text.ToString();
        }

        private static string KindCases()
        {
            var text = new System.Text.StringBuilder();
            foreach (FactKind kind in CodeNames.FactKinds.Where(k => CodeNames.ValueClass(k) is not null))
            {
                text.Append("                case KB::FactKind.").Append(kind).Append(": return new KB::").Append(CodeNames.FactClass(kind))
                    .Append("(id, statement, about, holds, context, citations, supersedes, contradicts, accordingTo, status, measure, (KB::").Append(CodeNames.ValueClass(kind)).Append(")value/*!*/);\n");
            }

            return text.ToString();
        }

        private static string KindArrays()
        {
            var text = new System.Text.StringBuilder();
            foreach (FactKind kind in CodeNames.FactKinds)
            {
                text.Append("        internal static readonly KB::").Append(CodeNames.FactClass(kind)).Append("[] ").Append(CodeNames.KindList(kind))
                    .Append(" = OfType<KB::").Append(CodeNames.FactClass(kind)).Append(">(Facts);\n");
            }

            text.Append("        internal static readonly KB::Fact[][] ByKind = { ")
                .Append(string.Join(", ", CodeNames.FactKinds.Select(CodeNames.KindList)))
                .Append(" };\n");
            return text.ToString();
        }

        private static string Arrays(KnowledgeIndex index, GeneratorOptions options, string field)
            => string.Join(", ", index.FactFiles.Select(path => "KB::" + CodeNames.DataHolder(path, options.ProjectDirectory) + "." + field));
    }
}
