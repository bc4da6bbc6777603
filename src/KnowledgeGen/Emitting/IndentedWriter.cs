using System.Text;

namespace KnowledgeGen.Emitting
{
    /// <summary>Writes source text line by line at the current indentation, always with "\n" line ends.</summary>
    public sealed class IndentedWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _depth;

        public IndentedWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _depth * 4);
                _builder.Append(text);
            }

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
