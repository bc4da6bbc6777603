using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// Writes XML documentation comments. Text is escaped by <see cref="XElement"/>; what XML cannot hold
    /// (control characters, unpaired surrogates) is shown as U+FFFD, and the characters C# reads as line
    /// breaks are written as character references so that they cannot end the comment line.
    /// </summary>
    public static class XmlDoc
    {
        private static readonly XmlWriterSettings Settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            ConformanceLevel = ConformanceLevel.Fragment,
            NewLineHandling = NewLineHandling.Entitize,
            Indent = false,
        };

        public static XText Text(string text) => new XText(Displayable(text));

        public static void Write(IndentedWriter writer, params XElement[] elements)
        {
            foreach (XElement element in elements)
            {
                foreach (string line in Serialize(element))
                {
                    writer.Line("/// " + line);
                }
            }
        }

        private static IEnumerable<string> Serialize(XElement element)
        {
            var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            using (XmlWriter xml = XmlWriter.Create(buffer, Settings))
            {
                element.WriteTo(xml);
            }

            var text = new StringBuilder(buffer.ToString());
            text.Replace("\u0085", "&#x85;").Replace("\u2028", "&#x2028;").Replace("\u2029", "&#x2029;");
            return text.ToString().Split('\n');
        }

        private static string Displayable(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (char.IsSurrogate(c) || (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF')
                {
                    builder.Append('\uFFFD');
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
