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
                GeneratedCode.WriteLines(writer, GeneratedCode.Apply(body, options).Replace("// [GeneratedCode]", GeneratedCode.Attribute));
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
            return string.Join("\n", lines.Skip(open).Take(close - open).Select(line => Tabs(line.Length >= 8 ? line.Substring(8) : line.TrimStart(' '))));
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
