using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// The fixed types every knowledge base nests in its class, kept as real C# files under Emitting/Support (so
    /// the compiler and the tests read them as code) and embedded in the generator as resources, as PolySharp
    /// does. Each file declares its types inside <c>KnowledgeGen.Support.KnowledgeBase</c>; the body of that class
    /// is what is emitted, with <c>/*?*/</c> and <c>/*!*/</c> made nullable annotations where the consumer's
    /// language version has them and each <c>// [GeneratedCode]</c> line made the attribute. The files name the
    /// support types by their simple names, which inside the knowledge-base class can only mean its own nested
    /// types. Written for C# 7.3, the language of netstandard2.0 projects.
    /// </summary>
    internal static class SupportCode
    {
        private const string Prefix = "KnowledgeGen.Support.";
        private const string ClassLine = "    public static partial class KnowledgeBase";
        private const string GeneratedCodeMarker = "// [GeneratedCode]";

        /// <summary>The support files' class bodies, in resource-name order, one indentation level deep.</summary>
        private static readonly List<string> Bodies = Load();

        public static void Write(IndentedWriter writer, GeneratorOptions options)
        {
            bool first = true;
            foreach (string body in Bodies)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                GeneratedCode.WriteLines(writer, GeneratedCode.Apply(body, options).Replace(GeneratedCodeMarker, GeneratedCode.Attribute));
            }
        }

        private static List<string> Load()
        {
            Assembly assembly = typeof(SupportCode).Assembly;
            return assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(Prefix, System.StringComparison.Ordinal))
                .OrderBy(name => name, System.StringComparer.Ordinal)
                .Select(name => Body(Read(assembly, name)))
                .ToList();
        }

        private static string Read(Assembly assembly, string name)
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }

        /// <summary>The lines between the class's braces, four spaces less indented (the emitter indents them again).</summary>
        private static string Body(string file)
        {
            string[] lines = file.Split('\n');
            int open = System.Array.IndexOf(lines, ClassLine) + 2;
            int close = System.Array.LastIndexOf(lines, "    }");
            return string.Join("\n", ForConsumers(lines.Skip(open).Take(close - open)).Select(line => Tabs(line.Length >= 8 ? line.Substring(8) : line.TrimStart(' '))));
        }

        /// <summary>
        /// The lines without what only the project's own readers need: comments, and the documentation of private and
        /// internal members, which a consumer's editor has no reason to show. The public API keeps its documentation.
        /// A member's documentation and attributes are held until its first line says which it is.
        /// </summary>
        private static IEnumerable<string> ForConsumers(IEnumerable<string> lines)
        {
            var docs = new List<string>();
            var attributes = new List<string>();
            foreach (string line in lines)
            {
                string code = line.TrimStart(' ');
                bool attribute = code.StartsWith("[", System.StringComparison.Ordinal) || code == GeneratedCodeMarker;
                if (code.StartsWith("///", System.StringComparison.Ordinal))
                {
                    docs.Add(line);
                }
                else if (attribute)
                {
                    attributes.Add(line);
                }
                else if (!code.StartsWith("//", System.StringComparison.Ordinal))
                {
                    bool hidden = code.StartsWith("private ", System.StringComparison.Ordinal) || code.StartsWith("internal ", System.StringComparison.Ordinal);
                    foreach (string kept in (hidden ? attributes : docs.Concat(attributes)).Append(line))
                    {
                        yield return kept;
                    }

                    docs.Clear();
                    attributes.Clear();
                }
            }
        }

        /// <summary>The line with its indentation as the writer's: a tab for every four leading spaces.</summary>
        private static string Tabs(string line)
        {
            int spaces = 0;
            while (spaces < line.Length && line[spaces] == ' ')
            {
                spaces++;
            }

            return new string('\t', spaces / 4) + line.Substring(spaces - (spaces % 4));
        }
    }
}
