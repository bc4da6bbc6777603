using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// Writes XML documentation comments. Text is escaped by <see cref="XmlWriter.WriteString"/>; what XML cannot
    /// hold (control characters, unpaired surrogates) is shown as U+FFFD, and the characters C# reads as line
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

        // One writer per thread, reused: creating an XmlWriter per comment line dominated the emitter's allocations.
        [ThreadStatic]
        private static StringBuilder? t_buffer;

        [ThreadStatic]
        private static XmlWriter? t_xml;

        /// <summary>
        /// Writes <c>/// &lt;tag&gt;text&lt;/tag&gt;</c>. The XML writer keeps a line feed in text as it is, so every
        /// line of the element gets its own <c>///</c>.
        /// </summary>
        public static void Line(IndentedWriter writer, string tag, string text) => Comment(writer, Element(tag, text));

        /// <summary>
        /// Writes <c>/// &lt;tag&gt;&lt;para&gt;…&lt;/para&gt;…&lt;/tag&gt;</c>, the paragraphs on the tag's line: one
        /// comment line for what an editor shows as separate paragraphs anyway. A single paragraph is the element's
        /// text, without a <c>para</c> around it.
        /// </summary>
        public static void Paragraphs(IndentedWriter writer, string tag, IReadOnlyList<string> paragraphs)
        {
            if (paragraphs.Count == 1)
            {
                Line(writer, tag, paragraphs[0]);
                return;
            }

            var xml = new StringBuilder("<" + tag + ">");
            foreach (string paragraph in paragraphs)
            {
                xml.Append(Element("para", paragraph));
            }

            Comment(writer, xml.Append("</" + tag + ">").ToString());
        }

        /// <summary>Escaped XML as comment lines: every line of it gets its own <c>///</c>.</summary>
        private static void Comment(IndentedWriter writer, string xml)
        {
            if (xml.IndexOf('\n') < 0) // nearly every element: written without the split's array and copy
            {
                writer.Line("/// ", xml);
                return;
            }

            foreach (string line in xml.Split('\n'))
            {
                writer.Line("/// ", line);
            }
        }

        /// <summary>The element as one line of escaped XML.</summary>
        public static string Element(string tag, string text)
        {
            StringBuilder buffer = t_buffer ??= new StringBuilder();
            XmlWriter xml = t_xml ??= XmlWriter.Create(new StringWriter(buffer, System.Globalization.CultureInfo.InvariantCulture), Settings);
            buffer.Clear();
            try
            {
                xml.WriteStartElement(tag);
                xml.WriteString(Displayable(text));
                xml.WriteEndElement();
                xml.Flush();
            }
            catch
            {
                // A writer that failed part-way is in an error state; the next call starts afresh.
                t_xml = null;
                throw;
            }

            buffer.Replace("\u0085", "&#x85;").Replace("\u2028", "&#x2028;").Replace("\u2029", "&#x2029;");
            return buffer.ToString();
        }

        private static string Displayable(string text)
        {
            StringBuilder? builder = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                bool invalid = !pair && (char.IsSurrogate(c) || (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF');
                if (invalid && builder is null)
                {
                    builder = new StringBuilder(text, 0, i, text.Length);
                }

                if (builder is not null)
                {
                    builder.Append(invalid ? '\uFFFD' : c);
                    if (pair)
                    {
                        builder.Append(text[i + 1]);
                    }
                }

                if (pair)
                {
                    i++;
                }
            }

            return builder?.ToString() ?? text;
        }
    }
}
