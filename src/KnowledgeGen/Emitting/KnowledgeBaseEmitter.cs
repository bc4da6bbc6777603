using System.Globalization;
using System.Linq;
using KnowledgeGen.Checking;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// Writes the code shared by all fact files of a knowledge base: the support types nested in its class (see
    /// <see cref="SupportCode"/>), and the list of the fact files' data classes that the index gathers its facts from.
    /// </summary>
    public static class KnowledgeBaseEmitter
    {
        public static string EmitSupportTypes(GeneratorOptions options)
        {
            IndentedWriter writer = GeneratedCode.Start(options, comment: null);
            writer.Open("namespace " + options.Namespace);
            // [GeneratedCode] is on each nested type, not on the knowledge-base class: that class is declared in every
            // generated file (and may be in the consumer's), and analyzers ignore the attribute on a partial type.
            writer.Open(options.Visibility + " static partial class " + options.ClassName);
            SupportCode.Write(writer, options);
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
            writer.Open(options.Visibility + " static partial class " + options.ClassName);
            writer.Line("/// <summary>The data of every fact file, which the index gathers on first use.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private static class KnowledgeGenFiles");
            string q = options.QualifiedClassName + ".";
            writer.Line("internal static readonly " + q + "KnowledgeGenTable[] All = new " + q + "KnowledgeGenTable[] { "
                + string.Join(", ", index.FactFiles.Select(path => q + CodeNames.DataHolder(path, options.ProjectDirectory) + ".Table")) + " };");
            writer.Close();
            writer.Close();
            writer.Close();
            return writer.ToString();
        }
    }
}
