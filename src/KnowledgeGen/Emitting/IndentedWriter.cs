using System.Text;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// Writes source text line by line at the current indentation, one tab a level, always with "\n" line ends.
    /// Tabs rather than four spaces: the generated code is mostly lines three or four levels deep, and its size is
    /// what the compiler reads in every build of the consumer (docs/performance.md).
    /// </summary>
    public sealed class IndentedWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _depth;

        public IndentedWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append('\t', _depth);
                _builder.Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        /// <summary>A line of two parts, appended one after the other rather than joined first.</summary>
        public IndentedWriter Line(string first, string second)
        {
            _builder.Append('\t', _depth);
            _builder.Append(first);
            _builder.Append(second);
            _builder.Append('\n');
            return this;
        }

        public IndentedWriter Open(string header)
        {
            Line(header);
            Line("{");
            _depth++;
            return this;
        }

        public IndentedWriter Close(string suffix = "")
        {
            _depth--;
            return Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
